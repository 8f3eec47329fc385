import { getCollection, getEntry, type CollectionEntry } from "astro:content";
import { chartById, chartIds, type ChartId } from "../charts/index.ts";
import { locales, type Locale } from "../i18n/index.ts";
import type { Dataset } from "../schemas/dataset.ts";
import { citedCharts } from "../lib/citedCharts.ts";
import { fallbackSnippet, paths } from "../lib/embed.ts";
import { chartLog } from "./meta.ts";
import { checkPublishedFigures } from "./publishedCheck.ts";
import { exportSvg, type ExportedSvg } from "./exportChart.ts";

type Story = CollectionEntry<"stories">;

let citing: Promise<Map<ChartId, Map<Locale, Story>>> | undefined;

/**
 * For every chart, the story edition that cites it in each locale (the first story by id, if
 * several do): a chart has an embed, oEmbed and downloads in exactly those locales, linking
 * there. Built once per build. A story citing a chart in a locale the chart has no texts for
 * fails, naming both files.
 */
export function chartEditions(): Promise<Map<ChartId, Map<Locale, Story>>> {
  // In `astro dev` an edited story may cite another chart: group again on every request.
  if (import.meta.env.DEV) citing = undefined;
  citing ??= getCollection("stories").then((stories) => {
    const found = new Map<ChartId, Map<Locale, Story>>(chartIds.map((id) => [id, new Map()]));
    for (const story of [...stories].sort((a, b) => a.id.localeCompare(b.id))) {
      const where = `src/stories/${story.id}.mdx`;
      for (const id of citedCharts(story.body ?? "")) {
        const spec = chartById(id, `${where}: <ChartFigure>`);
        const locale = story.data.locale;
        if (!spec.locales.includes(locale))
          throw new Error(
            `${where}: cites chart "${id}", which has no "${locale}" texts: add them to ${spec.file.replace(/chart\.ts$/, "texts.json")}`,
          );
        const byLocale = found.get(id)!;
        if (!byLocale.has(locale)) byLocale.set(locale, story);
      }
    }
    return found;
  });
  return citing;
}

/** Every (locale, chart) pair a story edition cites: one embed page, oEmbed document and set of downloads each. */
export async function chartPaths(): Promise<{ params: { locale: Locale; chart: ChartId } }[]> {
  const editions = await chartEditions();
  await checkPublishedFigures();
  return [...editions].flatMap(([chart, byLocale]) =>
    locales.filter((locale) => byLocale.has(locale)).map((locale) => ({ params: { locale, chart } })),
  );
}

/** The dataset a chart draws; a missing dataset fails the build, naming the chart's file. */
export async function chartDataset(id: ChartId): Promise<Dataset> {
  const spec = chartById(id);
  const entry = await getEntry("datasets", spec.dataset);
  if (!entry) throw new Error(`${spec.file}: dataset "${spec.dataset}" not found in src/data/`);
  return entry.data;
}

/** The story edition that cites a chart in a locale: its embed and downloads link there. */
export async function chartStory(id: ChartId, locale: Locale): Promise<Story> {
  const story = (await chartEditions()).get(id)?.get(locale);
  if (!story) throw new Error(`chart "${id}": no story edition in "${locale}" cites it`);
  return story;
}

/** The chart a story's share image shows: its `shareChart`, else the first chart it cites. */
export function shareChart(story: Story): ChartId | undefined {
  const id = story.data.shareChart ?? citedCharts(story.body ?? "")[0];
  return id === undefined ? undefined : chartById(id, `src/stories/${story.id}.mdx: shareChart`).id;
}

/** Export SVGs by chart, locale and site: the SVG and PNG downloads and oEmbed share one. */
const exports = new Map<string, Promise<ExportedSvg>>();

/** A chart's export SVG (downloads, oEmbed thumbnail size), crediting its story's public URL. */
export function chartExportSvg(id: ChartId, locale: Locale, site: URL | undefined): Promise<ExportedSvg> {
  const key = `${id}/${locale}/${site?.href ?? ""}`;
  let svg = exports.get(key);
  if (!svg) {
    svg = (async () => {
      const story = await chartStory(id, locale);
      const storyUrl = new URL(paths.story(story.data.locale, story.data.slug), site).href;
      const log = chartLog(story.data.corrections, id);
      return exportSvg(id, (await chartDataset(id)).records, locale, { storyUrl, log });
    })();
    exports.set(key, svg);
  }
  return svg;
}

/** The static image fallback for a chart: its PNG download at CSS size, its finding as alt text, linking to its story. */
export async function chartFallback(id: ChartId, locale: Locale, site: URL): Promise<string> {
  const { width, height, finding } = await chartExportSvg(id, locale, site);
  const story = await chartStory(id, locale);
  const href = new URL(paths.story(story.data.locale, story.data.slug), site).href;
  return fallbackSnippet({ site, locale, id, alt: finding, width, height, href });
}
