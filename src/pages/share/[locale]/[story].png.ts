import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { messages } from "../../../i18n/index.ts";
import { chartDataset, shareChart } from "../../../lib/chartContext.ts";
import { storyText } from "../../../lib/facts.ts";
import { renderPngCached, shareCardSvg } from "../../../lib/exportChart.ts";

export async function getStaticPaths() {
  const stories = await getCollection("stories");
  return stories.map((story) => ({
    params: { locale: story.data.locale, story: story.data.slug },
    props: { story },
  }));
}

/** A story's 1200×630 share image: headline and its share chart (the first it cites by default). */
export const GET: APIRoute = async ({ props }) => {
  const { story } = props as { story: Awaited<ReturnType<typeof getCollection<"stories">>>[number] };
  const { title: headline } = await storyText(story);
  const chart = shareChart(story);
  const svg = shareCardSvg({
    headline,
    kicker: story.data.kicker ?? "",
    chart,
    records: chart ? (await chartDataset(chart)).records : [],
    locale: story.data.locale,
    siteName: messages(story.data.locale).ui.siteName,
  });
  return new Response(new Uint8Array(await renderPngCached(svg, 1)), {
    headers: { "content-type": "image/png" },
  });
};
