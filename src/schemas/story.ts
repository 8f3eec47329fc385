import { z } from "zod";
import { isoDate, sourceSchema } from "./dataset.ts";
import { locales } from "../i18n/index.ts";

/** A dated note or correction shown at the end of a story. */
export const noteSchema = z.object({
  date: isoDate,
  /** Plain text, in the story's language. */
  text: z.string().min(1, "expected the note's text"),
});

/** Fields of a story edition's frontmatter (`src/stories/<story>/<locale>.mdx`). */
export const storyShape = {
  /** Headline; may cite figures as `{fact:id}`. */
  title: z.string().min(1, "expected a headline"),
  /** A short label above the headline (place and date). */
  kicker: z.string().min(1).optional(),
  /** The standfirst under the headline; may cite figures as `{fact:id}`. */
  dek: z.string().min(1, "expected a dek"),
  /** Shorter text for search results and link previews (no figures). */
  description: z.string().min(1).max(200, "expected at most 200 characters"),
  /** Authors, as printed. */
  byline: z.array(z.string().min(1)).min(1, "expected at least one author"),
  /** One of the locales with a message catalogue (src/i18n). */
  locale: z.enum(locales, { error: `expected a locale: ${locales.join(", ")}` }),
  /** URL segment shared by all editions of the story. */
  slug: z.string().regex(/^[a-z0-9-]+$/, "expected a lowercase slug such as hefei-deals"),
  published: isoDate,
  updated: isoDate.optional(),
  /** The chart the share image shows (a folder in src/charts/); default: the first chart the story cites. */
  shareChart: z
    .string()
    .regex(/^[a-z0-9-]+$/, "expected a chart id such as deals-by-sector")
    .optional(),
  /** Ids of the datasets (src/data/<id>.json) the story draws on. */
  datasets: z.array(z.string().min(1)).min(1, "expected at least one dataset id"),
  sources: z.array(sourceSchema).min(1, "expected at least one source"),
  notes: z.array(noteSchema).default([]),
  corrections: z.array(noteSchema).default([]),
};

/** Checks across fields: an update cannot predate publication. */
export function refineStory(
  story: { published: string; updated?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (story.updated && story.updated < story.published) {
    ctx.addIssue({ code: "custom", path: ["updated"], message: "expected a date on or after published" });
  }
}
