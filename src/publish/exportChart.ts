import { site } from "../lib/site.ts";
import { renderArtboards } from "./renderChart.ts";
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg, renderAsync } from "@resvg/resvg-js";
import { cacheKey, cached, cachedSvg } from "./buildCache.ts";
import { parseHTML } from "linkedom";
import { chartById, sourcesOf, type ChartId } from "../charts/index.ts";
import { sourceName } from "../lib/provenance.ts";
import { EXPORT_FONT, EXPORT_PALETTE as P, applyExportStyle } from "../charts/kit/exportStyle.ts";
import { svgEl, textLines, wrapText } from "../charts/kit/svg.ts";
import { messages, type Locale } from "../i18n/index.ts";
import { formatDate } from "../lib/format.ts";
import type { FigureRecord } from "../schemas/dataset.ts";

const require = createRequire(import.meta.url);
/** Noto Sans SC (SIL OFL 1.1) covers Latin and Chinese, so PNGs in every locale show real glyphs. */
export const FONT_FILES = [
  require.resolve("@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"),
  require.resolve("@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf"),
];

const CHART_WIDTH = 720;
const PAD = 24;

/** The root of an exported file: a fixed-size SVG set in the bundled font. */
function exportRoot(document: Document, width: number, height: number, attrs: Record<string, string> = {}) {
  return svgEl(document, "svg", {
    xmlns: "http://www.w3.org/2000/svg",
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    "font-family": `${EXPORT_FONT}, system-ui, sans-serif`,
    ...attrs,
  });
}

/**
 * The chart's 720 px artboard as the page has it (renderArtboards draws each chart, locale and
 * records once per build, or reads it from the build cache), parsed into `document` to be
 * restyled for a file: the export and the share card never draw the chart again.
 */
function drawnArtboard(
  id: ChartId,
  records: readonly FigureRecord[],
  locale: Locale,
  document: Document,
): SVGSVGElement {
  const artboard = renderArtboards(id, records, locale).find((a) => a.width === CHART_WIDTH);
  if (!artboard) throw new Error(`chart "${id}": no ${CHART_WIDTH} px artboard to export`);
  const holder = document.createElement("div");
  holder.innerHTML = artboard.svg;
  return holder.firstElementChild as SVGSVGElement;
}

/** What an export SVG credits and logs besides its chart. */
interface ExportOptions {
  storyUrl: string;
  /** Corrections and updates that touched the chart, oldest first: printed above the credit. */
  log?: readonly { date: string; kind: "correction" | "update"; text: string }[];
}

/**
 * A chart as a self-contained SVG file: title, subtitle, the 720 px artboard, source line and
 * credit, coloured with presentation attributes. No styles, scripts or external references.
 * Read from the build cache when the chart code, records, locale, URL and log are unchanged.
 */
export function exportSvg(
  id: ChartId,
  records: readonly FigureRecord[],
  locale: Locale,
  options: ExportOptions,
): ExportedSvg {
  const { storyUrl, log = [] } = options;
  return JSON.parse(
    cachedSvg(["export-v2", id, locale, storyUrl, JSON.stringify(log), JSON.stringify(records)], () =>
      JSON.stringify(drawExportSvg(id, records, locale, { storyUrl, log })),
    ),
  ) as ExportedSvg;
}

/** An exported chart file, with the size and finding it was drawn with (no one reads them back from the markup). */
export interface ExportedSvg {
  svg: string;
  /** CSS pixels; the PNG download is twice that. */
  width: number;
  height: number;
  /** The finding the file states in its root's `aria-label`: the image fallback's alt text. */
  finding: string;
}

