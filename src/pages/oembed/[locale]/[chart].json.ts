import { site as siteConfig } from "../../../lib/site.ts";
import type { APIRoute } from "astro";
import { chartById, type ChartId } from "../../../charts/index.ts";
import { messages, type Locale } from "../../../i18n/index.ts";
import { chartDataset, chartExportSvg, chartFallback, chartPaths } from "../../../publish/chartContext.ts";
import { embedHeight } from "../../../publish/renderChart.ts";
import { embedSnippet, oembedRich, paths } from "../../../lib/embed.ts";
import { OEMBED_MAX_AGE } from "../../../publish/headers.ts";
import { latestVersion } from "../../../publish/versions.ts";

export const getStaticPaths = chartPaths;

/**
 * oEmbed 1.0 `rich` response for one chart, discovered from its embed page. `html` embeds the
 * latest state (it follows corrections); the extension fields offer the newest frozen version
 * (`version_html`, never changes) and a static image for places without iframes (`fallback_html`).
 */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const id = params.chart as ChartId;
  const records = (await chartDataset(id)).records;
  const title = chartById(id).title(records, locale);
  const height = embedHeight(id, records, locale);
  // The thumbnail is the PNG download: the export SVG's size at 2x.
  const size = await chartExportSvg(id, locale, site);
  const version = latestVersion(id, locale);
  const body = {
    ...oembedRich({
      site: site!,
      provider: siteConfig.name,
      title,
      html: embedSnippet({ site: site!, locale, id, title, height }),
      height,
      thumbnail: {
        url: new URL(paths.download(locale, id, "png"), site).href,
        width: size.width * 2,
        height: size.height * 2,
      },
      cacheAge: OEMBED_MAX_AGE,
    }),
    latest_url: new URL(paths.embed(locale, id), site).href,
    ...(version
      ? {
          // Not `version`: that is the oEmbed spec's own ("1.0").
          chart_version: version.number,
          version_date: version.date,
          version_url: new URL(paths.embedVersion(locale, id, version.number), site).href,
          version_html: embedSnippet({
            site: site!,
            locale,
            id,
            title,
            height: version.heights[locale] ?? height,
            version: version.number,
          }),
          version_height: version.heights[locale] ?? height,
        }
      : {}),
    fallback_html: await chartFallback(id, locale, site!),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { "content-type": "application/json+oembed" },
  });
};
