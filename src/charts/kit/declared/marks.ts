import * as Plot from "@observablehq/plot";
import { scaleLinear } from "d3";
import { fill, messages, type Locale } from "../../../i18n/index.ts";
import { formatFigure, statedDigits } from "../../../lib/format.ts";
import type { FigureRecord } from "../../../schemas/dataset.ts";
import { seriesVar, type SeriesColor } from "../palette.ts";
import { isPartial, periodLabel, periodLines } from "../periods.ts";
import { chartKey, type KeyItem } from "../plot/key.ts";
import { plotChart } from "../plot/plotChart.ts";
import { MIN_FONT, type ChartOptions } from "../svg.ts";
import { textWidth } from "../textWidth.ts";
import { thinTicks } from "./thinTicks.ts";
import type { Declaration, DeclaredText } from "./schema.ts";

/** One drawn figure: a record with a number, in its series and period. */
export interface Point {
  series: string;
  color: SeriesColor;
  period: string;
  value: number;
  record: FigureRecord;
}

/** Uncertain figures are drawn hollow (and their lines dashed). */
export const uncertain = (p: Point) => p.record.status === "secondary" || p.record.preliminary === true;

/** Axis numbers: short and compact, in the unit of the chart ("€250B", "250 Mrd. €", "100万"). */
export function axisFormat(unit: Declaration["unit"], locale: Locale): (value: number) => string {
  const intl = messages(locale).intlLocale;
  if (unit === "percent" || unit === "percent-change") {
    const f = new Intl.NumberFormat(intl, {
      style: "percent",
      signDisplay: unit === "percent-change" ? "exceptZero" : "auto",
    });
    return (v) => f.format(v / 100);
  }
  const f = new Intl.NumberFormat(intl, {
    notation: "compact",
    compactDisplay: "short",
    maximumFractionDigits: 1,
    ...(unit === "count" ? {} : { style: "currency", currency: unit, currencyDisplay: "narrowSymbol" }),
  });
  return (v) => f.format(v);
}

/**
 * A figure's short label on its bar: compact, but at the precision its source stated (3.57M,
 * never 3.6M), so a label never rounds a figure the way an axis tick may.
 */
export function valueFormat(unit: Declaration["unit"], locale: Locale): (value: number) => string {
  if (unit === "percent" || unit === "percent-change") return axisFormat(unit, locale);
  const intl = messages(locale).intlLocale;
  return (v) =>
    new Intl.NumberFormat(intl, {
      notation: "compact",
      compactDisplay: "short",
      maximumSignificantDigits: Math.max(2, statedDigits(v)),
      ...(unit === "count" ? {} : { style: "currency", currency: unit, currencyDisplay: "narrowSymbol" }),
    }).format(v);
}

/** Width of a label as Plot sets it, at MIN_FONT. */
const labelWidth = (text: string) => textWidth(text, MIN_FONT);

/**
 * Draws a declared chart with Observable Plot: gaps stay gaps, uncertain figures are hollow
 * (dashed between), a part-year period says so on its axis label, in its mark and in the key.
 */
