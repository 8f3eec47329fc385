import type { FigureRecord, RecordOf } from "../../schemas/dataset.ts";

/** The measures of the headline panel, in reading order. */
export const HEADLINE_MEASURES = ["stay", "invest", "leaders-now", "leaders-5y"] as const;
/** The measures drawn across editions. */
export const SERIES_MEASURES = ["invest", "leaders-5y"] as const;

/** One edition's figure for one measure; editions without a figure have no point at all. */
export interface SurveyPoint {
  edition: string;
  record: RecordOf<"percent">;
}

export interface SurveyData {
  /** Every survey edition in the dataset, oldest first (from the respondents series). */
  editions: string[];
  /** The edition whose headline figures lead the chart. */
  headlineEdition: string;
  headline: { measure: (typeof HEADLINE_MEASURES)[number]; record: RecordOf<"percent"> }[];
  series: { measure: (typeof SERIES_MEASURES)[number]; points: SurveyPoint[] }[];
}

const isPercent = (r: FigureRecord): r is RecordOf<"percent"> => r.unit === "percent";

/** Shapes the Business Confidence Survey dataset for every chart drawn from it: gaps stay gaps, never zeros. */
export function surveyData(records: readonly FigureRecord[], headlineEdition = "2024/25"): SurveyData {
  const editions = records
    .filter((r) => r.series === "respondents" && r.period)
    .map((r) => r.period!)
    .sort();
  if (!editions.includes(headlineEdition))
    throw new Error(`survey chart: no edition "${headlineEdition}" in the dataset`);
  const headline = HEADLINE_MEASURES.map((measure) => {
    const record = records.find((r) => r.series === measure && r.period === headlineEdition);
    if (!record || !isPercent(record))
      throw new Error(`survey chart: expected a percent record for ${measure} in ${headlineEdition}`);
    return { measure, record };
  });
  const series = SERIES_MEASURES.map((measure) => ({
    measure,
    points: records
      .filter(isPercent)
      .filter((r) => r.series === measure && r.period && editions.includes(r.period))
      .map((record) => ({ edition: record.period!, record }))
      .sort((a, b) => a.edition.localeCompare(b.edition)),
  }));
  return { editions, headlineEdition, headline, series };
}
