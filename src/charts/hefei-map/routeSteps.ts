/**
 * <route-steps>: the map walk. Each step (`li[data-step]`) carries its own map, drawn at build
 * time; this puts a copy of every step's map in the sticky frame and shows the one of the step
 * being read: the lowest step in the top 60% of the viewport (an IntersectionObserver, no scroll
 * listener), or the step that has keyboard focus. The active step gets
 * aria-current="step". CSS fades between maps, or switches at once with reduced motion.
 */
class RouteSteps extends HTMLElement {
  connectedCallback(): void {
    const stage = this.querySelector(".route-stage");
    if (!stage || stage.childElementCount) return;
    const steps = [...this.querySelectorAll<HTMLElement>("li[data-step]")];
    const views = steps.map((step) =>
      stage.appendChild(step.querySelector("svg")!.cloneNode(true) as Element),
    );
    let current = -1;
    const show = (i: number) => {
      if (i < 0 || i === current) return;
      steps[current]?.removeAttribute("aria-current");
      views[current]?.classList.remove("is-active");
      current = i;
      steps[i]!.setAttribute("aria-current", "step");
      views[i]!.classList.add("is-active");
    };
    show(0);
    // The steps in the top 60% of the viewport; the lowest of them is the one being read. A set,
    // not a line to cross: a fast fling that jumps a short step past any line still lands right.
    const inView = new Set<number>();
    const seen = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const i = steps.indexOf(entry.target as HTMLElement);
          if (entry.isIntersecting) inView.add(i);
          else inView.delete(i);
        }
        // A step with keyboard focus stays current while the browser scrolls it into view.
        const focused = steps.indexOf(document.activeElement as HTMLElement);
        if (focused >= 0) show(focused);
        else if (inView.size) show(Math.max(...inView));
      },
      { rootMargin: "0px 0px -40% 0px" },
    );
    for (const step of steps) seen.observe(step);
    this.addEventListener("focusin", (event) =>
      show(steps.indexOf((event.target as Element).closest<HTMLElement>("li[data-step]")!)),
    );
  }
}

if (!customElements.get("route-steps")) customElements.define("route-steps", RouteSteps);
