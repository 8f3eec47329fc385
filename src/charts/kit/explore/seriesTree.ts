import { fill, messages, type Locale } from "../../../i18n/index.ts";
import { formatFigure } from "../../../lib/format.ts";
import type { FigureRecord } from "../../../schemas/dataset.ts";
import { isPartial, periodLabel } from "../periods.ts";
import type { ExploreNode, ExploreTree, Tone } from "./tree.ts";
import { counted, recordSentence, sentences } from "./words.ts";

/** What a chart whose data is series over periods gives the explorer. */
export interface SeriesChart {
  type: keyof ReturnType<typeof messages>["explore"]["type"];
  title: string;
  /** The chart's finding (its text alternative), read at the top. */
  finding?: string;
  /** The periods along the axis, in order: a series without a record for one has a gap there. */
  periods: readonly string[];
  series: { name: string; records: readonly FigureRecord[] }[];
  /** A record's label as the chart's data table prints it. */
  label(record: FigureRecord): string;
  /** Places read before the series, e.g. a headline panel. */
  before?: ExploreNode[];
}

const numeric = (r: FigureRecord): r is FigureRecord & { value: number } => typeof r.value === "number";

/**
 * The chart, then each series (first and last, highest and lowest, how many figures, its gaps),
 * then each period of a series: its figure as the table prints it with its status in words, or
 * the gap. Every series plays as tones on one scale, the chart's lowest to highest figure.
 */
export function seriesTree(chart: SeriesChart, locale: Locale): ExploreTree {
  const w = messages(locale).explore;
  const { list, comma } = messages(locale).punctuation;
  const all = chart.series.flatMap((s) => s.records.filter(numeric));
  if (!all.length) throw new Error(`seriesTree: "${chart.title}" has no figure to explore`);
  const low = all.reduce((a, b) => (b.value < a.value ? b : a));
  const high = all.reduce((a, b) => (b.value > a.value ? b : a));
  const period = (p: string) => periodLabel(p, locale);

  const sound: Tone[][] = [];
  const seriesNodes = chart.series.map((s, index): ExploreNode => {
    const byPeriod = new Map(s.records.map((r) => [r.period, r]));
    const tones: Tone[] = [];
    const gaps: string[] = [];
    const children = chart.periods.map((p): ExploreNode => {
      const record = byPeriod.get(p);
      tones.push({
        value: record && numeric(record) ? record.value : null,
        uncertain: !!record && (record.status === "secondary" || record.preliminary === true),
        partYear: isPartial(p),
      });
      if (!record) {
        gaps.push(period(p));
        return { text: fill(w.gap, { period: period(p) }) };
      }
      // A label that does not say its period (a survey measure) is read after the period.
      const label = chart.label(record);
      const named = label.includes(period(p)) ? label : `${period(p)}${comma}${label}`;
      return { text: recordSentence(record, named, locale) };
    });
    sound.push(tones);
    const figures = chart.periods.flatMap((p) => {
      const r = byPeriod.get(p);
      return r && numeric(r) ? [r] : [];
    });
    let text = fill(w.group, { name: s.name, items: counted(children.length, w.items, locale) });
    if (figures.length) {
      const first = figures[0]!;
      const last = figures.at(-1)!;
      // A part-year is not compared with full years: highest and lowest are of full periods.
      const whole = figures.filter((r) => !isPartial(r.period!));
      const ranked = whole.length ? whole : figures;
      const hi = ranked.reduce((a, b) => (b.value > a.value ? b : a));
      const lo = ranked.reduce((a, b) => (b.value < a.value ? b : a));
      text = fill(w.series, {
        name: s.name,
        points: counted(figures.length, w.points, locale),
        first: formatFigure(first, locale),
        firstPeriod: period(first.period!),
        last: formatFigure(last, locale),
        lastPeriod: period(last.period!),
        high: formatFigure(hi, locale),
        highPeriod: period(hi.period!),
        low: formatFigure(lo, locale),
        lowPeriod: period(lo.period!),
      });
    }
    if (gaps.length) text = sentences([text, fill(w.gaps, { periods: gaps.join(list) })], locale);
    return { text, children, series: index };
  });

  const range = fill(w.range, {
    series: counted(chart.series.length, w.seriesCount, locale),
    first: period(chart.periods[0]!),
    last: period(chart.periods.at(-1)!),
    min: formatFigure(low, locale),
    max: formatFigure(high, locale),
  });
  const head = fill(w.chart, { type: w.type[chart.type], title: chart.title });
  return {
    root: {
      text: sentences([head, chart.finding, range], locale),
      children: [...(chart.before ?? []), ...seriesNodes],
    },
    sound: { domain: [low.value, high.value], series: sound },
  };
}
