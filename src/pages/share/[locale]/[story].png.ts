import type { APIRoute } from "astro";
import { getCollection, type CollectionEntry } from "astro:content";
import { shareCardPng } from "../../../publish/shareCard.ts";

export async function getStaticPaths() {
  const stories = await getCollection("stories");
  return stories.map((story) => ({
    params: { locale: story.data.locale, story: story.data.slug },
    props: { story },
  }));
}

/** A story's 1200×630 share image: headline and its share chart (the first it cites by default). */
export const GET: APIRoute = ({ props }) =>
  shareCardPng((props as { story: CollectionEntry<"stories"> }).story, 1);
