/**
 * <guess-first>: asks the reader to guess a series before showing it. The chart was drawn at build
 * time with the data (`.guess-answer`, hidden by CSS while scripting is on) and a hidden guess
 * layer (`.guess-you`: one ARIA slider per edition). This shows that layer, lets the reader set
 * each guess by dragging (mouse, pen or finger: sweeping across sets every edition passed) or by
 * keyboard, then reveals the data with a sentence on how far off the guess was. Every artboard is
 * kept in step, so a rotated phone shows the same guess. The guess never leaves the page.
 */
import { formats, howFarOff, type GuessSetup } from "./howFarOff.ts";

/** Slider keys and how far each moves a guess, in points (Home and End go all the way). */
const STEP: Record<string, number> = {
  ArrowUp: 1,
  ArrowRight: 1,
  ArrowDown: -1,
  ArrowLeft: -1,
  PageUp: 10,
  PageDown: -10,
  Home: -100,
  End: 100,
};

class GuessFirst extends HTMLElement {
  #setup!: GuessSetup;
  #guesses: Record<string, number | undefined> = {};
  #labels = new Map<Element, string | null>();
  /** True while the reader is guessing, false once the data shows. */
  #open = false;

  connectedCallback(): void {
    if (this.#setup) return;
    this.#setup = JSON.parse(this.dataset.config!) as GuessSetup;
    for (const svg of this.#svgs()) {
      this.#labels.set(svg, svg.ariaLabel);
      svg.addEventListener("pointerdown", (e) => this.#drag(e, svg));
      svg.addEventListener("keydown", (e) => this.#key(e));
    }
    this.addEventListener("click", (e) => {
      const act = (e.target as Element).closest?.("[data-guess]")?.getAttribute("data-guess");
      if (!act) return;
      this.#reveal(act);
      // The button pressed is gone: keyboard focus moves to the one that replaced it, in the
      // next frame, so the reveal paints first (focusing makes the browser lay out the page).
      const next = this.querySelector<HTMLButtonElement>(
        `[data-guess="${act === "again" ? "show" : "again"}"]`,
      );
      requestAnimationFrame(() => next?.focus({ preventScroll: true }));
    });
    this.#reveal("again");
  }

  #svgs(): SVGSVGElement[] {
    return [...this.querySelectorAll<SVGSVGElement>("svg.chart")];
  }

  #drag(event: PointerEvent, svg: SVGSVGElement): void {
    const plot = svg.querySelector<SVGGElement>(".guess-plot");
    if (!plot || !this.#open || event.button > 0) return;
    event.preventDefault();
    const handles = [...plot.querySelectorAll<SVGGElement>(".guess-handle")];
    const top = Number(plot.dataset.top);
    const bottom = Number(plot.dataset.bottom);
    const value = (y: number) => ((bottom - y) / (bottom - top)) * 100;
    let last: DOMPoint | undefined;
    const move = (e: PointerEvent) => {
      const m = plot.getScreenCTM();
      if (!m) return;
      const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
      // The edition nearest the pointer's x takes the value under its y; a quick sweep can jump
      // past editions between two events, and those take the value where the sweep crossed them.
      let near = handles[0]!;
      for (const h of handles) {
        const x = this.#x(h);
        if (Math.abs(x - p.x) < Math.abs(this.#x(near) - p.x)) near = h;
        if (last && (x - last.x) * (x - p.x) < 0)
          this.#put(h.dataset.edition!, value(last.y + ((p.y - last.y) * (x - last.x)) / (p.x - last.x)));
      }
      this.#set(near.dataset.edition!, value(p.y));
      near.focus({ preventScroll: true });
      last = p;
    };
    svg.setPointerCapture(event.pointerId);
    move(event);
    svg.onpointermove = move;
    svg.onpointerup = svg.onpointercancel = () => (svg.onpointermove = null);
  }

  #x(handle: SVGGElement): number {
    return handle.transform.baseVal[0]?.matrix.e ?? 0;
  }

  #key(event: KeyboardEvent): void {
    const handle = (event.target as Element).closest?.<SVGGElement>(".guess-handle");
    const step = STEP[event.key];
    if (!handle || !step || !this.#open) return;
    event.preventDefault();
    // The tooltip island's arrow keys are for the chart's marks, not for a slider.
    event.stopPropagation();
    const edition = handle.dataset.edition!;
    this.#set(edition, (this.#guesses[edition] ?? 50) + step);
  }

  /** Sets a guess, whole points from 0 to 100, without drawing it yet. */
  #put(edition: string, value: number): void {
    this.#guesses[edition] = Math.round(Math.min(100, Math.max(0, value)));
  }

  #set(edition: string, value: number): void {
    this.#put(edition, value);
    this.#draw();
  }

  /** Puts every artboard's handles and line where the guesses are. */
  #draw(): void {
    const { percent } = formats(this.#setup.locale);
    for (const svg of this.#svgs()) {
      const plot = svg.querySelector<SVGGElement>(".guess-plot")!;
      const top = Number(plot.dataset.top);
      const bottom = Number(plot.dataset.bottom);
      const line: string[] = [];
      for (const h of plot.querySelectorAll<SVGGElement>(".guess-handle")) {
        const value = this.#guesses[h.dataset.edition!];
        const x = this.#x(h);
        const y = Math.round((bottom - ((value ?? 50) / 100) * (bottom - top)) * 10) / 10;
        h.setAttribute("transform", `translate(${x},${y})`);
        h.classList.toggle("is-set", value !== undefined);
        // ARIA reflection: shorter than setAttribute, and no string conversions of our own.
        h.ariaValueNow = String(value ?? 50);
        h.ariaValueText = value === undefined ? this.#setup.texts.unset : percent.format(value / 100);
        h.ariaDisabled = this.#open ? null : "true";
        // Once the data shows, the chart is one picture again: nothing inside it takes focus.
        if (this.#open) h.tabIndex = 0;
        else h.removeAttribute("tabindex");
        if (value !== undefined) line.push(`${x},${y}`);
      }
      plot.querySelector(".guess-line")!.setAttribute("d", line.length ? `M${line.join("L")}` : "");
    }
  }

  /** `show` and `skip` reveal the data (with or without the sentence); `again` starts over. */
  #reveal(act: string): void {
    const { texts, editions } = this.#setup;
    const show = act !== "again";
    const guessed = act === "show" && editions.some((e) => this.#guesses[e.edition] !== undefined);
    if (!show) this.#guesses = {};
    this.#open = !show;
    this.classList.toggle("is-guessing", !show);
    this.classList.toggle("is-revealed", show);
    this.classList.toggle("has-guess", guessed);
    for (const [svg, label] of this.#labels) {
      // While guessing, the chart is a group of sliders named by the question; its finding would
      // give the answer away.
      svg.role = show ? "img" : "group";
      svg.ariaLabel = show ? label : texts.label;
    }
    const result = this.querySelector(".guess-result")!;
    result.textContent =
      act === "show"
        ? howFarOff(editions, this.#guesses, texts, this.#setup.locale)
        : show
          ? texts.skipped
          : "";
    for (const button of this.querySelectorAll<HTMLButtonElement>("[data-guess]"))
      button.hidden = (button.dataset.guess === "again") !== show;
    this.#draw();
  }
}

if (!customElements.get("guess-first")) customElements.define("guess-first", GuessFirst);
