import { parseHTML } from "linkedom";
import { cachedSvg } from "./buildCache.ts";
import { parseJson } from "../lib/validate.ts";
import { chartById, embedHeightFiles, type ChartId } from "../charts/index.ts";
import { ARTBOARDS } from "../charts/kit/svg.ts";
import type { Locale } from "../i18n/index.ts";
import type { FigureRecord } from "../schemas/dataset.ts";

// Each chart's measured embed heights live in its folder: src/charts/<id>/embedHeights.json.
const measured = new Map(
  [...embedHeightFiles].map(([id, { file, text }]) => [
    id,
    parseJson(text, file) as Partial<Record<Locale, number>>,
  ]),
);

/** A chart drawn at one artboard width. */
export interface Artboard {
  width: number;
  height: number;
  svg: string;
}

/** Drawn artboards per records array, then per chart and locale. */
const drawn = new WeakMap<readonly FigureRecord[], Map<string, Artboard[]>>();

/** Draws a chart at every artboard width with a server-side DOM. */
function drawArtboards(id: ChartId, records: readonly FigureRecord[], locale: Locale): Artboard[] {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return ARTBOARDS.map((width) => {
    const svg = chartById(id).render(records, { width, locale, document: document as unknown as Document });
    return { width, height: Number(svg.getAttribute("height")), svg: svg.outerHTML };
  });
}

/**
 * Renders a chart at every artboard width. Each (records, chart, locale) is drawn once per build:
 * the story figure, the embed page and oEmbed share it. Across builds the artboards come from the
 * build cache, keyed by the chart code's fingerprint, chart, locale, widths and records.
 */
export function renderArtboards(id: ChartId, records: readonly FigureRecord[], locale: Locale): Artboard[] {
  let byChart = drawn.get(records);
  if (!byChart) drawn.set(records, (byChart = new Map()));
  const key = `${id}/${locale}`;
  let artboards = byChart.get(key);
  if (!artboards) {
    const json = cachedSvg(
      ["artboards", id, locale, JSON.stringify(ARTBOARDS), JSON.stringify(records)],
      () => JSON.stringify(drawArtboards(id, records, locale)),
    );
    artboards = JSON.parse(json) as Artboard[];
    byChart.set(key, artboards);
  }
  return artboards;
}

/**
 * The iframe height a chart's embed declares (snippet, oEmbed): its embed page's real height at
 * 720 px, measured in Chromium by `npm run measure-embeds` into the chart's folder (text wraps by fonts, which no formula
 * here knows). A chart never measured gets an estimate, the widest artboard plus room for the
 * text; the browser tests fail until it is measured. The loader corrects either once it runs.
 */
export function embedHeight(id: ChartId, records: readonly FigureRecord[], locale: Locale): number {
  const known = measured.get(id)?.[locale];
  if (known !== undefined) return known;
  const widest = renderArtboards(id, records, locale).at(-1)!;
  return Math.ceil((widest.height + 300) / 10) * 10;
}
