import { csvFormat } from "d3";
import { chartById, type ChartId } from "../charts/index.ts";
import type { Locale } from "../i18n/index.ts";
import type { Dataset, FigureRecord } from "../schemas/dataset.ts";

/** One row of a chart's downloadable data: the record, flattened, with its source and licence. */
export function dataRows(id: ChartId, dataset: Dataset, locale: Locale): Record<string, string | number>[] {
  const spec = chartById(id);
  const cited = spec.cited(dataset.records);
  const distances = spec.derived?.(dataset.records)?.["distancesFromHefeiKm"] as
    { id: string; km: number }[] | undefined;
  const km = new Map((distances ?? []).map((d) => [d.id, d.km]));
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
    distance_from_hefei_km_derived: km.get(r.id) ?? "",
    qualifier: r.qualifier ?? "",
    status: r.status,
    formula: r.formula ?? "",
    note: r.note ?? "",
    source_name: r.source.name,
    source_url: r.source.url,
    source_date: r.source.date ?? "",
    licence: dataset.licence,
  }));
}

/** The chart's data as CSV (RFC 4180 quoting by d3-dsv). */
export function dataCsv(id: ChartId, dataset: Dataset, locale: Locale): string {
  const rows = dataRows(id, dataset, locale);
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
  corrections: readonly { date: string; kind: string; text: string; figures: string[] }[] = [],
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
        corrections: corrections.map(({ date, kind, text, figures }) => ({ date, kind, text, figures })),
        ...(derived ? { derived } : {}),
      },
      null,
      2,
    ) + "\n"
  );
}
