import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { locales, type Locale } from "../../src/i18n/index.ts";
import { citedCharts } from "../../src/lib/citedCharts.ts";

/** A story edition as the tests see it, read from src/stories/<folder>/<locale>.mdx. */
export interface Edition {
  slug: string;
  locale: Locale;
  /** Chart ids it cites, in reading order. */
  charts: string[];
  /** The day it was published (YYYY-MM-DD). */
  published: string;
}

const field = (text: string, name: string) => new RegExp(`^${name}:\\s*(\\S+)\\s*$`, "m").exec(text)?.[1];

/** Every story edition in src/stories, so tests derive their expectations from the content. */
export function editions(dir = "src/stories"): Edition[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith(".mdx"))
        .map((f) => {
          const text = readFileSync(join(dir, d.name, f), "utf8");
          return {
            slug: field(text, "slug")!,
            locale: field(text, "locale") as Locale,
            charts: citedCharts(text),
            published: field(text, "published")!,
          };
        }),
    );
}

/** Every (locale, chart) pair some edition cites: each has an embed, oEmbed and downloads. */
export function publishedCharts(): { locale: Locale; id: string; story: string }[] {
  const pairs = new Map<string, { locale: Locale; id: string; story: string }>();
  for (const e of [...editions()].sort((a, b) => a.slug.localeCompare(b.slug)))
    for (const id of e.charts)
      if (!pairs.has(`${e.locale}/${id}`))
        pairs.set(`${e.locale}/${id}`, { locale: e.locale, id, story: e.slug });
  return locales.flatMap((locale) => [...pairs.values()].filter((p) => p.locale === locale));
}

/** The locales with at least one edition: each has a home page, `/<locale>/`, in the site's locale order. */
export const homeLocales = (): Locale[] => locales.filter((l) => editions().some((e) => e.locale === l));

/** The story slugs, each once. */
export const storySlugs = (): string[] => [...new Set(editions().map((e) => e.slug))].sort();

/** The charts one edition cites. */
export const chartsOf = (slug: string, locale: Locale): string[] =>
  editions().find((e) => e.slug === slug && e.locale === locale)?.charts ?? [];

/** Every frozen version's embed page (locale, chart, number), from src/charts/<id>/versions.json. */
export function publishedVersions(dir = "src/charts"): { locale: Locale; id: string; number: number }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const file = join(dir, d.name, "versions.json");
      if (!existsSync(file)) return [];
      const { versions } = JSON.parse(readFileSync(file, "utf8")) as {
        versions: { number: number; locales: Locale[] }[];
      };
      return versions.flatMap((v) => v.locales.map((locale) => ({ locale, id: d.name, number: v.number })));
    });
}
