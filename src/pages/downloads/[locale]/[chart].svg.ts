import type { APIRoute } from "astro";
import type { ChartId } from "../../../charts/index.ts";
import type { Locale } from "../../../i18n/index.ts";
import { chartExportSvg, chartPaths } from "../../../publish/chartContext.ts";

export const getStaticPaths = chartPaths;

/** The chart as a self-contained SVG file. */
export const GET: APIRoute = async ({ params, site }) =>
  new Response((await chartExportSvg(params.chart as ChartId, params.locale as Locale, site)).svg, {
    headers: { "content-type": "image/svg+xml" },
  });
