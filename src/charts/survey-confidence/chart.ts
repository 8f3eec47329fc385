import { fill, messages } from "../../i18n/index.ts";
import { formatFigure } from "../../lib/format.ts";
import type { FigureRecord } from "../../schemas/dataset.ts";
import { labelFrom, recordTable } from "../kit/table.ts";
import type { ChartSpec } from "../kit/types.ts";
import { surveyConfidence } from "./surveyConfidence.ts";
import { surveyData } from "../survey/surveyData.ts";
import { texts } from "./texts.ts";
import { seriesTree } from "../kit/explore/seriesTree.ts";
import { counted, exploreWords, recordSentence, sentences } from "../kit/explore/words.ts";

const cited = (records: readonly FigureRecord[]) => {
  const d = surveyData(records);
  return [...d.headline.map((h) => h.record), ...d.series.flatMap((s) => s.points.map((p) => p.record))];
};
const recordLabel = labelFrom(texts);

/** The Business Confidence Survey: the headline edition, then two measures across editions. */
const chart: ChartSpec = {
  id: "survey-confidence",
  file: "src/charts/survey-confidence/chart.ts",
  dataset: "business-confidence-survey",
  locales: texts.locales,
  render: surveyConfidence,
  title: (_records, locale) => texts.text(locale).title,
  subtitle: (_records, locale) => texts.text(locale).subtitle,
  notes(records, locale) {
    const d = surveyData(records);
    const points = d.series.flatMap((s) => s.points);
    const secondary = points.filter((p) => p.record.status === "secondary");
    const around = points.find((p) => p.record.qualifier);
    return texts.text(locale).notes.map((note) =>
      fill(note, {
        latest: [...new Set(secondary.map((p) => p.edition))].join(messages(locale).punctuation.list),
        aroundEdition: around?.edition ?? "",
        aroundValue: around ? formatFigure(around.record, locale) : "",
      }),
    );
  },
  table: (records, locale) => recordTable(cited(records), locale, recordLabel),
  cited,
  recordLabel,
  explore(records, locale) {
    const d = surveyData(records);
    const t = texts.text(locale);
    const w = exploreWords(locale);
    const label = (record: FigureRecord) => recordLabel(record, locale);
    return seriesTree(
      {
        type: "line",
        title: t.title,
        finding: t.subtitle,
        periods: d.editions,
        before: [
          {
            text: sentences(
              [
                fill(w.group, {
                  name: fill(t.survey.headlineHeading, { edition: d.headlineEdition }),
                  items: counted(d.headline.length, w.items, locale),
                }),
              ],
              locale,
            ),
            children: d.headline.map((h) => ({ text: recordSentence(h.record, label(h.record), locale) })),
          },
        ],
        series: d.series.map((s) => ({
          name: t.survey.seriesLabel[s.measure] ?? s.measure,
          records: s.points.map((p) => p.record),
        })),
        label,
      },
      locale,
    );
  },
};

export default chart;
