import { z } from "zod";
import { seriesColors } from "../palette.ts";
import { chartTextShape } from "../texts.ts";

/** The standard chart types a chart.json can declare. */
export const chartTypes = ["line", "bar", "grouped-bar", "stacked-bar", "dot"] as const;
/** Units a declared chart can draw: numbers on one axis. */
export const drawableUnits = ["count", "percent", "percent-change", "CNY", "USD", "EUR"] as const;

/** A declared chart's texts in one locale. */
export const declaredTextSchema = z.object({
  ...chartTextShape,
  /** What the chart shows, in one or two sentences: its text alternative. May cite `{fact:id}`. */
  finding: z
    .string({ error: "expected the finding: the sentence a screen reader hears instead of the chart" })
    .min(1, "expected the finding: the sentence a screen reader hears instead of the chart"),
  /** Each series' name as the key and tooltips show it, by series id. */
  series: z.record(z.string(), z.string().min(1), {
    error: 'expected series labels, e.g. "series": { "trade-de-cn": "China" }',
  }),
});

/** `src/charts/<id>/chart.json`: a standard chart declared in data, drawn with Observable Plot. */
export const declarationSchema = z.object({
  /** Optional pointer to the JSON schema, for editors. */
  $schema: z.string().optional(),
  /** line, bar (one series), grouped-bar, stacked-bar or dot (a dot plot; a dumbbell with two series). */
  type: z.enum(chartTypes, { error: `expected a chart type: ${chartTypes.join(", ")}` }),
  /** Id of the dataset in src/data/ whose records it draws. */
  dataset: z.string().regex(/^[a-z0-9-]+$/, "expected a dataset id such as context"),
  /** The unit every drawn record must have. */
  unit: z.enum(drawableUnits, { error: `expected a unit: ${drawableUnits.join(", ")}` }),
  /** The periods along the axis, in order. A period a series has no record for is a gap, never a zero. */
  periods: z.array(z.string().min(1)).min(1, "expected at least one period"),
  /** The series drawn (records with this `series` in the dataset), each with a palette colour. */
  series: z
    .array(
      z.object({
        id: z.string().min(1, "expected a series id"),
        color: z.enum(seriesColors, { error: `expected a palette colour: ${seriesColors.join(", ")}` }),
      }),
      { error: 'expected a list of series: [{ "id": "trade-de-cn", "color": "china" }]' },
    )
    .min(1, "expected at least one series"),
  /** The texts by locale: { "en": { title, subtitle, finding, notes, series } }. */
  texts: z.record(z.string(), z.unknown()),
});

export type Declaration = z.infer<typeof declarationSchema>;
export type DeclaredText = z.infer<typeof declaredTextSchema>;
