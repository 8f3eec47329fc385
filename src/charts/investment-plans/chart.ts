import { messages } from "../../i18n/index.ts";
import type { FigureRecord } from "../../schemas/dataset.ts";
import { labelFrom, recordTable } from "../kit/table.ts";
import type { ChartSpec } from "../kit/types.ts";
import { seriesTree } from "../kit/explore/seriesTree.ts";
import { finding, guessEditions, investmentData, investmentPlans } from "./investmentPlans.ts";
import { texts } from "./texts.ts";
import { fill } from "../../i18n/index.ts";

const cited = (records: readonly FigureRecord[]) => investmentData(records).points.map((p) => p.record);
const recordLabel = labelFrom(texts);

/** Plans to increase investment, survey by survey: the reader guesses first, then sees the data. */
const chart: ChartSpec = {
  id: "investment-plans",
  file: "src/charts/investment-plans/chart.ts",
  dataset: "business-confidence-survey",
  locales: texts.locales,
  render: investmentPlans,
  title: (_records, locale) => texts.text(locale).title,
  subtitle: (_records, locale) => texts.text(locale).subtitle,
  notes(records, locale) {
    const secondary = cited(records).filter((r) => r.status === "secondary");
    const [gaps, uncertain] = texts.text(locale).notes;
    const editions = secondary.map((r) => r.period ?? "").join(messages(locale).punctuation.list);
    return [gaps!, ...(secondary.length ? [fill(uncertain!, { latest: editions })] : [])];
  },
  table: (records, locale) => recordTable(cited(records), locale, recordLabel),
  cited,
  recordLabel,
  explore(records, locale) {
    const { editions, points } = investmentData(records);
    return seriesTree(
      {
        type: "line",
        title: texts.text(locale).title,
        finding: finding(records, locale),
        periods: editions,
        series: [{ name: texts.text(locale).series, records: points.map((p) => p.record) }],
        label: (record) => recordLabel(record, locale),
      },
      locale,
    );
  },
  guess(records, locale) {
    const { guess, uncertain } = texts.text(locale);
    return {
      locale: messages(locale).intlLocale,
      editions: guessEditions(records),
      texts: { ...guess, uncertain },
    };
  },
};

export default chart;