export function drawDeclared(
  id: string,
  decl: Declaration,
  points: Point[],
  text: DeclaredText,
  label: string,
  { width, locale, document }: ChartOptions,
): SVGSVGElement {
  const m = messages(locale);
  const narrow = width < 600;
  const seriesName = (series: string) => text.series[series]!;
  const color = (p: Point) => seriesVar(p.color);
  const tip = (p: Point) =>
    `${seriesName(p.series)}, ${periodLabel(p.period, locale)}: ${formatFigure(p.record, locale)}` +
    (p.record.status === "secondary"
      ? ` (${m.status.secondary})`
      : p.record.preliminary
        ? ` (${m.ui.preliminary})`
        : "");
  const format = axisFormat(decl.unit, locale);
  const max = Math.max(0, ...stackedMax(decl, points));
  const min = Math.min(0, ...points.map((p) => p.value));
  const y = scaleLinear().domain([min, max]).nice(4);
  const ticks = y.ticks(narrow ? 4 : 5);
  const valueMargin = Math.ceil(Math.max(...ticks.map((t) => labelWidth(format(t))))) + 14;
  // The last period's label is centred on its mark: leave room for half of it on the right.
  const lastLabel = Math.max(...periodLines(decl.periods.at(-1)!, locale).map(labelWidth));
  const partial = decl.periods.filter(isPartial);
  const lines = Math.max(...decl.periods.map((p) => periodLines(p, locale).length));

  const key: KeyItem[] = decl.series.map((s) => ({
    label: seriesName(s.id),
    color: seriesVar(s.color),
    sample: decl.type === "line" ? "line" : "swatch",
  }));
  if (points.some(uncertain))
    key.push({ label: m.ui.keyUncertain, sample: decl.type === "line" ? "dashed" : "hollow" });
  for (const period of partial.filter((p) => points.some((point) => point.period === p)))
    key.push({
      label: fill(m.ui.keyPartial, { period: periodLabel(period, locale) }),
      sample: decl.type === "line" ? "diamond" : "partial",
    });
  const above = decl.series.length > 1 || key.length > 1 ? chartKey(document, key, { width }) : undefined;

  const common = {
    color: { type: "identity" },
    marginTop: 12,
    marginRight: Math.max(narrow ? 8 : 16, Math.ceil(lastLabel / 2 - (decl.type === "line" ? 6 : 12))),
  } as const;
  const periodTick = (p: string) => periodLines(p, locale).join("\n");
  // Period labels that would touch are thinned: Plot draws every tick of an ordinal axis.
  const n = decl.periods.length;
  const inner = width - valueMargin - common.marginRight;
  const periodWidth = (p: string) => Math.max(...periodLines(p, locale).map(labelWidth));
  const periodTicks = (padding: number, band: boolean) =>
    thinTicks(decl.periods, periodWidth, inner / (band ? n + padding : n - 1 + 2 * padding));
  const missing = decl.series.flatMap((s) =>
    decl.periods
      .filter((period) => !points.some((p) => p.series === s.id && p.period === period))
      .map((period) => ({
        series: s.id,
        period,
        tip: `${seriesName(s.id)}, ${periodLabel(period, locale)}: ${m.ui.noFigure}`,
      })),
  );

  let options: Plot.PlotOptions;
  if (decl.type === "dot") {
    const labelMargin =
      Math.ceil(Math.max(...decl.periods.map((p) => labelWidth(periodLabel(p, locale))))) + 12;
    const spans = decl.periods.flatMap((period) => {
      const values = points.filter((p) => p.period === period).map((p) => p.value);
      return values.length > 1 ? [{ period, x1: Math.min(...values), x2: Math.max(...values) }] : [];
    });
    options = {
      ...common,
      height: decl.periods.length * 40 + 40,
      marginLeft: labelMargin,
      marginBottom: 30,
      x: { domain: y.domain(), ticks, tickFormat: format, grid: true, label: null, tickSize: 0 },
      y: {
        type: "point",
        domain: decl.periods,
        tickFormat: (p: string) => periodLabel(p, locale),
        label: null,
        tickSize: 0,
        padding: 0.6,
      },
      marks: [
        Plot.ruleY(spans, { y: "period", x1: "x1", x2: "x2", stroke: "var(--muted)", strokeWidth: 2 }),
        Plot.dot(points, {
          x: "value",
          y: "period",
          r: 6,
          stroke: color,
          strokeWidth: 2,
          fill: (p: Point) => (uncertain(p) ? "var(--bg)" : color(p)),
          fillOpacity: (p: Point) => (isPartial(p.period) ? 0.35 : 1),
          title: tip,
        }),
      ],
    };
  } else if (decl.type === "line") {
    options = {
      ...common,
      height: narrow ? 230 : 280,
      marginLeft: valueMargin,
      marginBottom: lines * 16 + 12,
      x: {
        type: "point",
        domain: decl.periods,
        padding: 0.35,
        ticks: periodTicks(0.35, false),
        tickFormat: periodTick,
        label: null,
        tickSize: 0,
      },
      y: { domain: y.domain(), ticks, tickFormat: format, grid: true, label: null, tickSize: 0 },
      symbol: { type: "identity" },
      marks: [Plot.ruleY([0], { stroke: "var(--muted)" }), ...lineMarks(points, decl.periods, tip)],
    };
  } else {
    const stacked = decl.type === "stacked-bar";
    const barWidth = ((inner / decl.periods.length) * 0.8) / (stacked ? 1 : decl.series.length);
    const bar = {
      fill: (p: Point) => (uncertain(p) ? "var(--bg)" : color(p)),
      fillOpacity: (p: Point) => (isPartial(p.period) && !uncertain(p) ? 0.35 : 1),
      stroke: color,
      strokeWidth: 1.5,
      title: tip,
    };
    options = {
      ...common,
      height: narrow ? 230 : 280,
      marginLeft: valueMargin,
      marginBottom: lines * 16 + 12,
      y: { domain: y.domain(), ticks, tickFormat: format, grid: true, label: null, tickSize: 0 },
      marks: stacked
        ? [
            Plot.barY(
              points,
              Plot.stackY({
                x: "period",
                y: "value",
                order: decl.series.map((s) => s.id),
                z: "series",
                ...bar,
                inset: 0.5,
              }),
            ),
            Plot.ruleY([0], { stroke: "var(--muted)" }),
          ]
        : [
            Plot.barY(points, { fx: "period", x: "series", y: "value", ...bar, inset: 1.5 }),
            ...(barWidth >= 44
              ? [
                  Plot.text(points, {
                    fx: "period",
                    x: "series",
                    y: "value",
                    text: (p: Point) => valueFormat(decl.unit, locale)(p.value),
                    dy: -9,
                    fill: "var(--ink)",
                  }),
                ]
              : []),
            Plot.text(missing, {
              fx: "period",
              x: "series",
              y: 0,
              text: () => "–",
              dy: -9,
              fill: "var(--muted)",
              title: "tip",
            }),
            Plot.ruleY([0], { stroke: "var(--muted)" }),
          ],
      ...(stacked
        ? {
            x: {
              domain: decl.periods,
              ticks: periodTicks(0.25, true),
              tickFormat: periodTick,
              label: null,
              tickSize: 0,
              padding: 0.25,
            },
          }
        : {
            fx: {
              domain: decl.periods,
              ticks: periodTicks(0.2, true),
              tickFormat: periodTick,
              label: null,
              tickSize: 0,
              padding: 0.2,
              axis: "bottom",
            },
            x: { domain: decl.series.map((s) => s.id), axis: null, padding: 0.08 },
          }),
    } as Plot.PlotOptions;
  }
  return plotChart(options, { id, width, document, label, ...(above ? { above } : {}) });
}

