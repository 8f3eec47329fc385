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

/** A story's share image at half size (600×315): the picture on its card on the home pages. */
export const GET: APIRoute = ({ props }) =>
  shareCardPng((props as { story: CollectionEntry<"stories"> }).story, 0.5);
