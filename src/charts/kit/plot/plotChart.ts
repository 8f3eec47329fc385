import * as Plot from "@observablehq/plot";
import { MIN_FONT, chartRoot, round, svgEl } from "../svg.ts";

/** What the adapter needs besides Plot's own options. */
export interface PlotFrame {
  /** Chart id: the root's class and `data-chart`. */
  id: string;
  /** Artboard width in CSS pixels. */
  width: number;
  document: Document;
  /** The chart's text alternative: states the finding. */
  label: string;
  /** Drawn above the plot (headings, a key), with the height it takes. */
  above?: { group: SVGGElement; height: number };
}

const NUMBER = /-?\d+\.\d{3,}/g;
const ROUNDED = new Set([
  "d",
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "cx",
  "cy",
  "r",
  "width",
  "height",
  "transform",
  "points",
]);

/**
 * Renders an Observable Plot spec on the build's DOM at one width and applies the site's
 * conventions once for every chart: no injected `<style>` (the CSP stays hash-only), colours as
 * the site's CSS variables (set by the caller, `var(--series-*)`), text of at least MIN_FONT,
 * `<title>` children moved to `data-tip` for the tooltip island, coordinates rounded. Returns the
 * plot's contents as a group, to be placed in a chart's root.
 */
export function plotPanel(
  options: Plot.PlotOptions,
  { id, width, document }: { id: string; width: number; document: Document },
): { group: SVGGElement; height: number; scale: (name: "x" | "y") => (value: unknown) => number } {
  const plot = Plot.plot({ ...options, width, document, className: "plot" }) as unknown as SVGSVGElement &
    Pick<ReturnType<typeof Plot.plot>, "scale">;
  if (plot.tagName.toLowerCase() !== "svg")
    throw new Error(
      `chart "${id}": Plot drew a <${plot.tagName.toLowerCase()}>, expected an <svg> (no legends or captions in the spec)`,
    );
  const group = svgEl(document, "g", {
    class: "plot",
    fill: "currentColor",
    "text-anchor": plot.getAttribute("text-anchor"),
    "font-size": MIN_FONT,
  });
  for (const child of [...plot.childNodes]) {
    if ((child as Element).tagName?.toLowerCase() === "style") continue;
    group.append(child);
  }
  for (const element of [group, ...group.querySelectorAll("*")]) conform(element, id);
  const scale = (name: "x" | "y") => {
    const s = plot.scale(name);
    if (!s?.apply) throw new Error(`chart "${id}": the plot has no ${name} scale`);
    return (value: unknown) => s.apply(value) as number;
  };
  return { group, height: Number(plot.getAttribute("height")), scale };
}

/** Places a group at (x, y) by wrapping it in a translated `<g>`. */
export function placed(document: Document, group: SVGGElement, x: number, y: number): SVGGElement {
  if (!x && !y) return group;
  const g = svgEl(document, "g", { transform: `translate(${round(x, 1)},${round(y, 1)})` });
  g.append(group);
  return g;
}

/** A whole chart from one Plot spec, with an optional key or heading above it. */
export function plotChart(options: Plot.PlotOptions, frame: PlotFrame): SVGSVGElement {
  const { id, width, document, label, above } = frame;
  const panel = plotPanel(options, { id, width, document });
  const top = above?.height ?? 0;
  const root = chartRoot(document, { id, width, height: panel.height + top, label });
  if (above) root.append(above.group);
  root.append(placed(document, panel.group, 0, top));
  return root;
}

/** One element of Plot's output brought to the site's conventions. */
function conform(element: Element, id: string): void {
  const tag = element.tagName.toLowerCase();
  if (tag === "title") {
    // A mark's <title> becomes the tooltip island's data-tip (a <title> would show a second, native tooltip).
    element.parentElement?.setAttribute("data-tip", element.textContent ?? "");
    element.remove();
    return;
  }
  // Plot labels its groups for screen readers, but the root is one role="img" with the finding.
  element.removeAttribute("aria-label");
  element.removeAttribute("aria-description");
  for (const name of element.getAttributeNames()) {
    if (ROUNDED.has(name))
      element.setAttribute(
        name,
        element.getAttribute(name)!.replace(NUMBER, (n) => String(round(Number(n), 2))),
      );
  }
  // Plot writes font-variant="tabular-nums" on its axes, but SVG's font-variant attribute takes
  // only normal or small-caps: tabular figures go through font-variant-numeric, which the page's
  // CSS (.tabular-nums) and the exports' style attribute apply.
  const variant = element.getAttribute("font-variant");
  if (variant !== null && !/^(normal|small-caps|inherit)$/.test(variant)) {
    element.removeAttribute("font-variant");
    if (/tabular-nums/.test(variant))
      element.setAttribute(
        "class",
        [element.getAttribute("class"), "tabular-nums"].filter(Boolean).join(" "),
      );
  }
  const size = element.getAttribute("font-size");
  if (size !== null && Number.parseFloat(size) < MIN_FONT)
    throw new Error(
      `chart "${id}": text at ${size}px is below the ${MIN_FONT}px minimum (12px as shown on a 360px phone)`,
    );
}
