import { getCollection, type CollectionEntry } from "astro:content";
import { chartDataset, shareChart } from "./chartContext.ts";
import { renderPngCached, shareCardSvg } from "./exportChart.ts";
import { storyText } from "./facts.ts";
import { site } from "../lib/site.ts";

/** A story edition's share card (headline beside its share chart) as PNG, at `scale` × 1200×630. */
export async function shareCardPng(story: CollectionEntry<"stories">, scale: number): Promise<Response> {
  const { title: headline } = await storyText(story);
  const chart = shareChart(story);
  const svg = shareCardSvg({
    headline,
    kicker: story.data.kicker ?? "",
    chart,
    records: chart ? (await chartDataset(chart)).records : [],
    locale: story.data.locale,
    siteName: site.name,
  });
  return new Response(new Uint8Array(await renderPngCached(svg, scale)), {
    headers: { "content-type": "image/png" },
  });
}

/** One share card per story edition: the static paths of the share image endpoints. */
export async function shareCardPaths() {
  const stories = await getCollection("stories");
  return stories.map((story) => ({
    params: { locale: story.data.locale, story: story.data.slug },
    props: { story },
  }));
}
