import { parseHTML } from "linkedom";

/**
 * Allowed values of the SVG presentation attributes whose values are keywords, as SVG 1.1
 * (Second Edition) defines them in its property index (https://www.w3.org/TR/SVG11/propidx.html):
 * the Nu HTML checker validates SVG against that grammar. CSS-only values (Plot's
 * `font-variant="tabular-nums"`) are valid in a stylesheet but not in these attributes.
 */
export const SVG_KEYWORD_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  "alignment-baseline": [
    "auto",
    "baseline",
    "before-edge",
    "text-before-edge",
    "middle",
    "central",
    "after-edge",
    "text-after-edge",
    "ideographic",
    "alphabetic",
    "hanging",
    "mathematical",
    "inherit",
  ],
  "clip-rule": ["nonzero", "evenodd", "inherit"],
  "color-interpolation": ["auto", "sRGB", "linearRGB", "inherit"],
  direction: ["ltr", "rtl", "inherit"],
  display: [
    "inline",
    "block",
    "list-item",
    "run-in",
    "compact",
    "marker",
    "table",
    "inline-table",
    "table-row-group",
    "table-header-group",
    "table-footer-group",
    "table-row",
    "table-column-group",
    "table-column",
    "table-cell",
    "table-caption",
    "none",
    "inherit",
  ],
  "dominant-baseline": [
    "auto",
    "use-script",
    "no-change",
    "reset-size",
    "ideographic",
    "alphabetic",
    "hanging",
    "mathematical",
    "central",
    "middle",
    "text-after-edge",
    "text-before-edge",
    "inherit",
  ],
  "fill-rule": ["nonzero", "evenodd", "inherit"],
  "font-stretch": [
    "normal",
    "wider",
    "narrower",
    "ultra-condensed",
    "extra-condensed",
    "condensed",
    "semi-condensed",
    "semi-expanded",
    "expanded",
    "extra-expanded",
    "ultra-expanded",
    "inherit",
  ],
  "font-style": ["normal", "italic", "oblique", "inherit"],
  "font-variant": ["normal", "small-caps", "inherit"],
  "font-weight": [
    "normal",
    "bold",
    "bolder",
    "lighter",
    "100",
    "200",
    "300",
    "400",
    "500",
    "600",
    "700",
    "800",
    "900",
    "inherit",
  ],
  overflow: ["visible", "hidden", "scroll", "auto", "inherit"],
  "pointer-events": [
    "visiblePainted",
    "visibleFill",
    "visibleStroke",
    "visible",
    "painted",
    "fill",
    "stroke",
    "all",
    "none",
    "inherit",
  ],
  "shape-rendering": ["auto", "optimizeSpeed", "crispEdges", "geometricPrecision", "inherit"],
  "stroke-linecap": ["butt", "round", "square", "inherit"],
  "stroke-linejoin": ["miter", "round", "bevel", "inherit"],
  "text-anchor": ["start", "middle", "end", "inherit"],
  "text-rendering": ["auto", "optimizeSpeed", "optimizeLegibility", "geometricPrecision", "inherit"],
  visibility: ["visible", "hidden", "collapse", "inherit"],
};

/** One attribute value the SVG grammar does not allow. */
export interface SvgAttributeProblem {
  element: string;
  attribute: string;
  value: string;
}

/** Every keyword presentation attribute under `root` whose value SVG 1.1 does not allow. */
export function svgAttributeProblems(root: Element): SvgAttributeProblem[] {
  const problems: SvgAttributeProblem[] = [];
  const svgs = root.tagName.toLowerCase() === "svg" ? [root] : [...root.querySelectorAll("svg")];
  for (const svg of svgs) {
    for (const element of [svg, ...svg.querySelectorAll("*")]) {
      for (const attribute of element.getAttributeNames()) {
        const allowed = SVG_KEYWORD_ATTRIBUTES[attribute];
        const value = element.getAttribute(attribute)!.trim();
        if (allowed && !allowed.includes(value))
          problems.push({ element: element.tagName.toLowerCase(), attribute, value });
      }
    }
  }
  return problems;
}

/** The problems in an SVG file's or an HTML page's source text. */
export function svgAttributeProblemsIn(source: string, kind: "svg" | "html"): SvgAttributeProblem[] {
  const html =
    kind === "svg"
      ? `<!doctype html><html><body>${source.replace(/^<\?xml[^>]*>/, "")}</body></html>`
      : source;
  const { document } = parseHTML(html);
  return svgAttributeProblems(document.documentElement as unknown as Element);
}
