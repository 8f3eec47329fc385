import { fill, messages, type Locale } from "../i18n/index.ts";
import { homeLocales, storyEditions } from "./editions.ts";
import { citedCharts } from "../lib/citedCharts.ts";
import { paths } from "../lib/embed.ts";
import { site } from "../lib/site.ts";

/** The site's own pages in each locale with an edition, beside its stories: `/<locale>/<name>/`. */
export const SITE_PAGES = ["charts", "facts", "about", "search"] as const;

/**
 * The locales that have the chart desk, facts, standards and search pages: those with a home.
 * A story whose slug is one of those pages' names would share their address: that fails the build.
 */
export async function sitePageLocales(): Promise<Locale[]> {
  for (const { slug, editions } of (await storyEditions()).values())
    if ((SITE_PAGES as readonly string[]).includes(slug))
      throw new Error(
        `src/stories/${editions[0]!.id.split("/")[0]}/: slug "${slug}" is the address of a site page (${SITE_PAGES.join(", ")}): choose another slug`,
      );
  return homeLocales();
}

/** `getStaticPaths` of a site page: one per locale with a home. */
export async function sitePagePaths() {
  return (await sitePageLocales()).map((locale) => ({ params: { locale } }));
}

/** The links every home offers to the site's own pages and the feed, in a locale. */
export function siteLinks(locale: Locale): { href: string; label: string }[] {
  const m = messages(locale);
  return [
    { href: paths.desk(locale), label: m.pages.desk },
    { href: paths.facts(locale), label: m.pages.facts },
    { href: paths.about(locale), label: m.pages.about },
    { href: paths.search(locale), label: m.pages.search },
    { href: "/feed.xml", label: m.ui.feed },
  ];
}

/** The credit line newsrooms print under a chart: "Chart: {site}, {licence}". */
export const creditLine = (locale: Locale): string =>
  fill(messages(locale).desk.creditLine, { site: site.name, licence: site.licence.name });

/** The charts a locale's editions cite, newest story first, each in reading order, each once. */
export async function chartsIn(locale: Locale): Promise<string[]> {
  const stories = [...(await storyEditions()).values()]
    .map(({ editions }) => editions.find((e) => e.data.locale === locale))
    .filter((e) => e !== undefined)
    .sort((a, b) => b.data.published.localeCompare(a.data.published));
  return [...new Set(stories.flatMap((story) => citedCharts(story.body ?? "")))];
}
