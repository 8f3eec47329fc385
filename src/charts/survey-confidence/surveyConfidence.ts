import * as Plot from "@observablehq/plot";
import { fill, messages } from "../../i18n/index.ts";
import { formatFigure } from "../../lib/format.ts";
import type { FigureRecord } from "../../schemas/dataset.ts";
import { lineMarks, type Point } from "../kit/declared/marks.ts";
import { seriesVar, type SeriesColor } from "../kit/palette.ts";
import { chartKey } from "../kit/plot/key.ts";
import { placed, plotPanel } from "../kit/plot/plotChart.ts";
import { MIN_FONT, chartRoot, svgEl, wrapText, type ChartOptions } from "../kit/svg.ts";
import { surveyData } from "../survey/surveyData.ts";
import { texts } from "./texts.ts";

/** Each measure's colour from the shared series palette. */
const COLOURS: Record<string, SeriesColor> = {
  stay: "green",
  invest: "germany",
  "leaders-now": "amber",
  "leaders-5y": "china",
};

const HEADING = 15;

/**
 * Survey confidence, drawn with Observable Plot: the headline edition's four figures as bars,
 * then investment plans and innovation-leader expectations across editions. Missing editions
 * are gaps; secondary figures are hollow, joined by dashed lines.
 */
export function surveyConfidence(
  records: readonly FigureRecord[],
  { width, locale, document }: ChartOptions,
): SVGSVGElement {
  const m = messages(locale);
  const t = texts.text(locale).survey;
  const data = surveyData(records);
  const wide = width >= 600;
  const pct = (r: FigureRecord) => formatFigure(r, locale);
  const measure = (key: string) => t.measure[key] ?? key;
  const byMeasure = Object.fromEntries(data.headline.map((h) => [h.measure, h.record]));
  const invest = data.series.find((s) => s.measure === "invest")!.points;
  const id = "survey-confidence";

  // Panel A: the headline edition as bars, each under its wrapped label.
  const aWidth = wide ? 300 : width;
  const rows = data.headline.map((h) => ({
    ...h,
    value: h.record.value,
    lines: wrapText(measure(h.measure), { width: aWidth, fontSize: MIN_FONT }),
    tip: fill(t.tip, { edition: data.headlineEdition, value: pct(h.record), measure: measure(h.measure) }),
  }));
  const rowHeight = Math.max(...rows.map((r) => r.lines.length)) * 16 + 30;
  const bar = { insetTop: rowHeight - 19, insetBottom: 5 };
  const a = plotPanel(
    {
      width: aWidth,
      height: rows.length * rowHeight,
      margin: 0,
      marginRight: 48,
      x: { domain: [0, 100], axis: null },
      y: { domain: rows.map((r) => r.measure), axis: null, padding: 0 },
      color: { type: "identity" },
      marks: [
        Plot.barX(rows, { x: 100, y: "measure", fill: "var(--surface)", ...bar }),
        Plot.barX(rows, {
          x: "value",
          y: "measure",
          fill: (r) => seriesVar(COLOURS[r.measure]!),
          title: "tip",
          ...bar,
        }),
        Plot.text(rows, {
          x: 0,
          y: "measure",
          text: (r) => r.lines.join("\n"),
          textAnchor: "start",
          // Labels sit just above their bar; a longer label grows upwards into the row.
          lineAnchor: "bottom",
          lineHeight: 16 / MIN_FONT,
          dy: rowHeight / 2 - 24,
        }),
        Plot.text(rows, {
          x: "value",
          y: "measure",
          text: (r) => pct(r.record),
          textAnchor: "start",
          dx: 6,
          dy: rowHeight / 2 - 12,
          fontWeight: "bold",
          fontSize: MIN_FONT + 1,
        }),
      ],
    },
    { id, width: aWidth, document },
  );
  const aTop = 26;
  const aHeight = aTop + a.height;

  // Panel B: two measures across editions, under a key that never collides with the data.
  const bX = wide ? aWidth + 44 : 0;
  const bTop = wide ? 0 : aHeight + 24;
  const bWidth = width - bX;
  const points: Point[] = data.series.flatMap((s) =>
    s.points.map((p) => ({
      series: s.measure,
      color: COLOURS[s.measure]!,
      period: p.edition,
      value: p.record.value,
      record: p.record,
    })),
  );
  const tip = (p: Point) =>
    `${fill(t.tip, { edition: p.period, value: pct(p.record), measure: measure(p.series) })}` +
    (p.record.status === "secondary" ? ` ${t.uncertain}` : "");
  const key = chartKey(
    document,
    [
      ...data.series.map((s) => ({
        label: t.seriesLabel[s.measure] ?? s.measure,
        sample: "line" as const,
        color: seriesVar(COLOURS[s.measure]!),
      })),
      { label: t.legendSecondary, sample: "dashed" as const },
    ],
    { width: bWidth, top: 28 },
  );
  const percent = new Intl.NumberFormat(m.intlLocale, { style: "percent" });
  const b = plotPanel(
    {
      width: bWidth,
      height: wide ? 250 : 240,
      marginTop: 10,
      marginLeft: 50,
      marginRight: wide ? 8 : 6,
      marginBottom: 44,
      x: {
        type: "point",
        domain: data.editions,
        padding: 0.3,
        label: null,
        tickSize: 0,
        // Edition labels on two lines ("2019", "/20") so seven editions never collide.
        tickFormat: (edition: string) => edition.replace("/", "\n/"),
      },
      y: {
        domain: [0, 100],
        ticks: [0, 25, 50, 75, 100],
        tickFormat: (v: number) => percent.format(v / 100),
        grid: true,
        label: null,
        tickSize: 0,
      },
      color: { type: "identity" },
      symbol: { type: "identity" },
      marks: [Plot.ruleY([0], { stroke: "var(--muted)" }), ...lineMarks(points, data.editions, tip)],
    },
    { id, width: bWidth, document },
  );
  const plotTop = bTop + 28 + key.height;
  const height = Math.max(aHeight, plotTop + b.height);

  // The finding ends at the headline edition ({invest} in {edition}): later, secondary figures
  // are not stated as fact.
  const label = fill(t.finding, {
    edition: data.headlineEdition,
    stay: pct(byMeasure["stay"]!),
    invest: pct(byMeasure["invest"]!),
    leadersNow: pct(byMeasure["leaders-now"]!),
    leaders5y: pct(byMeasure["leaders-5y"]!),
    investFirst: pct(invest[0]!.record),
    investFirstEdition: invest[0]!.edition,
  });
  const svg = chartRoot(document, { id, width, height, label });
  const heading = (x: number, y: number, text: string) =>
    svgEl(document, "text", { class: "label label--strong", x, y, "font-size": HEADING }, [text]);
  svg.append(
    heading(0, 16, fill(t.headlineHeading, { edition: data.headlineEdition })),
    placed(document, a.group, 0, aTop),
    heading(bX, bTop + 16, t.seriesHeading),
    placed(document, key.group, bX, bTop),
    placed(document, b.group, bX, plotTop),
  );
  return svg;
}
