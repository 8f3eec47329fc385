import type { CollectionEntry } from "astro:content";
import { chartById } from "../charts/index.ts";
import { locales } from "../i18n/index.ts";
import { chartDataset, shareChart } from "./chartContext.ts";
import { paths } from "../lib/embed.ts";
import { SHARE_SIZE } from "./exportChart.ts";
import { storyText } from "./facts.ts";
import type { ShareImage } from "./meta.ts";

type Story = CollectionEntry<"stories">;

/**
 * A story edition's share image: its 1200×630 card, the headline beside its share chart. The alt
 * text is that chart's title (which states its finding), or the headline for a story without charts.
 */
export async function storyShareImage(story: Story, site: URL): Promise<ShareImage> {
  const chart = shareChart(story);
  const alt = chart
    ? chartById(chart).title((await chartDataset(chart)).records, story.data.locale)
    : (await storyText(story)).title;
  return { url: new URL(paths.share(story.data.locale, story.data.slug), site).href, ...SHARE_SIZE, alt };
}

/**
 * The share image of pages that are no story (the story list, 404): the newest story's card in
 * the default locale, else in any locale; none while there is no story.
 */
export async function siteShareImage(stories: readonly Story[], site: URL): Promise<ShareImage | undefined> {
  const newest = [...stories].sort(
    (a, b) =>
      b.data.published.localeCompare(a.data.published) ||
      Number(b.data.locale === locales[0]) - Number(a.data.locale === locales[0]),
  )[0];
  return newest && storyShareImage(newest, site);
}
