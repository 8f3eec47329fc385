import { z } from "zod";
import { isoDate, sourceSchema } from "./dataset.ts";

/** A dated note or correction shown at the end of a story. */
export const noteSchema = z.object({
  date: isoDate,
  /** Plain text, in the story's language. */
  text: z.string().min(1, "expected the note's text"),
});

/** Frontmatter of a story edition (`src/stories/<story>/<locale>.mdx`). */
export const storySchema = z
  .object({
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
    locale: z.enum(["en", "de", "zh"], { error: "expected a locale: en, de or zh" }),
    /** URL segment shared by all editions of the story. */
    slug: z.string().regex(/^[a-z0-9-]+$/, "expected a lowercase slug such as hefei-deals"),
    published: isoDate,
    updated: isoDate.optional(),
    /** Ids of the datasets (src/data/<id>.json) the story draws on. */
    datasets: z.array(z.string().min(1)).min(1, "expected at least one dataset id"),
    sources: z.array(sourceSchema).min(1, "expected at least one source"),
    notes: z.array(noteSchema).default([]),
    corrections: z.array(noteSchema).default([]),
  })
  .superRefine((story, ctx) => {
    if (story.updated && story.updated < story.published) {
      ctx.addIssue({ code: "custom", path: ["updated"], message: "expected a date on or after published" });
    }
  });

export type Story = z.infer<typeof storySchema>;
