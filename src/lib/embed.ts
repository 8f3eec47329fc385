import type { ChartId } from "../charts/index.ts";
import type { Locale } from "../i18n/index.ts";
import { escapeMarkup } from "./markup.ts";

/** The attribute our loader looks for; its value is the pym.js childId of the iframe. */
export const EMBED_ATTR = "data-hefei-embed";

/** Public URL paths: story pages and their share images, and each chart's embed page, oEmbed document and downloads. */
export const paths = {
  embed: (locale: Locale, id: ChartId) => `/embed/${locale}/${id}/`,
  oembed: (locale: Locale, id: ChartId) => `/oembed/${locale}/${id}.json`,
  download: (locale: Locale, id: ChartId, ext: "svg" | "png" | "csv" | "json") =>
    `/downloads/${locale}/${id}.${ext}`,
  story: (locale: Locale, slug: string) => `/${locale}/${slug}/`,
  share: (locale: Locale, slug: string) => `/share/${locale}/${slug}.png`,
};

/** The width, in CSS pixels, at which embeds declare their height (oEmbed `width`, the snippet's `width`). */
export const EMBED_WIDTH = 720;

/** The pym.js childId our snippet uses for a chart. */
export const childId = (locale: Locale, id: ChartId) => `hefei-${locale}-${id}`;

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
}): string {
  const { site, locale, id, title, height } = options;
  const child = childId(locale, id);
  const src = new URL(`${paths.embed(locale, id)}?childId=${child}`, site).href;
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