function drawExportSvg(
  id: ChartId,
  records: readonly FigureRecord[],
  locale: Locale,
  { storyUrl, log = [] }: ExportOptions,
): ExportedSvg {
  const { document: doc } = parseHTML("<!doctype html><html><body></body></html>");
  const document = doc as unknown as Document;
  const spec = chartById(id);
  const m = messages(locale);
  const chart = drawnArtboard(id, records, locale, document);
  const width = CHART_WIDTH + 2 * PAD;

  const title = wrapText(spec.title(records, locale), { width: CHART_WIDTH, fontSize: 22, weight: "bold" });
  const subtitle = wrapText(spec.subtitle(records, locale), { width: CHART_WIDTH, fontSize: 15 });
  let y = PAD + 22;
  const header = [
    textLines(document, title, { x: PAD, y, "font-size": 22, "font-weight": "700", fill: P.ink }, 28),
    textLines(
      document,
      subtitle,
      { x: PAD, y: (y += title.length * 28 + 2), "font-size": 15, fill: P.muted },
      20,
    ),
  ];
  y += subtitle.length * 20 + 6;
  const chartHeight = Number(chart.getAttribute("height"));
  chart.setAttribute("x", String(PAD));
  chart.setAttribute("y", String(y));
  chart.removeAttribute("role");
  applyExportStyle(chart);
  y += chartHeight + 26;

  const sourceText = `${m.ui.sourcesLabel}: ${sourcesOf(spec.cited(records))
    .map((s) => sourceName(s, locale))
    .join("; ")}`;
  const source = wrapText(sourceText, { width: CHART_WIDTH, fontSize: 12 });
  // A file that travels on its own carries its corrections, dated, as the embed does.
  const logged = log.map((entry) => {
    const label = entry.kind === "correction" ? m.ui.correctionLabel : m.ui.updateLabel;
    const lines = wrapText(`${label}, ${formatDate(entry.date, locale)}${m.punctuation.colon}${entry.text}`, {
      width: CHART_WIDTH,
      fontSize: 12,
      weight: "bold",
    });
    const text = textLines(
      document,
      lines,
      { x: PAD, y, "font-size": 12, "font-weight": "700", fill: P.china },
      16,
    );
    y += lines.length * 16 + 6;
    return text;
  });
  const footer = [
    ...logged,
    textLines(document, source, { x: PAD, y, "font-size": 12, fill: P.muted }, 16),
    svgEl(
      document,
      "text",
      { x: PAD, y: (y += source.length * 16 + 6), "font-size": 12, "font-weight": "700", fill: P.ink },
      [`${site.name} · ${storyUrl}`],
    ),
  ];
  const height = Math.ceil(y + PAD);

  const finding = chart.getAttribute("aria-label") ?? spec.title(records, locale);
  const root = exportRoot(document, width, height, {
    lang: m.intlLocale,
    role: "img",
    "aria-label": finding,
  });
  root.append(
    svgEl(document, "title", {}, [spec.title(records, locale)]),
    svgEl(document, "rect", { width, height, fill: P.bg }),
    ...header,
    chart,
    ...footer,
  );
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${root.outerHTML}\n`, width, height, finding };
}

/** resvg's options: zoom to `scale`, only the bundled fonts (or `fontFiles`, subsets of them). */
const resvgOptions = (scale: number, fontFiles: readonly string[] = FONT_FILES) => ({
  fitTo: { mode: "zoom" as const, value: scale },
  font: {
    fontFiles: [...fontFiles],
    loadSystemFonts: false,
    defaultFontFamily: EXPORT_FONT,
    sansSerifFamily: EXPORT_FONT,
  },
});

/** Renders an SVG to PNG with resvg at `scale`, using only the bundled fonts. */
export function renderPng(svg: string, scale = 2): Buffer {
  return new Resvg(svg, resvgOptions(scale)).render().asPng();
}

/** subset-font: harfbuzz's hb-subset (as wasm) cuts a font down to the glyphs of a text. */
const subsetFont = require("subset-font") as (
  font: Buffer,
  text: string,
  options: { targetFormat: "truetype" },
) => Promise<Buffer>;
const HB_SUBSET_WASM = createRequire(require.resolve("subset-font")).resolve(
  "harfbuzzjs/dist/harfbuzz-subset.wasm",
);

let fontBytes: Buffer[] | undefined;
const fonts = () => (fontBytes ??= FONT_FILES.map((file) => readFileSync(file)));

let renderer: string | undefined;
/**
 * What else determines a PNG besides its SVG: resvg's version, the fonts' bytes and the subsetter
 * (subset-font's version and harfbuzz's wasm), which together fix the bytes of the font subsets used.
 */
function rendererKey(): string {
  renderer ??= cacheKey([
    JSON.parse(readFileSync(require.resolve("@resvg/resvg-js/package.json"), "utf8")).version,
    JSON.parse(readFileSync(require.resolve("subset-font/package.json"), "utf8")).version,
    readFileSync(HB_SUBSET_WASM),
    ...fonts(),
  ]);
  return renderer;
}

/** Every character an SVG could draw: its source with character references decoded. */
const svgCharacters = (svg: string) =>
  [
    ...new Set(
      svg.replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, code: string) =>
        String.fromCodePoint(parseInt(code, hex ? 16 : 10)),
      ) + `"'<>&`,
    ),
  ].join("");

/**
 * renderPng, but with the fonts cut down to the SVG's characters. resvg parses every font it is
 * given for each render, and parsing the two 10.5 MB CJK fonts took about a second of each
 * render's time (mostly system time); a subset of some 50 KB parses in milliseconds. Shaping and
 * outlines are the same glyphs', so the PNG is byte for byte the one the whole fonts give
 * (tests/unit/buildCache.test.ts compares them). Runs on libuv's thread pool (renderAsync).
 */
