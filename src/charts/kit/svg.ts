import { hasCjk, textWidth, type Weight } from "./textWidth.ts";

/** The few things every chart function is given: it never measures the DOM and never fetches. */
export interface ChartOptions {
  /** Artboard width in CSS pixels; the chart chooses its own height. */
  width: number;
  locale: import("../../i18n/index.ts").Locale;
  /** The document to create elements in: linkedom at build time, `window.document` in a browser. */
  document: Document;
}

/** Artboard widths every chart is drawn at; CSS shows the one that fits its container. */
export const ARTBOARDS = [340, 720] as const;

const SVG_NS = "http://www.w3.org/2000/svg";
type Attrs = Record<string, string | number | undefined | null>;

/** Rounds to at most `digits` decimals so the SVG carries no false precision. */
export const round = (value: number, digits = 1): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** Creates an SVG element with attributes (undefined and null are skipped) and children. */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  document: Document,
  tag: K,
  attrs: Attrs = {},
  children: (Node | string)[] = [],
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    element.setAttribute(name, typeof value === "number" ? String(round(value, 2)) : value);
  }
  for (const child of children)
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  return element;
}

/** The root `<svg>` of a chart: fixed artboard size, scalable, `role="img"` with its finding. */
export function chartRoot(
  document: Document,
  { id, width, height, label }: { id: string; width: number; height: number; label: string },
): SVGSVGElement {
  return svgEl(document, "svg", {
    xmlns: SVG_NS,
    class: `chart chart--${id}`,
    width,
    height: Math.ceil(height),
    viewBox: `0 0 ${width} ${Math.ceil(height)}`,
    role: "img",
    "aria-label": label,
    "data-chart": id,
    "data-artboard": width,
  });
}

// Word boundaries from the platform: Chinese words stay whole and break between them, Latin text
// breaks at spaces only (never inside "High-end"), closing punctuation never starts a line and
// opening punctuation never ends one.
const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
// Straight quotes open as often as they close: a line may start with one.
const CLOSING = /^(?!["'])[\p{Pe}\p{Pf}\p{Po}]/u;
const OPENING = /[\p{Ps}\p{Pi}]$/u;

/** How wide a wrapped line may be, in px, at which size and weight. */
export interface Measure {
  width: number;
  fontSize: number;
  weight?: Weight;
}

/**
 * Splits text into lines no wider than `width` as measured by `textWidth`, at word boundaries
 * (Intl.Segmenter); a single word wider than the line keeps a line of its own.
 */
export function wrapText(text: string, { width, fontSize, weight = "normal" }: Measure): string[] {
  // First the unbreakable runs (a word with its punctuation, "48°08′15″N"), each starting where a
  // line may start; then as many runs on a line as fit.
  const runs: string[] = [];
  let run = "";
  let previous = "";
  for (const { segment } of segmenter.segment(text)) {
    const canBreak =
      run !== "" &&
      !CLOSING.test(segment) &&
      !OPENING.test(previous) &&
      (/\s$/u.test(previous) || hasCjk(segment[0]!) || hasCjk(previous.at(-1) ?? ""));
    if (canBreak) {
      runs.push(run);
      run = segment;
    } else run += segment;
    previous = segment;
  }
  if (run) runs.push(run);
  const lines: string[] = [];
  let line = "";
  for (const next of runs) {
    if (next.trim() && line.trim() && textWidth((line + next).trim(), fontSize, weight) > width) {
      lines.push(line.trim());
      line = next;
    } else line += next;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/** A multi-line `<text>`: one `<tspan>` per line, `lineHeight` apart. */
export function textLines(
  document: Document,
  lines: string[],
  attrs: Attrs & { x: number; y: number },
  lineHeight: number,
): SVGTextElement {
  const text = svgEl(document, "text", attrs);
  lines.forEach((line, i) => {
    text.append(svgEl(document, "tspan", { x: attrs.x, dy: i === 0 ? 0 : lineHeight }, [line]));
  });
  return text;
}

/** Minimum font size in artboard pixels: at 340 px shown in a 328 px column it stays >= 12 px. */
export const MIN_FONT = 13;
