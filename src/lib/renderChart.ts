import { parseHTML } from "linkedom";
import { charts, type ChartId } from "../charts/index.ts";
import { ARTBOARDS } from "../charts/svg.ts";
import type { Locale } from "../i18n/index.ts";
import type { FigureRecord } from "../schemas/dataset.ts";

/** Renders a chart at every artboard width with a server-side DOM; returns SVG markup per width. */
export function renderArtboards(
  id: ChartId,
  records: readonly FigureRecord[],
  locale: Locale,
): { width: number; svg: string }[] {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return ARTBOARDS.map((width) => ({
    width,
    svg: charts[id].render(records, { width, locale, document: document as unknown as Document }).outerHTML,
  }));
}

/**
 * A sensible initial iframe height for a chart's embed: the wide artboard plus room for title,
 * notes, source line and the data toggle. The loader corrects it once the embed reports in.
 */
export function embedHeight(id: ChartId, records: readonly FigureRecord[], locale: Locale): number {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = charts[id].render(records, { width: 720, locale, document: document as unknown as Document });
  return Math.ceil((Number(svg.getAttribute("height")) + 300) / 10) * 10;
}
