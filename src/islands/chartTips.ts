/**
 * <chart-tips>: makes a chart drawn at build time explorable. Marks carry `data-tip`; this adds
 * a tooltip on hover, tap and keyboard focus (Tab into the chart, arrow keys between marks,
 * Escape closes), and highlights the active mark. It draws nothing itself and loads no library.
 */
class ChartTips extends HTMLElement {
  #canvas: HTMLElement | null = null;
  #tip = document.createElement("div");
  #index = -1;

  connectedCallback(): void {
    const canvas = this.querySelector<HTMLElement>(".chart-canvas");
    if (!canvas || this.#canvas) return;
    this.#canvas = canvas;
    canvas.tabIndex = 0;
    this.#tip.className = "chart-tip";
    this.#tip.setAttribute("role", "status");
    this.#tip.hidden = true;
    canvas.append(this.#tip);

    canvas.addEventListener("focus", () => this.#show(Math.max(0, this.#index)));
    canvas.addEventListener("blur", () => this.#hide());
    canvas.addEventListener("keydown", (event) => this.#key(event));
    canvas.addEventListener("pointerover", (event) => this.#point(event));
    canvas.addEventListener("click", (event) => this.#point(event));
    canvas.addEventListener("pointerleave", (event) => {
      if (event.pointerType === "mouse" && document.activeElement !== canvas) this.#hide();
    });
    document.addEventListener("click", (event) => {
      if (!canvas.contains(event.target as Node)) this.#hide();
    });
  }

  /** Marks of the artboard that is showing, in reading order. */
  #marks(): Element[] {
    // Not the marks of a hidden artboard, nor those a guess still hides (visibility: hidden).
    return [...(this.#canvas?.querySelectorAll("[data-tip]") ?? [])].filter((mark) =>
      mark.checkVisibility
        ? mark.checkVisibility({ visibilityProperty: true })
        : mark.getClientRects().length > 0,
    );
  }

  #key(event: KeyboardEvent): void {
    // Keys pressed on a control inside the chart (a guess slider) are that control's.
    if (event.target !== this.#canvas) return;
    const count = this.#marks().length;
    if (!count) return;
    const moves: Record<string, number> = {
      ArrowRight: this.#index + 1,
      ArrowDown: this.#index + 1,
      ArrowLeft: this.#index - 1,
      ArrowUp: this.#index - 1,
      Home: 0,
      End: count - 1,
    };
    if (event.key === "Escape") {
      if (!this.#tip.hidden) event.preventDefault();
      this.#hide();
      return;
    }
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.#show((next + count) % count);
  }

  #point(event: Event): void {
    const mark = (event.target as Element).closest?.("[data-tip]");
    const index = mark ? this.#marks().indexOf(mark) : -1;
    if (index >= 0) this.#show(index);
  }

  #show(index: number): void {
    const marks = this.#marks();
    const mark = marks[index];
    const canvas = this.#canvas;
    if (!mark || !canvas) return;
    marks[this.#index]?.classList.remove("is-active");
    this.#index = index;
    mark.classList.add("is-active");
    this.#tip.textContent = mark.getAttribute("data-tip");
    this.#tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const frame = canvas.getBoundingClientRect();
    const width = this.#tip.offsetWidth;
    const left = Math.min(
      Math.max(0, box.left - frame.left + box.width / 2 - width / 2),
      frame.width - width,
    );
    const above = box.top - frame.top - this.#tip.offsetHeight - 8;
    this.#tip.style.left = `${Math.round(left)}px`;
    this.#tip.style.top = `${Math.round(above >= 0 ? above : box.bottom - frame.top + 8)}px`;
  }

  #hide(): void {
    // Every click on the page comes here, once per chart: touch nothing unless a tip is showing
    // (listing the visible marks would make the browser lay out the page).
    if (this.#tip.hidden) return;
    this.#tip.hidden = true;
    this.#canvas?.querySelector(".is-active")?.classList.remove("is-active");
  }
}

if (!customElements.get("chart-tips")) customElements.define("chart-tips", ChartTips);
