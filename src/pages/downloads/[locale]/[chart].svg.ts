import type { APIRoute } from "astro";
import type { ChartId } from "../../../charts/index.ts";
import type { Locale } from "../../../i18n/index.ts";
import { chartDataset, chartPaths, chartStory } from "../../../lib/chartContext.ts";
import { paths } from "../../../lib/embed.ts";
import { exportSvg } from "../../../lib/exportChart.ts";

export const getStaticPaths = chartPaths;

/** The chart as a self-contained SVG file. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const id = params.chart as ChartId;
  const story = await chartStory(id, locale);
  const storyUrl = new URL(paths.story(story.data.locale, story.data.slug), site).href;
  const svg = exportSvg(id, (await chartDataset(id)).records, locale, { storyUrl });
  return new Response(svg, { headers: { "content-type": "image/svg+xml" } });
};
