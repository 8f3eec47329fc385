import { getCollection, type CollectionEntry } from "astro:content";
import { chartById, type ChartId } from "../charts/index.ts";
import { locales, type Locale } from "../i18n/index.ts";
import type { FigureRecord } from "../schemas/dataset.ts";
import { chartDataset, chartEditions } from "./chartContext.ts";
import { citedFacts } from "../lib/citedFacts.ts";
import { placeholderIds } from "../lib/factText.ts";
import { factIndex, storyText, type Fact } from "./facts.ts";

type Story = CollectionEntry<"stories">;

/** Who cites one record: story editions (prose, title, dek) and charts, each with its locale. */
export interface Citation {
  record: FigureRecord;
  dataset: Fact["dataset"];
  stories: { story: Story; locale: Locale }[];
  charts: { id: ChartId; locale: Locale }[];
}

let built: Promise<Map<string, Citation>> | undefined;

/**
 * Every record with the story editions and charts that cite it, in dataset order: a story
 * through `<Fact>` and `{fact:…}` in its title and dek, a chart through the records it draws, in
 * each locale where an edition cites that chart. Built once per build.
 */
export function citations(): Promise<Map<string, Citation>> {
  if (import.meta.env.DEV) built = undefined;
  built ??= (async () => {
    const index = await factIndex();
    const map = new Map<string, Citation>(
      [...index].map(([id, { record, dataset }]) => [id, { record, dataset, stories: [], charts: [] }]),
    );
    const stories = [...(await getCollection("stories"))].sort(
      (a, b) =>
        a.data.slug.localeCompare(b.data.slug) ||
        locales.indexOf(a.data.locale) - locales.indexOf(b.data.locale),
    );
    for (const story of stories) {
      const ids = new Set([
        ...placeholderIds(story.data.title),
        ...placeholderIds(story.data.dek),
        ...citedFacts(story.body ?? ""),
      ]);
      for (const id of ids) map.get(id)?.stories.push({ story, locale: story.data.locale });
    }
    for (const [id, byLocale] of await chartEditions()) {
      if (byLocale.size === 0) continue;
      const cited = chartById(id).cited((await chartDataset(id)).records);
      // A chart may draw a record twice (a line and its label): it cites it once.
      const ids = new Set(cited.map((record) => record.id));
      for (const locale of locales.filter((l) => byLocale.has(l)))
        for (const record of ids) map.get(record)?.charts.push({ id, locale });
    }
    return map;
  })();
  return built;
}

/** The records cited in a locale, in dataset order, with only that locale's citations. */
export async function citationsIn(locale: Locale): Promise<Citation[]> {
  return [...(await citations()).values()]
    .map((c) => ({
      ...c,
      stories: c.stories.filter((s) => s.locale === locale),
      charts: c.charts.filter((ch) => ch.locale === locale),
    }))
    .filter((c) => c.stories.length > 0 || c.charts.length > 0);
}

/** A story edition's headline, its `{fact:…}` placeholders filled. */
export const storyTitle = async (story: Story): Promise<string> => (await storyText(story)).title;
