import type { APIRoute } from "astro";
import type { ChartId } from "../../../charts/index.ts";
import type { Locale } from "../../../i18n/index.ts";
import { chartExportSvg, chartPaths } from "../../../publish/chartContext.ts";
import { renderPngCached } from "../../../publish/exportChart.ts";

export const getStaticPaths = chartPaths;

/** The chart as a PNG at 2x, rendered at build time with the bundled font. */
export const GET: APIRoute = async ({ params, site }) => {
  const png = await renderPngCached(
    (await chartExportSvg(params.chart as ChartId, params.locale as Locale, site)).svg,
    2,
  );
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
};
