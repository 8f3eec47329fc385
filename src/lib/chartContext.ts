import { getCollection, getEntry } from "astro:content";
import { chartIds, charts, type ChartId } from "../charts/index.ts";
import { locales, type Locale } from "../i18n/index.ts";
import type { Dataset } from "../schemas/dataset.ts";
import { paths } from "./embed.ts";
import { exportSvg } from "./exportChart.ts";

/** Every (locale, chart) pair: one embed page, oEmbed document and set of downloads each. */
export function chartPaths(): { params: { locale: Locale; chart: ChartId } }[] {
  return locales.flatMap((locale) => chartIds.map((chart) => ({ params: { locale, chart } })));
}

/** The dataset a chart draws; a missing dataset fails the build, naming the chart. */
export async function chartDataset(id: ChartId): Promise<Dataset> {
  const entry = await getEntry("datasets", charts[id].dataset);
  if (!entry) throw new Error(`chart "${id}": dataset "${charts[id].dataset}" not found in src/data/`);
  return entry.data;
}

/** The story edition a chart belongs to, in a locale (falls back to the first locale's edition). */
export async function chartStory(id: ChartId, locale: Locale) {
  const stories = await getCollection("stories", (s) => s.data.slug === charts[id].story);
  const story =
    stories.find((s) => s.data.locale === locale) ?? stories.find((s) => s.data.locale === locales[0]);
  if (!story) throw new Error(`chart "${id}": story "${charts[id].story}" not found in src/stories/`);
  return story;
}

/** Export SVGs by chart, locale and site: the SVG and PNG downloads and oEmbed share one. */
const exports = new Map<string, Promise<string>>();

/** A chart's export SVG (downloads, oEmbed thumbnail size), crediting its story's public URL. */
export function chartExportSvg(id: ChartId, locale: Locale, site: URL | undefined): Promise<string> {
  const key = `${id}/${locale}/${site?.href ?? ""}`;
  let svg = exports.get(key);
  if (!svg) {
    svg = (async () => {
      const story = await chartStory(id, locale);
      const storyUrl = new URL(paths.story(story.data.locale, story.data.slug), site).href;
      return exportSvg(id, (await chartDataset(id)).records, locale, { storyUrl });
    })();
    exports.set(key, svg);
  }
  return svg;
}
