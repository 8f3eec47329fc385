import { MIN_FONT, svgEl, textLines, wrapText } from "../svg.ts";

/** One entry of a chart's key: a sample of the mark, then its label. */
export interface KeyItem {
  label: string;
  /** `line` for a series line, `swatch` for a bar, `hollow` for uncertain, `partial` for part of a year. */
  sample: "line" | "swatch" | "hollow" | "dashed" | "partial" | "diamond";
  /** CSS colour of the sample (a `var(--series-*)`); muted when omitted. */
  color?: string;
}

const LINE = 16;

/**
 * A key drawn above a plot, one entry per row, labels wrapped to the artboard: a key never
 * collides with the data, at any width or in any language.
 */
export function chartKey(
  document: Document,
  items: KeyItem[],
  { width, top = 0 }: { width: number; top?: number },
): { group: SVGGElement; height: number } {
  const group = svgEl(document, "g", { class: "key" });
  let y = top;
  for (const item of items) {
    const color = item.color ?? "var(--muted)";
    const lines = wrapText(item.label, { width: width - 30, fontSize: MIN_FONT });
    const mid = y + LINE / 2 + 2;
    const sample =
      item.sample === "diamond"
        ? svgEl(document, "path", {
            d: `M11,${mid - 7}L18,${mid}L11,${mid + 7}L4,${mid}Z`,
            fill: color,
            "fill-opacity": 0.35,
            stroke: color,
            "stroke-width": 2,
          })
        : item.sample === "line" || item.sample === "dashed"
          ? svgEl(document, "line", {
              x1: 0,
              x2: 22,
              y1: mid,
              y2: mid,
              stroke: color,
              "stroke-width": 2.5,
              "stroke-dasharray": item.sample === "dashed" ? "5 4" : undefined,
            })
          : svgEl(document, "rect", {
              x: 5,
              y: mid - 6,
              width: 12,
              height: 12,
              rx: 2,
              fill: item.sample === "swatch" ? color : item.sample === "partial" ? color : "var(--bg)",
              "fill-opacity": item.sample === "partial" ? 0.35 : undefined,
              stroke: color,
              "stroke-width": 2,
            });
    group.append(
      sample,
      textLines(
        document,
        lines,
        { class: "label", x: 30, y: y + 14, "font-size": MIN_FONT, "text-anchor": "start" },
        LINE,
      ),
    );
    y += lines.length * LINE + 6;
  }
  return { group, height: y - top + 8 };
}
