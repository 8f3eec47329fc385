import { readFileSync } from "node:fs";
import type { APIRoute } from "astro";
import { parseHTML } from "linkedom";
import type { ChartId } from "../../../../charts/index.ts";
import type { Locale } from "../../../../i18n/index.ts";
import { chartStory } from "../../../../publish/chartContext.ts";
import { embedSnippet, fallbackSnippet, oembedRich, paths } from "../../../../lib/embed.ts";
import { svgLabel } from "../../../../publish/exportChart.ts";
import { OEMBED_MAX_AGE } from "../../../../publish/headers.ts";
import { site as siteConfig } from "../../../../lib/site.ts";
import { chartVersions } from "../../../../publish/versions.ts";

/** Every published version of every chart, in each locale it was frozen in. */
export function getStaticPaths() {
  return [...chartVersions].flatMap(([chart, manifest]) =>
    manifest.versions.flatMap((v) =>
      v.locales.map((locale) => ({ params: { locale, chart, version: String(v.number) } })),
    ),
  );
}

/** A file of a frozen version, as published (public/ is never rebuilt). */
const frozen = (locale: Locale, id: ChartId, n: number, name: string) =>
  readFileSync(`public${paths.embedVersion(locale, id, n)}${name}`);

/**
 * oEmbed 1.0 `rich` response for one frozen version, discovered from that version's embed page:
 * `html` embeds that version, which never changes, so a CMS given a version's URL gets that version.
 * Title, thumbnail and fallback image are the frozen files' own.
 */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const id = params.chart as ChartId;
  const n = Number(params.version);
  const version = chartVersions.get(id)!.versions[n - 1]!;
  const page = parseHTML(frozen(locale, id, n, "index.html").toString("utf8")).document;
  const title = page.querySelector("title")?.textContent ?? id;
  const png = frozen(locale, id, n, `${id}.png`);
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const alt = svgLabel(frozen(locale, id, n, `${id}.svg`).toString("utf8"));
  const story = page.querySelector(".embed-credit a")?.getAttribute("href");
  const href = story ?? new URL(paths.story(locale, (await chartStory(id, locale)).data.slug), site).href;
  const frameHeight = version.heights[locale]!;
  const body = {
    ...oembedRich({
      site: site!,
      provider: siteConfig.name,
      title,
      html: embedSnippet({ site: site!, locale, id, title, height: frameHeight, version: n }),
      height: frameHeight,
      thumbnail: { url: new URL(paths.versionDownload(locale, id, n, "png"), site).href, width, height },
      cacheAge: OEMBED_MAX_AGE,
    }),
    chart_version: n,
    version_date: version.date,
    version_url: new URL(paths.embedVersion(locale, id, n), site).href,
    latest_url: new URL(paths.embed(locale, id), site).href,
    fallback_html: fallbackSnippet({
      site: site!,
      locale,
      id,
      alt,
      width: width / 2,
      height: height / 2,
      href,
      version: n,
    }),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { "content-type": "application/json+oembed" },
  });
};
