import type { APIRoute } from "astro";
import type { ChartId } from "../../../charts/index.ts";
import type { Locale } from "../../../i18n/index.ts";
import { chartDataset, chartPaths } from "../../../lib/chartContext.ts";
import { dataCsv } from "../../../lib/chartData.ts";

export const getStaticPaths = chartPaths;

/** The chart's data as CSV, with source, status and licence on every row. */
export const GET: APIRoute = async ({ params }) => {
  const id = params.chart as ChartId;
  return new Response(dataCsv(id, await chartDataset(id), params.locale as Locale), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });
};
