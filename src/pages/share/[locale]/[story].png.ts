import type { APIRoute } from "astro";
import type { CollectionEntry } from "astro:content";
import { shareCardPaths, shareCardPng } from "../../../publish/shareCard.ts";

export const getStaticPaths = shareCardPaths;

/** A story's 1200×630 share image: headline and its share chart (the first it cites by default). */
export const GET: APIRoute = ({ props }) =>
  shareCardPng((props as { story: CollectionEntry<"stories"> }).story, 1);
