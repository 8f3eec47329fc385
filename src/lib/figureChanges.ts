import { messages, type Locale } from "../i18n/index.ts";
import type { FigureRecord } from "../schemas/dataset.ts";
import { formatDate, formatFigure } from "./format.ts";

/** What a published figure is, for the comparison: value, unit, period, status and source. */
export interface FigureState {
  value: unknown;
  unit: string;
  period?: string | undefined;
  status: string;
  qualifier?: string | undefined;
  source: { name: string; url: string; date?: string | undefined };
  /** Item labels of a `list` figure: kept to print it, never compared (they are translations). */
  items?: Record<string, Record<string, string>> | undefined;
}

/** One figure that differs between a published version and now; `after` is null for a removed figure. */
export interface FigureChange {
  id: string;
  before: FigureState;
  after: FigureState | null;
}

/** The fields of a record that readers were shown, and that may not change without a logged entry. */
export function figureState(record: FigureRecord | FigureState, withItems = false): FigureState {
  const { value, unit, period, status, qualifier, source, items } = record as FigureState;
  return {
    ...(withItems && items !== undefined ? { items } : {}),
    value,
    unit,
    ...(period !== undefined ? { period } : {}),
    status,
    ...(qualifier !== undefined ? { qualifier } : {}),
    source: {
      name: source.name,
      url: source.url,
      ...(source.date !== undefined ? { date: source.date } : {}),
    },
  };
}

const same = (a: FigureState, b: FigureState) =>
  JSON.stringify(figureState(a)) === JSON.stringify(figureState(b));

/**
 * The figures of a published version (its frozen JSON download's records) that differ from the
 * records drawn now, in the published order: changed, or removed. Figures added since are not
 * changes to anything readers saw.
 */
export function figureChanges(
  published: readonly (FigureRecord | (FigureState & { id: string }))[],
  current: readonly FigureRecord[],
): FigureChange[] {
  const now = new Map(current.map((r) => [r.id, r]));
  return published.flatMap((old) => {
    const record = now.get(old.id);
    if (record && same(old, record)) return [];
    return [{ id: old.id, before: figureState(old, true), after: record ? figureState(record, true) : null }];
  });
}

/** Which fields differ between two states, in reading order: value, unit, period, status, qualifier, source. */
export function changedFields(change: FigureChange): string[] {
  const { before, after } = change;
  if (!after) return ["removed"];
  const fields = ["value", "unit", "period", "status", "qualifier", "source"] as const;
  return fields.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

/** A state printed as prose prints the figure ("over 6.8 billion yuan"). */
const printed = (state: FigureState, id: string, locale: Locale) =>
  formatFigure({ id, label: id, items: {}, ...state } as unknown as FigureRecord, locale);

/**
 * What readers see of a change, in their language: `28 → 27 (Xinhua, June 26, 2025)`, then any
 * change of status or source; `label` names the figure when there are several.
 */
export function describeFigureChange(change: FigureChange, locale: Locale, label?: string): string {
  const m = messages(locale);
  const { before, after } = change;
  const lead = label ? `${label}${m.punctuation.colon}` : "";
  if (!after) return `${lead}${printed(before, change.id, locale)} → ${m.ui.figureRemoved}`;
  const fields = changedFields(change);
  const valueChanged = fields.some((f) => f === "value" || f === "unit" || f === "qualifier");
  const value = valueChanged
    ? `${printed(before, change.id, locale)} → ${printed(after, change.id, locale)}`
    : printed(after, change.id, locale);
  const cite = [
    fields.includes("source") ? `${before.source.name} → ${after.source.name}` : after.source.name,
    ...(after.source.date ? [formatDate(after.source.date, locale)] : []),
  ].join(m.punctuation.comma);
  const more = [
    ...(fields.includes("period")
      ? [`${m.table.period}${m.punctuation.colon}${before.period ?? "–"} → ${after.period ?? "–"}`]
      : []),
    ...(fields.includes("status")
      ? [
          `${m.table.status}${m.punctuation.colon}${m.status[before.status as keyof typeof m.status]} → ${m.status[after.status as keyof typeof m.status]}`,
        ]
      : []),
  ];
  return `${lead}${value} (${cite})${more.map((part) => `${m.punctuation.semicolon}${part}`).join("")}`;
}
