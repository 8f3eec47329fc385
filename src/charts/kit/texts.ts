import { z } from "zod";
import { isLocale, locales, type Locale } from "../../i18n/index.ts";
import { missingPaths } from "../../i18n/check.ts";
import { DataError, describeIssues, parseJson } from "../../lib/validate.ts";

/** The texts every chart has in each of its locales. */
export const chartTextShape = {
  /** The chart's headline: states the finding. May cite figures as `{fact:id}`. */
  title: z
    .string({ error: "expected the chart's title" })
    .min(1, "expected the chart's title")
    .max(70, "expected at most 70 characters: the title is also the embed page's <title>"),
  /** One sentence on what is drawn and in what unit. */
  subtitle: z.string({ error: "expected a subtitle" }).min(1, "expected a subtitle"),
  /** Caveats and method notes shown under the chart. */
  notes: z.array(z.string().min(1)).default([]),
  /** Labels of the records in the chart's table and downloads, by record id (default: the dataset's label). */
  records: z.record(z.string(), z.string().min(1)).default({}),
};

/** A chart's texts, validated once, by locale. */
export interface ChartTexts<T> {
  /** Locales the chart has texts for, in the site's locale order. */
  locales: Locale[];
  /** The texts in one locale; a locale without texts throws, naming the file. */
  text(locale: Locale): T;
}

/**
 * Validates a chart's texts (`{ "en": {...}, "de": {...} }`) against `schema`: every locale must be
 * a published locale and carry every key the first one has. Problems throw a DataError naming the
 * file, the locale and the key.
 */
export function chartTexts<S extends z.ZodType>(
  file: string,
  /** The texts, parsed, or the file's text (imported with `?raw`). */
  raw: unknown,
  schema: S,
  /** Where the texts sit in the file, e.g. "texts." in a chart.json. */
  prefix = "",
): ChartTexts<z.infer<S>> {
  // A texts.json imported as text (`?raw`) is parsed here, so a syntax error names the file, line and column.
  if (typeof raw === "string") raw = parseJson(raw, file);
  if (!raw || typeof raw !== "object" || Array.isArray(raw))
    throw new DataError(`${file}: (root): expected texts by locale, e.g. { "en": { "title": ... } }`);
  const entries = Object.entries(raw as Record<string, unknown>);
  const problems: string[] = [];
  const parsed = new Map<Locale, z.infer<S>>();
  for (const [locale, value] of entries) {
    if (!isLocale(locale)) {
      problems.push(`${file}: ${prefix}${locale}: expected a locale: ${locales.join(", ")}`);
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) parsed.set(locale, result.data);
    else
      problems.push(
        describeIssues(file, result.error, value).replaceAll(`${file}: `, `${file}: ${prefix}${locale}.`),
      );
  }
  const [first] = entries;
  if (!first) problems.push(`${file}: ${prefix || "(root)"}: expected texts for at least one locale`);
  else
    for (const [locale, value] of entries.slice(1))
      for (const path of missingPaths(first[1], value))
        problems.push(`${file}: ${prefix}${locale}.${path}: missing text (present in ${first[0]})`);
  if (problems.length) throw new DataError(problems.join("\n"));
  return {
    locales: locales.filter((locale) => parsed.has(locale)),
    text(locale) {
      const text = parsed.get(locale);
      if (!text)
        throw new DataError(
          `${file}: ${prefix}${locale}: expected texts for locale "${locale}" (has ${[...parsed.keys()].join(", ")}): add a "${locale}" entry`,
        );
      return text;
    },
  };
}
