import type { APIRoute } from "astro";
import type { ChartId } from "../../../charts/index.ts";
import { chartDataset, chartPaths } from "../../../lib/chartContext.ts";
import { dataJson } from "../../../lib/chartData.ts";

export const getStaticPaths = chartPaths;

/** The chart's data as JSON: the records it draws, with the dataset's licence. */
export const GET: APIRoute = async ({ params }) => {
  const id = params.chart as ChartId;
  return new Response(dataJson(id, await chartDataset(id)), {
    headers: { "content-type": "application/json" },
  });
};
