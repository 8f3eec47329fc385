import { fill, messages, type Locale } from "../i18n/index.ts";
import { formatFigure, formatValue } from "../lib/format.ts";
import type { FigureRecord, RecordOf, Source } from "../schemas/dataset.ts";
import { dealsBySector } from "./dealsBySector.ts";
import { dealsData } from "./dealsData.ts";
import { EARTH_RADIUS_KM, distancesFromHefei, hefeiMap } from "./hefeiMap.ts";
import { surveyConfidence } from "./surveyConfidence.ts";
import { surveyData } from "./surveyData.ts";
import type { ChartOptions } from "./svg.ts";

/** Public chart ids: embeds, downloads and oEmbed use them. */
export const chartIds = ["hefei-map", "deals-by-sector", "survey-confidence"] as const;
export type ChartId = (typeof chartIds)[number];

/** A chart's data table: header cells and rows of text, each row with its record's status. */
export interface ChartTable {
  columns: string[];
  rows: { cells: string[]; status: FigureRecord["status"] }[];
}

/** Everything a figure, an embed or a download needs to know about one chart. */
export interface ChartSpec {
  id: ChartId;
  /** The dataset whose records it draws. */
  dataset: string;
  /** Slug of the story the chart belongs to (embeds link back to it). */
  story: string;
  render(records: readonly FigureRecord[], options: ChartOptions): SVGSVGElement;
  title(records: readonly FigureRecord[], locale: Locale): string;
  subtitle(locale: Locale): string;
  notes(records: readonly FigureRecord[], locale: Locale): string[];
  table(records: readonly FigureRecord[], locale: Locale): ChartTable;
  /** The records whose sources the chart's source line names. */
  cited(records: readonly FigureRecord[]): FigureRecord[];
}

const text = (locale: Locale, id: ChartId) => messages(locale).charts[id]!;
const statusLabel = (record: FigureRecord, locale: Locale) => messages(locale).status[record.status];

/** A record's label in a locale: the catalogue's translation, else the dataset's own label. */
export const recordLabel = (record: FigureRecord, locale: Locale): string =>
  messages(locale).recordLabels[record.id] ?? record.label;

function recordTable(records: readonly FigureRecord[], locale: Locale): ChartTable {
  const t = messages(locale).table;
  return {
    columns: [t.figure, t.period, t.value, t.status, t.source],
    rows: records.map((r) => ({
      cells: [
        recordLabel(r, locale),
        r.period ?? "",
        formatFigure(r, locale),
        statusLabel(r, locale),
        r.source.name,
      ],
      status: r.status,
    })),
  };
}

/** The records that are places on the map. */
export const places = (records: readonly FigureRecord[]) =>
  records.filter((r): r is RecordOf<"coordinates"> => r.unit === "coordinates");

const dealsRecords = (records: readonly FigureRecord[]) => {
  const d = dealsData(records);
  return [d.count, d.valueCny, d.valueUsd, ...d.sectors.map((s) => s.record)];
};

const surveyRecords = (records: readonly FigureRecord[]) => {
  const d = surveyData(records);
  return [...d.headline.map((h) => h.record), ...d.series.flatMap((s) => s.points.map((p) => p.record))];
};

/** The three charts of the story, by id. */
export const charts: Record<ChartId, ChartSpec> = {
  "hefei-map": {
    id: "hefei-map",
    story: "hefei-deals",
    dataset: "places",
    render: (records, options) => hefeiMap(places(records), options),
    title: (_records, locale) => text(locale, "hefei-map").title,
    subtitle: (locale) => text(locale, "hefei-map").subtitle,
    notes: (_records, locale) =>
      [
        ...text(locale, "hefei-map").notes.map((note) =>
          fill(note, { radius: new Intl.NumberFormat(messages(locale).intlLocale).format(EARTH_RADIUS_KM) }),
        ),
        text(locale, "hefei-map").credit ?? "",
      ].filter(Boolean),
    table(records, locale) {
      const m = messages(locale);
      const km = new Map(distancesFromHefei(places(records)).map((d) => [d.id, d.km]));
      const n = new Intl.NumberFormat(m.intlLocale);
      return {
        columns: [m.table.place, m.table.role, m.table.coordinates, m.table.distance, m.table.source],
        rows: places(records).map((r) => ({
          cells: [
            m.place[r.id]?.name ?? r.label,
            m.place[r.id]?.role ?? "",
            formatValue(r, locale),
            km.has(r.id) ? fill(m.map.km, { v: n.format(km.get(r.id)!) }) : "",
            r.source.name,
          ],
          status: r.status,
        })),
      };
    },
    cited: (records) => places(records),
  },
  "deals-by-sector": {
    id: "deals-by-sector",
    story: "hefei-deals",
    dataset: "conference",
    render: dealsBySector,
    title(records, locale) {
      const d = dealsData(records);
      const t = text(locale, "deals-by-sector");
      return fill(d.disclosed ? (t.titleDisclosed ?? t.title) : t.title, {
        n: formatFigure(d.count, locale),
        k: new Intl.NumberFormat(messages(locale).intlLocale).format(d.sectors.length),
      });
    },
    subtitle: (locale) => text(locale, "deals-by-sector").subtitle,
    notes(records, locale) {
      const rate = records.find((r) => r.id === "deals.implied-rate");
      return text(locale, "deals-by-sector").notes.map((note) =>
        fill(note, { rate: rate ? formatFigure(rate, locale) : "" }),
      );
    },
    table: (records, locale) => recordTable(dealsRecords(records), locale),
    cited: dealsRecords,
  },
  "survey-confidence": {
    id: "survey-confidence",
    story: "hefei-deals",
    dataset: "business-confidence-survey",
    render: surveyConfidence,
    title: (_records, locale) => text(locale, "survey-confidence").title,
    subtitle: (locale) => text(locale, "survey-confidence").subtitle,
    notes(records, locale) {
      const d = surveyData(records);
      const secondary = d.series.flatMap((s) => s.points).filter((p) => p.record.status === "secondary");
      const around = d.series.flatMap((s) => s.points).find((p) => p.record.qualifier);
      return text(locale, "survey-confidence").notes.map((note) =>
        fill(note, {
          latest: [...new Set(secondary.map((p) => p.edition))].join(messages(locale).punctuation.list),
          aroundEdition: around?.edition ?? "",
          aroundValue: around ? formatFigure(around.record, locale) : "",
        }),
      );
    },
    table: (records, locale) => recordTable(surveyRecords(records), locale),
    cited: surveyRecords,
  },
};

/** Unique sources in first-cited order. */
export function sourcesOf(records: readonly FigureRecord[]): Source[] {
  const seen = new Map<string, Source>();
  for (const r of records) {
    const key = `${r.source.name}|${r.source.url}`;
    if (!seen.has(key)) seen.set(key, r.source);
  }
  return [...seen.values()];
}
