import type { FigureRecord } from "../schemas/dataset.ts";

/** What a published figure is, for the comparison: value, unit, period, status and source. */
export interface FigureState {
  value: unknown;
  unit: string;
  period?: string | undefined;
  status: string;
  qualifier?: string | undefined;
  source: { name: string; url: string; date?: string | undefined };
}

/** One figure that differs between a published version and now; `after` is null for a removed figure. */
export interface FigureChange {
  id: string;
  before: FigureState;
  after: FigureState | null;
}

/** The fields of a record that readers were shown, and that may not change without a logged entry. */
export function figureState(record: FigureRecord | FigureState): FigureState {
  const { value, unit, period, status, qualifier, source } = record as FigureState;
  return {
    value,
    unit,
    ...(period !== undefined ? { period } : {}),
    status,
    ...(qualifier !== undefined ? { qualifier } : {}),
    source: { name: source.name, url: source.url, ...(source.date !== undefined ? { date: source.date } : {}) },
  };
}

const same = (a: FigureState, b: FigureState) => JSON.stringify(figureState(a)) === JSON.stringify(figureState(b));

/**
 * The figures of a published version (its frozen JSON download's records) that differ from the
 * records drawn now, in the published order: changed, or removed. Figures added since are not
 * changes to anything readers saw.
 */
export function figureChanges(
  published: readonly (FigureRecord | FigureState & { id: string })[],
  current: readonly FigureRecord[],
): FigureChange[] {
  const now = new Map(current.map((r) => [r.id, r]));
  return published.flatMap((old) => {
    const record = now.get(old.id);
    if (record && same(old, record)) return [];
    return [{ id: old.id, before: figureState(old), after: record ? figureState(record) : null }];
  });
}

/** Which fields differ between two states, in reading order: value, unit, period, status, qualifier, source. */
export function changedFields(change: FigureChange): string[] {
  const { before, after } = change;
  if (!after) return ["removed"];
  const fields = ["value", "unit", "period", "status", "qualifier", "source"] as const;
  return fields.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}
