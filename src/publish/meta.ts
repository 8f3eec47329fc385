import { locales, messages, type Locale } from "../i18n/index.ts";
import type { Correction } from "../schemas/story.ts";
import { site as siteConfig } from "../lib/site.ts";

/** A locale as the Open Graph protocol writes it (`language_TERRITORY`), from its catalogue. */
export const ogLocale = (locale: Locale): string => messages(locale).ogLocale;

/** A calendar date (YYYY-MM-DD) as a full ISO 8601 date-time at midnight UTC. */
export const isoDateTime = (date: string): string => `${date}T00:00:00Z`;

/** A share image for a page: absolute URL, pixel size and text alternative. */
export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** hreflang alternates of a page that exists in every locale at `pathFor(locale)`. */
export function alternates(pathFor: (locale: Locale) => string, site: URL) {
  return locales.map((locale) => ({
    locale,
    hreflang: messages(locale).intlLocale,
    href: new URL(pathFor(locale), site).href,
  }));
}

/** schema.org NewsArticle for a story edition. */
export function newsArticle(options: {
  headline: string;
  description: string;
  url: string;
  image: string;
  published: string;
  modified: string;
  authors: string[];
  locale: Locale;
  publisher: string;
  site: URL;
  /** The edition's corrections and updates log; corrections become `correction` entries. */
  log?: readonly Correction[];
}): Record<string, unknown> {
  const { headline, description, url, image, published, modified, authors, locale, publisher, site } =
    options;
  const corrections = byDate(options.log ?? []).filter((c) => c.kind === "correction");
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline,
    description,
    mainEntityOfPage: url,
    url,
    image: [image],
    datePublished: isoDateTime(published),
    dateModified: isoDateTime(modified),
    inLanguage: messages(locale).intlLocale,
    // The byline names the team, not people: each author is the site's organisation, at its home page.
    author: authors.map((name) => ({ "@type": "Organization", name, url: site.href })),
    publisher: { "@type": "Organization", name: publisher, url: site.href },
    isAccessibleForFree: true,
    ...(corrections.length > 0
      ? {
          correction: corrections.map((c) => ({
            "@type": "CorrectionComment",
            text: c.text,
            datePublished: isoDateTime(c.date),
          })),
        }
      : {}),
  };
}

/** Log entries oldest first (a stable sort keeps same-day entries in frontmatter order). */
export const byDate = <T extends { date: string }>(log: readonly T[]): T[] =>
  [...log].sort((a, b) => a.date.localeCompare(b.date));

/** The log entries that touched a chart, oldest first: its embed and downloads carry them. */
export const chartLog = (log: readonly Correction[], chart: string): Correction[] =>
  byDate(log.filter((c) => c.charts.includes(chart)));

/**
 * A story's last change: the latest of its publication, its `updated` date, its notes and its
 * corrections and updates log. JSON-LD `dateModified`, the byline, the feed's `updated` and the
 * sitemap's `lastmod` all follow it.
 */
export function lastModified(story: {
  published: string;
  updated?: string | undefined;
  notes: { date: string }[];
  corrections: { date: string }[];
}): string {
  return [
    story.published,
    story.updated,
    ...story.notes.map((n) => n.date),
    ...story.corrections.map((c) => c.date),
  ]
    .filter((date): date is string => !!date)
    .sort()
    .at(-1)!;
}

/** schema.org WebSite for a home page: the site's name and publisher, at `url`, in a language if given. */
export function webSite(options: { url: string; site: URL; inLanguage?: string }): Record<string, unknown> {
  const { url, site, inLanguage } = options;
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: siteConfig.name,
    url,
    ...(inLanguage ? { inLanguage } : {}),
    publisher: {
      "@type": "Organization",
      name: siteConfig.publisher.name,
      url: siteConfig.publisher.url ?? site.href,
    },
  };
}
