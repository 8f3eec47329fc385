import type { ChartIslands } from "./chartIslands.ts";
/**
 * <chart-tips>: makes a chart drawn at build time explorable. Marks carry `data-tip`; this adds
 * a tooltip on hover and tap, and highlights the active mark. The keyboard explorer (a tree of
 * the chart built from its records) and Listen load only when first used, so a reader who never
 * uses them never downloads them. It draws nothing itself and loads no library.
 */
// Bundled on their own (a worker build is a self-contained, minified script) and added to the page
// on first use: an import() here would bring Vite's preload helper into every page's first load.
import exploreUrl from "./chartExplore.ts?worker&url";
import listenUrl from "./chartListen.ts?worker&url";

const loaded: Record<string, Promise<unknown>> = {};
/** Runs a lazily loaded island once: it registers itself on `window.chartIslands`. */
const island = (url: string) =>
  (loaded[url] ??= new Promise((onload) =>
    document.head.append(Object.assign(document.createElement("script"), { src: url, onload })),
  )).then(() => (window as unknown as { chartIslands: ChartIslands }).chartIslands);

class ChartTips extends HTMLElement {
  #canvas: HTMLElement | null = null;
  #tip = document.createElement("div");

  connectedCallback(): void {
    const canvas = this.querySelector<HTMLElement>(".chart-canvas");
    if (!canvas || this.#canvas) return;
    this.#canvas = canvas;
    canvas.tabIndex = 0;
    this.#tip.className = "chart-tip";
    this.#tip.setAttribute("role", "status");
    this.#tip.hidden = true;
    canvas.append(this.#tip);

    // Tabbing in (not a click) opens the explorer, whose tree takes the focus and the tab stop: a
    // screen reader enters focus mode on a tree item by itself, so arrow keys reach the tree.
    canvas.addEventListener("focus", () => {
      if (canvas.matches(":focus-visible")) void island(exploreUrl).then((m) => m.explore!(this));
    });
    canvas.addEventListener("blur", () => this.#hide());
    this.addEventListener("click", (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>("[data-listen]");
      if (button) void island(listenUrl).then((m) => m.listen!(this, button));
    });
    canvas.addEventListener("pointerover", (event) => this.#point(event));
    canvas.addEventListener("click", (event) => this.#point(event));
    canvas.addEventListener("pointerleave", (event) => {
      if (event.pointerType === "mouse" && document.activeElement !== canvas) this.#hide();
    });
    document.addEventListener("click", (event) => {
      if (!canvas.contains(event.target as Node)) this.#hide();
    });
  }

  // A hidden artboard's marks, and those a guess still hides (visibility: hidden), get no pointer
  // events: the mark under the pointer is one the reader sees.
  #point(event: Event): void {
    const mark = (event.target as Element).closest?.("[data-tip]");
    const canvas = this.#canvas;
    if (!mark || !canvas) return;
    this.#hide();
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