async function renderPngSubset(svg: string, scale: number): Promise<Buffer> {
  const text = svgCharacters(svg);
  // resvg-js in Node takes font files only (fontBuffers is a wasm option), so the subsets go to disk.
  const dir = mkdtempSync(join(tmpdir(), "hefei-fonts-"));
  try {
    const files = await Promise.all(
      fonts().map(async (font, i) => {
        const file = join(dir, `${i}.ttf`);
        writeFileSync(file, await subsetFont(font, text, { targetFormat: "truetype" }));
        return file;
      }),
    );
    return (await renderAsync(svg, resvgOptions(scale, files))).asPng();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * renderPng through the build cache (src/publish/buildCache.ts), keyed by the SVG, the scale,
 * resvg's version, the fonts and the subsetter. A miss renders with font subsets on the thread
 * pool, so pages Astro renders concurrently (build.concurrency) render their PNGs in parallel.
 */
export function renderPngCached(svg: string, scale = 2): Promise<Buffer> {
  return cached(["png", rendererKey(), String(scale), svg], () => renderPngSubset(svg, scale));
}

/** Share images are the size Open Graph and Twitter cards expect. */
export const SHARE_SIZE = { width: 1200, height: 630 };
/** The share image's headline runs from x = 56 to just short of the chart at x = 470. */
const SHARE_HEADLINE_WIDTH = 400;

/** A chart scaled into the right-hand side of a share image. */
function shareChartSvg(id: ChartId, records: readonly FigureRecord[], locale: Locale, document: Document) {
  const chart = drawnArtboard(id, records, locale, document);
  applyExportStyle(chart);
  const chartHeight = Number(chart.getAttribute("height"));
  const box = { x: 470, y: 60, width: 690, height: 510 };
  const scale = Math.min(box.width / CHART_WIDTH, box.height / chartHeight);
  chart.setAttribute("x", String(box.x));
  chart.setAttribute("y", String(box.y + (box.height - chartHeight * scale) / 2));
  chart.setAttribute("width", String(CHART_WIDTH * scale));
  chart.setAttribute("height", String(chartHeight * scale));
  return chart;
}

/** What a share image shows. */
interface ShareCardOptions {
  headline: string;
  kicker: string;
  /** The chart beside the headline; none for a story without charts. */
  chart: ChartId | undefined;
  records: readonly FigureRecord[];
  locale: Locale;
  siteName: string;
}

/**
 * The share image of a story: its headline beside its lead chart, 1200×630, self-contained
 * like the downloads (rendered to PNG with the bundled font). Read from the build cache when the
 * chart code and every option are unchanged.
 */
export function shareCardSvg(options: ShareCardOptions): string {
  const { headline, kicker, chart, records, locale, siteName } = options;
  return cachedSvg(["share", headline, kicker, chart ?? "", locale, siteName, JSON.stringify(records)], () =>
    drawShareCardSvg(options),
  );
}

function drawShareCardSvg(options: ShareCardOptions): string {
  const { headline, kicker, chart: id, records, locale, siteName } = options;
  const { document: doc } = parseHTML("<!doctype html><html><body></body></html>");
  const document = doc as unknown as Document;
  const { width, height } = SHARE_SIZE;
  // The chart fills the right-hand side, scaled to fit.
  const chart = id ? shareChartSvg(id, records, locale, document) : undefined;
  const lines = wrapText(headline, { width: SHARE_HEADLINE_WIDTH, fontSize: 42, weight: "bold" }).slice(0, 6);
  const root = exportRoot(document, width, height);
  root.append(
    svgEl(document, "rect", { width, height, fill: P.bg }),
    svgEl(document, "rect", { width: 12, height, fill: P.china }),
    svgEl(document, "text", { x: 56, y: 96, "font-size": 24, "font-weight": "700", fill: P.china }, [
      kicker.toUpperCase(),
    ]),
    textLines(document, lines, { x: 56, y: 160, "font-size": 42, "font-weight": "700", fill: P.ink }, 54),
    svgEl(document, "text", { x: 56, y: 580, "font-size": 22, "font-weight": "700", fill: P.muted }, [
      siteName,
    ]),
  );
  if (chart) root.append(chart);
  return root.outerHTML;
}

/** The finding an exported SVG states in its root's `aria-label`, unescaped. */
export function svgLabel(svg: string): string {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const label = /\saria-label="([^"]*)"/.exec(root)?.[1] ?? "";
  return label
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
