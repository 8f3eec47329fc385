import type { Locale } from "../i18n/index.ts";
import { escapeMarkup } from "./markup.ts";

/** A public chart id: the name of a folder in src/charts/. */
type ChartId = string;

/** The attribute our loader looks for; its value is the pym.js childId of the iframe. */
export const EMBED_ATTR = "data-hefei-embed";

/** Public URL paths: story pages and their share images, and each chart's embed page, oEmbed document and downloads. */
export const paths = {
  embed: (locale: Locale, id: ChartId) => `/embed/${locale}/${id}/`,
  /** A frozen version's embed page, never changed once published. */
  embedVersion: (locale: Locale, id: ChartId, version: number) => `/embed/${locale}/${id}/v${version}/`,
  /** A frozen version's downloads, beside its embed page. */
  versionDownload: (locale: Locale, id: ChartId, version: number, ext: "svg" | "png" | "csv" | "json") =>
    `/embed/${locale}/${id}/v${version}/${id}.${ext}`,
  oembed: (locale: Locale, id: ChartId) => `/oembed/${locale}/${id}.json`,
  /** A frozen version's oEmbed document: its `html` embeds that version. */
  oembedVersion: (locale: Locale, id: ChartId, version: number) => `/oembed/${locale}/${id}/v${version}.json`,
  download: (locale: Locale, id: ChartId, ext: "svg" | "png" | "csv" | "json") =>
    `/downloads/${locale}/${id}.${ext}`,
  story: (locale: Locale, slug: string) => `/${locale}/${slug}/`,
  share: (locale: Locale, slug: string) => `/share/${locale}/${slug}.png`,
  /** The share image at half size (600×315), for story cards on the home pages. */
  shareThumb: (locale: Locale, slug: string) => `/share/${locale}/${slug}.thumb.png`,
  /** A locale's home page, listing its stories. */
  home: (locale: Locale) => `/${locale}/`,
  /** A locale's chart desk: every chart its editions cite, ready to republish. */
  desk: (locale: Locale) => `/${locale}/charts/`,
  /** A locale's facts page; with a record id, that record's entry. */
  facts: (locale: Locale, id?: string) => `/${locale}/facts/${id === undefined ? "" : `#${id}`}`,
  /** A locale's standards page: sourcing, corrections, licence, contact. */
  about: (locale: Locale) => `/${locale}/about/`,
  /** A locale's search page. */
  search: (locale: Locale) => `/${locale}/search/`,
  /** Every record with the stories and charts that cite it, as data. */
  factsJson: () => `/facts.json`,
};

/** The width, in CSS pixels, at which embeds declare their height (oEmbed `width`, the snippet's `width`). */
export const EMBED_WIDTH = 720;

/** The pym.js childId our snippet uses for a chart, or for one frozen version of it. */
export const childId = (locale: Locale, id: ChartId, version?: number) =>
  `hefei-${locale}-${id}${version === undefined ? "" : `-v${version}`}`;

/**
 * The copyable snippet: a lazy iframe at a sensible height plus our resizing loader. The `width`
 * attribute takes a number of pixels (HTML has no percentages there); the inline style makes the
 * frame fluid up to 46rem wherever the host keeps styles.
 */
export function embedSnippet(options: {
  site: URL;
  locale: Locale;
  id: ChartId;
  title: string;
  height: number;
  /** A frozen version to embed; by default the latest, which follows corrections. */
  version?: number;
}): string {
  const { site, locale, id, title, height, version } = options;
  const child = childId(locale, id, version);
  const page = version === undefined ? paths.embed(locale, id) : paths.embedVersion(locale, id, version);
  const src = new URL(`${page}?childId=${child}`, site).href;
  const loader = new URL("/embed.js", site).href;
  return (
    `<iframe src="${src}" title="${escapeMarkup(title)}" width="${EMBED_WIDTH}" height="${height}" loading="lazy" ` +
    `style="border:0;width:100%;max-width:46rem" ${EMBED_ATTR}="${child}"></iframe>` +
    `<script async src="${loader}"></script>`
  );
}

/** The same chart for pages that already load pym.js. */
export function pymSnippet(options: { site: URL; locale: Locale; id: ChartId }): string {
  const { site, locale, id } = options;
  const child = childId(locale, id);
  const src = new URL(paths.embed(locale, id), site).href;
  return `<div id="${child}"></div>\n<script>new pym.Parent("${child}", "${src}", {});</script>`;
}

/**
 * For places that strip iframes and scripts (newsletters, feed readers): the chart's PNG at its
 * CSS size (the file is twice that, for sharp screens), its finding as alt text, linking to the
 * story edition. Plain markup that any HTML sanitiser keeps.
 */
export function fallbackSnippet(options: {
  site: URL;
  locale: Locale;
  id: ChartId;
  /** The finding, as the chart's SVG states it in `aria-label`. */
  alt: string;
  /** CSS pixels: half the PNG's pixels. */
  width: number;
  height: number;
  /** The story edition the chart belongs to. */
  href: string;
  /** A frozen version's PNG instead of the latest. */
  version?: number;
}): string {
  const { site, locale, id, alt, width, height, href, version } = options;
  const png =
    version === undefined
      ? paths.download(locale, id, "png")
      : paths.versionDownload(locale, id, version, "png");
  const src = new URL(png, site).href;
  return (
    `<a href="${escapeMarkup(href)}"><img src="${src}" alt="${escapeMarkup(alt)}" ` +
    `width="${width}" height="${height}"></a>`
  );
}

/**
 * The fields every oEmbed 1.0 `rich` response of ours shares, for the latest chart and for a frozen
 * version alike: the snippet, its size, the thumbnail (the PNG download, at its pixel size).
 */
export function oembedRich(options: {
  site: URL;
  provider: string;
  title: string;
  html: string;
  height: number;
  thumbnail: { url: string; width: number; height: number };
  cacheAge: number;
}): Record<string, unknown> {
  const { site, provider, title, html, height, thumbnail, cacheAge } = options;
  return {
    version: "1.0",
    type: "rich",
    title,
    provider_name: provider,
    provider_url: new URL("/", site).href,
    html,
    width: EMBED_WIDTH,
    height,
    thumbnail_url: thumbnail.url,
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
    cache_age: cacheAge,
  };
}
