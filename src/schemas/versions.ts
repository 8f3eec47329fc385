import { z } from "zod";
import { describeIssues, DataError } from "./errors.ts";

// A locale tag; whether it has a catalogue is checked where catalogues are known (src/publish/versions.ts),
// so that scripts run by plain Node (publish-chart) can read manifests too.
const localeKey = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "expected a locale tag such as en");

const figureState = z.looseObject({
  value: z.unknown(),
  unit: z.string(),
  status: z.string(),
  source: z.looseObject({ name: z.string(), url: z.string() }),
});

/** A published figure a version changed: what the previous version showed, and what this one shows. */
const figureChangeSchema = z.object({
  id: z.string().min(1, "expected the record id"),
  before: figureState,
  after: figureState.nullable(),
});

/** One published, frozen state of a chart: public/embed/<locale>/<chart-id>/v<number>/. */
export const versionSchema = z.object({
  /** 1, 2, 3…: the `v<N>` of its URL. */
  number: z.number().int().positive("expected a version number from 1"),
  /** The day it was published (YYYY-MM-DD). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD"),
  /** The locales it was frozen in. */
  locales: z.array(localeKey).min(1, "expected at least one locale"),
  /** Its embed page's real height at 720 px, per locale, measured in Chromium when frozen. */
  heights: z.partialRecord(localeKey, z.number().int().positive("expected a height in pixels")),
  /** Per locale, the logged corrections and updates that led to this version (none for v1). */
  changes: z.partialRecord(localeKey, z.string().min(1, "expected the correction text")).default({}),
  /** The published figures this version changed: each as the previous version showed it and as now (null: removed). */
  figures: z.array(figureChangeSchema).default([]),
});

/** A chart's published versions, oldest first: src/charts/<chart-id>/versions.json. */
export const versionsSchema = z.object({
  chart: z.string().regex(/^[a-z0-9-]+$/, "expected the chart id"),
  versions: z.array(versionSchema).min(1, "expected at least one version"),
});

export type ChartVersion = z.output<typeof versionSchema>;
export type ChartVersions = z.output<typeof versionsSchema>;

/** Validates a parsed versions.json, or throws naming the file and field. */
export function parseVersions(input: unknown, file: string): ChartVersions {
  const result = versionsSchema.safeParse(input);
  if (!result.success) throw new DataError(describeIssues(file, result.error, input));
  const { versions } = result.data;
  versions.forEach((v, i) => {
    if (v.number !== i + 1)
      throw new DataError(
        `${file}: versions[${i}].number: expected ${i + 1} (versions are numbered in order)`,
      );
  });
  return result.data;
}
