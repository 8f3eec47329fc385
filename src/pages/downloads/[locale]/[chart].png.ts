import type { APIRoute } from "astro";
import type { ChartId } from "../../../charts/index.ts";
import type { Locale } from "../../../i18n/index.ts";
import { chartDataset, chartPaths, chartStory } from "../../../lib/chartContext.ts";
import { paths } from "../../../lib/embed.ts";
import { exportSvg, renderPng } from "../../../lib/exportChart.ts";

export const getStaticPaths = chartPaths;

/** The chart as a PNG at 2x, rendered at build time with the bundled font. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const id = params.chart as ChartId;
  const story = await chartStory(id, locale);
  const storyUrl = new URL(paths.story(story.data.locale, story.data.slug), site).href;
  const png = renderPng(exportSvg(id, (await chartDataset(id)).records, locale, { storyUrl }), 2);
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
};
