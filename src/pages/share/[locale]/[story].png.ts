import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { messages } from "../../../i18n/index.ts";
import { chartDataset } from "../../../lib/chartContext.ts";
import { storyText } from "../../../lib/facts.ts";
import { renderPng, shareCardSvg } from "../../../lib/exportChart.ts";
import { LEAD_CHART } from "../../../lib/meta.ts";

export async function getStaticPaths() {
  const stories = await getCollection("stories");
  return stories.map((story) => ({
    params: { locale: story.data.locale, story: story.data.slug },
    props: { story },
  }));
}

/** A story's 1200×630 share image: headline and lead chart. */
export const GET: APIRoute = async ({ props }) => {
  const { story } = props as { story: Awaited<ReturnType<typeof getCollection<"stories">>>[number] };
  const { title: headline } = await storyText(story);
  const svg = shareCardSvg({
    headline,
    kicker: story.data.kicker ?? "",
    chart: LEAD_CHART,
    records: (await chartDataset(LEAD_CHART)).records,
    locale: story.data.locale,
    siteName: messages(story.data.locale).ui.siteName,
  });
  return new Response(new Uint8Array(renderPng(svg, 1)), { headers: { "content-type": "image/png" } });
};
