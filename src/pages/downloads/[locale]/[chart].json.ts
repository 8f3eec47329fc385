import type { APIRoute } from "astro";
import type { ChartId } from "../../../charts/index.ts";
import type { Locale } from "../../../i18n/index.ts";
import { chartDataset, chartPaths, chartStory } from "../../../lib/chartContext.ts";
import { dataJson } from "../../../lib/chartData.ts";
import { chartLog } from "../../../lib/meta.ts";

export const getStaticPaths = chartPaths;

/** The chart's data as JSON: the records it draws, the dataset's licence, the corrections it carries. */
export const GET: APIRoute = async ({ params }) => {
  const id = params.chart as ChartId;
  const story = await chartStory(id, params.locale as Locale);
  return new Response(dataJson(id, await chartDataset(id), chartLog(story.data.corrections, id)), {
    headers: { "content-type": "application/json" },
  });
};
