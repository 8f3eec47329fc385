import type { APIRoute } from "astro";
import type { CollectionEntry } from "astro:content";
import { shareCardPaths, shareCardPng } from "../../../publish/shareCard.ts";

export const getStaticPaths = shareCardPaths;

/** A story's share image at half size (600×315): the picture on its card on the home pages. */
export const GET: APIRoute = ({ props }) =>
  shareCardPng((props as { story: CollectionEntry<"stories"> }).story, 0.5);
