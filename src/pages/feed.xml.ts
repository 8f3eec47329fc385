import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { fill, locales, messages } from "../i18n/index.ts";
import { site as siteConfig } from "../lib/site.ts";
import { bylineOf } from "../publish/editions.ts";
import { storyText } from "../publish/facts.ts";
import { paths } from "../lib/embed.ts";
import { escapeMarkup } from "../lib/markup.ts";
import { formatDate } from "../lib/format.ts";
import { byDate, isoDateTime, lastModified } from "../publish/meta.ts";

/** An Atom feed of every story edition, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const m = messages(locales[0]);
  const stories = (await getCollection("stories")).sort((a, b) =>
    b.data.published.localeCompare(a.data.published),
  );
  const updatedOf = (s: (typeof stories)[number]) => lastModified(s.data);
  const feedUpdated = stories.map(updatedOf).sort().at(-1) ?? "1970-01-01";
  const texts = await Promise.all(stories.map(storyText));
  const entries = stories.map((story, i) => {
    const { title, dek: summary } = texts[i]!;
    const href = new URL(paths.story(story.data.locale, story.data.slug), site).href;
    // The content repeats the summary and, when there are any, the corrections and updates.
    const t = messages(story.data.locale);
    const log = byDate(story.data.corrections).map(
      (c) =>
        `${c.kind === "correction" ? t.ui.correctionLabel : t.ui.updateLabel}${t.punctuation.comma}` +
        `${formatDate(c.date, story.data.locale)}${t.punctuation.colon}${c.text}`,
    );
    const content = [summary, ...log].join("\n\n");
    return [
      `<entry xml:lang="${messages(story.data.locale).intlLocale}">`,
      `<title>${escapeMarkup(title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeMarkup(href)}"/>`,
      `<id>${escapeMarkup(href)}</id>`,
      `<published>${isoDateTime(story.data.published)}</published>`,
      `<updated>${isoDateTime(updatedOf(story))}</updated>`,
      ...bylineOf(story).map((name) => `<author><name>${escapeMarkup(name)}</name></author>`),
      `<summary>${escapeMarkup(summary)}</summary>`,
      `<content type="text">${escapeMarkup(content)}</content>`,
      `</entry>`,
    ].join("");
  });
  const body =
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">` +
    `<title>${escapeMarkup(fill(m.ui.feedTitle, { site: siteConfig.name }))}</title><id>${escapeMarkup(new URL("/", site).href)}</id>` +
    `<link rel="self" href="${escapeMarkup(new URL("/feed.xml", site).href)}"/><link rel="alternate" href="${escapeMarkup(new URL("/", site).href)}"/>` +
    `<updated>${isoDateTime(feedUpdated)}</updated>\n${entries.join("\n")}\n</feed>\n`;
  return new Response(body, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
};
