import { getCollection, type CollectionEntry } from "astro:content";
import { locales, type Locale } from "../i18n/index.ts";
import { defaultByline } from "../lib/site.ts";

type Story = CollectionEntry<"stories">;

/** A story: its slug and its editions in the site's locale order (the first is its lead). */
export interface StoryEditions {
  slug: string;
  editions: Story[];
}

let grouped: Promise<Map<string, StoryEditions>> | undefined;

/**
 * Every story with its editions, grouped once per build (one pass, not one filter per page):
 * the home page, story pages, sitemap and feed all read this. In `astro dev` the content layer
 * reloads on an edit, so the grouping follows the collection's own entries.
 */
export function storyEditions(): Promise<Map<string, StoryEditions>> {
  if (import.meta.env.DEV) return group();
  grouped ??= group();
  return grouped;
}

async function group(): Promise<Map<string, StoryEditions>> {
  const bySlug = new Map<string, StoryEditions>();
  for (const story of await getCollection("stories")) {
    const entry = bySlug.get(story.data.slug) ?? { slug: story.data.slug, editions: [] };
    entry.editions.push(story);
    bySlug.set(story.data.slug, entry);
  }
  for (const entry of bySlug.values())
    entry.editions.sort((a, b) => locales.indexOf(a.data.locale) - locales.indexOf(b.data.locale));
  return bySlug;
}

/** The editions of one story, in locale order. */
export async function editionsOf(slug: string): Promise<Story[]> {
  return (await storyEditions()).get(slug)?.editions ?? [];
}

/** The locales with at least one story edition: each has a home page, `/<locale>/`. */
export async function homeLocales(): Promise<Locale[]> {
  const found = new Set(
    [...(await storyEditions()).values()].flatMap((s) => s.editions.map((e) => e.data.locale)),
  );
  return locales.filter((locale) => found.has(locale));
}

/** The home page in a locale: `/<locale>/` when it has editions, else the site's front page `/`. */
export async function homePath(locale: Locale): Promise<string> {
  return (await homeLocales()).includes(locale) ? `/${locale}/` : "/";
}

/** A story edition's authors: its frontmatter's byline, else the site's default byline in its locale. */
export const bylineOf = (story: Story): string[] => story.data.byline ?? defaultByline(story.data.locale);
