import { locales, messages, type Locale } from "../i18n/index.ts";

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
}): Record<string, unknown> {
  const { headline, description, url, image, published, modified, authors, locale, publisher, site } =
    options;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline,
    description,
    mainEntityOfPage: url,
    url,
    image: [image],
    datePublished: published,
    dateModified: modified,
    inLanguage: messages(locale).intlLocale,
    author: authors.map((name) => ({ "@type": "Organization", name })),
    publisher: { "@type": "Organization", name: publisher, url: site.href },
    isAccessibleForFree: true,
  };
}

/** A story's last change: the latest of its publication, its update and its notes and corrections. */
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
