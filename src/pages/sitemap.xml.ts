import type { APIRoute } from "astro";
import { messages } from "../i18n/index.ts";
import { paths } from "../lib/embed.ts";
import { escapeMarkup } from "../lib/markup.ts";
import { lastModified } from "../publish/meta.ts";
import { homeLocales, storyEditions } from "../publish/editions.ts";
import type { Locale } from "../i18n/index.ts";

/** sitemap.xml: the front page, each locale's home and own pages, and every story edition, with hreflang alternates. */
export const GET: APIRoute = async ({ site }) => {
  const grouped = await storyEditions();
  const url = (path: string) => escapeMarkup(new URL(path, site).href);
  // Editions come grouped once per build: linear in the number of stories.
  const entries = [...grouped.values()].flatMap(({ editions }) =>
    editions.map((story) => {
      const lastmod = lastModified(story.data);
      const links = editions
        .map(
          (e) =>
            `<xhtml:link rel="alternate" hreflang="${messages(e.data.locale).intlLocale}" href="${url(paths.story(e.data.locale, e.data.slug))}"/>`,
        )
        .join("");
      return `<url><loc>${url(paths.story(story.data.locale, story.data.slug))}</loc><lastmod>${lastmod}</lastmod>${links}</url>`;
    }),
  );
  // Each locale's home, with the other homes as alternates.
  const homes = await homeLocales();
  const homeLinks = homes
    .map(
      (l) =>
        `<xhtml:link rel="alternate" hreflang="${messages(l).intlLocale}" href="${url(paths.home(l))}"/>`,
    )
    .join("");
  const homeEntries = homes.map((l) => `<url><loc>${url(paths.home(l))}</loc>${homeLinks}</url>`);
  // The site's own pages (chart desk, facts, standards, search) exist where a home does.
  const own: ((locale: Locale) => string)[] = [paths.desk, (l) => paths.facts(l), paths.about, paths.search];
  const ownEntries = own.flatMap((pathOf) => {
    const links = homes
      .map(
        (l) => `<xhtml:link rel="alternate" hreflang="${messages(l).intlLocale}" href="${url(pathOf(l))}"/>`,
      )
      .join("");
    return homes.map((l) => `<url><loc>${url(pathOf(l))}</loc>${links}</url>`);
  });
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
    [`<url><loc>${url("/")}</loc></url>`, ...homeEntries, ...ownEntries, ...entries].join("\n") +
    `\n</urlset>\n`;
  return new Response(body, { headers: { "content-type": "application/xml; charset=utf-8" } });
};
