import { z } from "zod";
import { isoDate, sourceSchema } from "./dataset.ts";
import { locales } from "../i18n/index.ts";

/** A dated note shown at the end of a story. */
export const noteSchema = z.object({
  date: isoDate,
  /** Plain text, in the story's language. */
  text: z.string().min(1, "expected the note's text"),
});

/**
 * One entry of a story edition's corrections and updates log: a `correction` fixes something that
 * was wrong (shown dated at the top of the story and on the embeds of the charts it touched); an
 * `update` adds or refreshes something (shown at the foot, beside the notes).
 */
export const correctionSchema = z.object(
  {
    /** The day the change was published: never after the day of the build. */
    date: isoDate.refine((date) => date <= new Date().toISOString().slice(0, 10), {
      error: (issue) =>
        `${String(issue.input)} is after the build day (${new Date().toISOString().slice(0, 10)}): log an entry on the day it is published`,
    }),
    kind: z.enum(["correction", "update"], { error: "expected a kind: correction or update" }),
    /** What changed, in one sentence in the story's language. */
    text: z.string({ error: "expected the text: one sentence saying what changed" }).min(1, {
      error: "expected the text: one sentence saying what changed",
    }),
    /** Ids of the charts the change touched (src/charts): their embeds and downloads carry it. */
    charts: z.array(z.string().min(1)).default([]),
    /** Ids of the records the change touched (src/data/*.json). */
    figures: z.array(z.string().min(1)).default([]),
  },
  { error: "expected a correction: { date, kind, text, charts?, figures? }" },
);

/** A validated entry of the corrections and updates log. */
export type Correction = z.output<typeof correctionSchema>;

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
  /** Authors, as printed; default: the site's byline in this locale (src/site.config.ts). */
  byline: z.array(z.string().min(1)).min(1, "expected at least one author").optional(),
  /** One of the locales with a message catalogue (src/i18n). */
  locale: z.enum(locales, { error: `expected a locale: ${locales.join(", ")}` }),
  /** URL segment shared by all editions of the story. */
  slug: z.string().regex(/^[a-z0-9-]+$/, "expected a lowercase slug such as my-story"),
  published: isoDate,
  updated: isoDate.optional(),
  /** The chart the share image shows (a folder in src/charts/); default: the first chart the story cites. */
  shareChart: z
    .string()
    .regex(/^[a-z0-9-]+$/, "expected a chart id: the name of a folder in src/charts/")
    .optional(),
  /** Ids of the datasets (src/data/<id>.json) the story draws on. */
  datasets: z.array(z.string().min(1)).min(1, "expected at least one dataset id"),
  sources: z.array(sourceSchema).min(1, "expected at least one source"),
  notes: z.array(noteSchema).default([]),
  /** Corrections and updates, oldest first or in any order; see `correctionSchema`. */
  corrections: z.array(correctionSchema).default([]),
};

/** What a story's references are checked against: the chart folders and the datasets' record ids. */
export interface KnownIds {
  chartIds: readonly string[];
  figureIds: ReadonlySet<string>;
}

/**
 * Checks across fields: an update cannot predate publication, nor a correction; a correction may
 * only name existing charts and figures. The ids come from the caller (src/content.config.ts),
 * so that schemas, below the charts, import none of them.
 */
export const refineStory =
  ({ chartIds, figureIds }: KnownIds) =>
  (
    story: {
      published: string;
      updated?: string | undefined;
      corrections?: { date: string; charts: string[]; figures: string[] }[];
    },
    ctx: z.RefinementCtx,
  ): void => {
    if (story.updated && story.updated < story.published) {
      ctx.addIssue({ code: "custom", path: ["updated"], message: "expected a date on or after published" });
    }
    (story.corrections ?? []).forEach((correction, i) => {
      if (correction.date < story.published) {
        ctx.addIssue({
          code: "custom",
          path: ["corrections", i, "date"],
          message: `expected a date on or after published (${story.published})`,
        });
      }
      const charts = chartIds;
      correction.charts.forEach((id, j) => {
        if (!charts.includes(id)) {
          ctx.addIssue({
            code: "custom",
            path: ["corrections", i, "charts", j],
            message: `unknown chart id "${id}": expected one of ${charts.join(", ")}`,
          });
        }
      });
      correction.figures.forEach((id, j) => {
        if (!figureIds.has(id)) {
          ctx.addIssue({
            code: "custom",
            path: ["corrections", i, "figures", j],
            message: `unknown figure id "${id}": expected a record id from src/data/*.json`,
          });
        }
      });
    });
  };
