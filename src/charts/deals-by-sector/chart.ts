import { fill, messages } from "../../i18n/index.ts";
import { formatFigure } from "../../lib/format.ts";
import type { FigureRecord } from "../../schemas/dataset.ts";
import { labelFrom, recordTable } from "../kit/table.ts";
import type { ChartSpec } from "../kit/types.ts";
import { dealsBySector } from "./dealsBySector.ts";
import { dealsData } from "./dealsData.ts";
import { dealsTree } from "./explore.ts";
import { texts } from "./texts.ts";

const cited = (records: readonly FigureRecord[]) => {
  const d = dealsData(records);
  return [d.count, d.valueCny, d.valueUsd, ...d.sectors.map((s) => s.record)] as FigureRecord[];
};
const recordLabel = labelFrom(texts);

/** The 28 deals as units, and the sectors they covered (split not disclosed). */
const chart: ChartSpec = {
  id: "deals-by-sector",
  file: "src/charts/deals-by-sector/chart.ts",
  dataset: "conference",
  locales: texts.locales,
  render: dealsBySector,
  title(records, locale) {
    const d = dealsData(records);
    const t = texts.text(locale);
    return fill(d.disclosed ? t.titleDisclosed : t.title, {
      n: formatFigure(d.count, locale),
      k: new Intl.NumberFormat(messages(locale).intlLocale).format(d.sectors.length),
    });
  },
  subtitle: (_records, locale) => texts.text(locale).subtitle,
  notes(records, locale) {
    const rate = records.find((r) => r.id === "deals.implied-rate");
    return texts
      .text(locale)
      .notes.map((note) => fill(note, { rate: rate ? formatFigure(rate, locale) : "" }));
  },
  table: (records, locale) => recordTable(cited(records), locale, recordLabel),
  cited,
  recordLabel,
  explore: (records, locale) =>
    dealsTree(
      dealsData(records),
      chart.title(records, locale),
      chart.subtitle(records, locale),
      (record) => recordLabel(record, locale),
      locale,
    ),
};

export default chart;
