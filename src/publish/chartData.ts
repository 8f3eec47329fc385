import { csvFormat } from "d3";
import { chartById, type ChartId } from "../charts/index.ts";
import type { Locale } from "../i18n/index.ts";
import type { Dataset, FigureRecord } from "../schemas/dataset.ts";
import { alternativeCell } from "../lib/provenance.ts";

/** One row of a chart's downloadable data: the record, flattened, with its source and licence. */
export function dataRows(
  id: ChartId,
  dataset: Dataset,
  locale: Locale,
  /** Corrections and updates that touched the chart: each row names those that touched its figure. */
  log: readonly { date: string; kind: string; text: string; figures: string[] }[] = [],
): Record<string, string | number>[] {
  const spec = chartById(id);
  const cited = spec.cited(dataset.records);
  const citedIds = new Set(cited.map((r) => r.id));
  // The chart's own columns (the map's distances), in every row, empty where a record has none.
  const own = spec.columns?.(dataset.records) ?? new Map<string, Record<string, string | number>>();
  const ownKeys = [...new Set([...own.values()].flatMap((columns) => Object.keys(columns)))];
  return cited.map((r: FigureRecord) => ({
    id: r.id,
    label: spec.recordLabel(r, locale),
    period: r.period ?? "",
    unit: r.unit,
    value:
      typeof r.value === "number"
        ? r.value
        : r.value === null
          ? ""
          : r.unit === "coordinates"
            ? ""
            : JSON.stringify(r.value),
    not_disclosed: r.value === null ? "true" : "",
    lat: r.unit === "coordinates" ? r.value.lat : "",
    lon: r.unit === "coordinates" ? r.value.lon : "",
    ...Object.fromEntries(ownKeys.map((key) => [key, own.get(r.id)?.[key] ?? ""])),
    qualifier: r.qualifier ?? "",
    status: r.status,
    formula: r.formula ?? "",
    note: r.note ?? "",
    source_name: r.source.name,
    source_url: r.source.url,
    // The copy or report the figure was read in, and other sources' differing figures.
    via_name: r.via?.name ?? "",
    via_url: r.via?.url ?? "",
    via_date: r.via?.date ?? "",
    preliminary: r.preliminary ? "true" : "",
    alternatives: alternativeCell(r, locale),
    alternatives_urls: (r.alternatives ?? []).map((a) => a.source.url).join(" | "),
    // An entry names the rows of the figures it touched; one that touched none of this chart's
    // figures (a chart-wide correction) is carried on every row.
    corrected: log
      .filter((c) => c.figures.includes(r.id) || !c.figures.some((f) => citedIds.has(f)))
      .map((c) => `${c.date} ${c.kind}: ${c.text}`)
      .join(" | "),
    source_date: r.source.date ?? "",
    licence: dataset.licence,
  }));
}

/** The chart's data as CSV (RFC 4180 quoting by d3-dsv). */
export function dataCsv(
  id: ChartId,
  dataset: Dataset,
  locale: Locale,
  log: Parameters<typeof dataRows>[3] = [],
): string {
  const rows = dataRows(id, dataset, locale, log);
  const columns = Object.keys(rows[0]!).filter((key) => rows.some((row) => row[key] !== ""));
  return csvFormat(rows, columns) + "\n";
}

/**
 * The chart's data as JSON: the dataset's description and licence with the records it draws, and
 * the dated corrections and updates that touched the chart (oldest first).
 */
export function dataJson(
  id: ChartId,
  dataset: Dataset,
  corrections: readonly {
    date: string;
    kind: string;
    text: string;
    figures: string[];
    /** The published figures the entry changed, old and new, with the sentence readers see. */
    changes?: unknown[];
  }[] = [],
): string {
  const spec = chartById(id);
  const derived = spec.derived?.(dataset.records);
  return (
    JSON.stringify(
      {
        chart: id,
        dataset: dataset.id,
        title: dataset.title,
        description: dataset.description,
        licence: dataset.licence,
        records: spec.cited(dataset.records),
        corrections: corrections.map(({ date, kind, text, figures, changes }) => ({
          date,
          kind,
          text,
          figures,
          ...(changes?.length ? { changes } : {}),
        })),
        ...(derived ? { derived } : {}),
      },
      null,
      2,
    ) + "\n"
  );
}
