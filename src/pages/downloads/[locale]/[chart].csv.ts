import type { APIRoute } from "astro";
import type { ChartId } from "../../../charts/index.ts";
import type { Locale } from "../../../i18n/index.ts";
import { chartDataset, chartPaths, chartStory } from "../../../publish/chartContext.ts";
import { chartLog } from "../../../publish/meta.ts";
import { dataCsv } from "../../../publish/chartData.ts";

export const getStaticPaths = chartPaths;

/** The chart's data as CSV, with source, status and licence on every row, and any correction of its figure. */
export const GET: APIRoute = async ({ params }) => {
  const id = params.chart as ChartId;
  const locale = params.locale as Locale;
  const log = chartLog((await chartStory(id, locale)).data.corrections, id);
  return new Response(dataCsv(id, await chartDataset(id), locale, log), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });
};
