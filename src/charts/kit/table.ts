import { messages, type Locale } from "../../i18n/index.ts";
import { formatFigure } from "../../lib/format.ts";
import { alternativeCell, sourceName } from "../../lib/provenance.ts";
import type { FigureRecord } from "../../schemas/dataset.ts";
import type { ChartTable } from "./types.ts";

/**
 * The standard table of a chart's records: label, period, value, status, source (with the copy a
 * figure was read in), and other sources' differing figures when any record has them.
 */
export function recordTable(
  records: readonly FigureRecord[],
  locale: Locale,
  label: (record: FigureRecord, locale: Locale) => string,
): ChartTable {
  const m = messages(locale);
  const others = records.some((r) => r.alternatives);
  return {
    columns: [
      m.table.figure,
      m.table.period,
      m.table.value,
      m.table.status,
      m.table.source,
      ...(others ? [m.table.other] : []),
    ],
    rows: records.map((r) => ({
      cells: [
        label(r, locale),
        r.period ?? "",
        formatFigure(r, locale),
        m.status[r.status],
        sourceName(r.via ? { ...r.source, via: r.via } : r.source, locale),
        ...(others ? [alternativeCell(r, locale)] : []),
      ],
      status: r.status,
    })),
  };
}

/** A record's label from a chart's texts (`records`), else the dataset's own English label. */
export const labelFrom =
  (texts: { text(locale: Locale): { records: Record<string, string> } }) =>
  (record: FigureRecord, locale: Locale): string =>
    texts.text(locale).records[record.id] ?? record.label;
