import type { FigureRecord } from "../schemas/dataset.ts";
import type { Locale } from "../i18n/index.ts";
import { formatFigure } from "./format.ts";

/**
 * Story prose may not carry hand-typed figures: after years ("2025"), survey editions
 * ("2024/25") and Chinese month/day markers are removed, no digit may remain.
 */
export function handTypedFigures(text: string): string[] {
  const withoutYears = text
    .replace(/\b(?:19|20)\d{2}(?:\/\d{2})?\b/g, "")
    // Chinese dates ("6月", "26日") are dates, not figures.
    .replace(/\d{1,2}[月日]/g, "");
  return withoutYears.match(/[^\s]*\d[^\s]*/g) ?? [];
}

const placeholder = /\{fact:([a-z0-9.-]+)\}/g;

/** Ids cited by `{fact:id}` placeholders (used in frontmatter text such as the dek). */
export function placeholderIds(text: string): string[] {
  return [...text.matchAll(placeholder)].map((match) => match[1]!);
}

/** Replaces `{fact:id}` with the formatted figure; an unknown id throws, naming it. */
export function fillFacts(
  text: string,
  facts: ReadonlyMap<string, FigureRecord>,
  locale: Locale,
  where: string,
): string {
  return text.replace(placeholder, (_whole, id: string) => {
    const record = facts.get(id);
    if (!record) throw new Error(`${where}: unknown fact id "${id}": expected an id from src/data/*.json`);
    return formatFigure(record, locale);
  });
}