/**
 * Lines and dots across periods. Only neighbouring periods join: a period without a figure breaks
 * the line, a part-year never joins a full year, and a segment touching an uncertain figure is dashed.
 */
export function lineMarks(
  points: Point[],
  periods: readonly string[],
  tip: (p: Point) => string,
): Plot.Markish[] {
  const index = new Map(periods.map((p, i) => [p, i]));
  const color = (p: Point) => seriesVar(p.color);
  const series = [...new Set(points.map((p) => p.series))];
  const segments = series.flatMap((id) => {
    const own = points
      .filter((p) => p.series === id)
      .sort((a, b) => index.get(a.period)! - index.get(b.period)!);
    return own.slice(1).flatMap((b, i) => {
      const a = own[i]!;
      const joined =
        index.get(b.period)! - index.get(a.period)! === 1 && !isPartial(a.period) && !isPartial(b.period);
      return joined ? [{ a, b, dashed: uncertain(a) || uncertain(b) }] : [];
    });
  });
  const link = (dashed: boolean) =>
    Plot.link(
      segments.filter((s) => s.dashed === dashed),
      {
        x1: (s) => s.a.period,
        y1: (s) => s.a.value,
        x2: (s) => s.b.period,
        y2: (s) => s.b.value,
        stroke: (s) => color(s.a),
        strokeWidth: 2.5,
        ...(dashed ? { strokeDasharray: "5 4" } : {}),
      },
    );
  return [
    link(false),
    link(true),
    Plot.dot(points, {
      x: "period",
      y: "value",
      r: 5,
      symbol: (p: Point) => (isPartial(p.period) ? "diamond" : "circle"),
      stroke: color,
      strokeWidth: 2,
      fill: (p: Point) => (uncertain(p) ? "var(--bg)" : color(p)),
      fillOpacity: (p: Point) => (isPartial(p.period) && !uncertain(p) ? 0.35 : 1),
      title: tip,
    }),
  ];
}

/** The largest value the axis must reach: per period summed for stacked bars. */
function stackedMax(decl: Declaration, points: Point[]): number[] {
  if (decl.type !== "stacked-bar") return points.map((p) => p.value);
  return decl.periods.map((period) =>
    points.filter((p) => p.period === period).reduce((sum, p) => sum + Math.max(0, p.value), 0),
  );
}
