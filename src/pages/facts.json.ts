import type { APIRoute } from "astro";
import { citations } from "../publish/citations.ts";
import { paths } from "../lib/embed.ts";
import { site as siteConfig } from "../lib/site.ts";

/**
 * `/facts.json`: every record of every dataset, as written, with the story editions and charts
 * that cite it (absolute URLs), its dataset and the entry on each locale's facts page.
 */
export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => new URL(path, site).href;
  const records = [...(await citations()).values()].map(({ record, dataset, stories, charts }) => ({
    ...record,
    dataset: dataset.id,
    stories: stories.map(({ story, locale }) => ({
      slug: story.data.slug,
      locale,
      url: url(paths.story(story.data.locale, story.data.slug)),
    })),
    charts: charts.map(({ id, locale }) => ({
      id,
      locale,
      url: url(paths.embed(locale, id)),
    })),
    entries: [...new Set([...stories, ...charts].map((c) => c.locale))].map((locale) =>
      url(paths.facts(locale, record.id)),
    ),
  }));
  const body = {
    site: siteConfig.name,
    licence: siteConfig.licence,
    datasets: [...new Set([...(await citations()).values()].map((c) => c.dataset))].map((d) => ({
      id: d.id,
      title: d.title,
      description: d.description,
      licence: d.licence,
    })),
    records,
  };
  return new Response(JSON.stringify(body, null, 2) + "\n", {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
