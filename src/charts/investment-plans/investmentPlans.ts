import * as Plot from "@observablehq/plot";
import { fill, messages, type Locale } from "../../i18n/index.ts";
import { formatFigure } from "../../lib/format.ts";
import type { FigureRecord } from "../../schemas/dataset.ts";
import { lineMarks, uncertain, type Point } from "../kit/declared/marks.ts";
import { seriesVar } from "../kit/palette.ts";
import { chartKey } from "../kit/plot/key.ts";
import { placed, plotPanel } from "../kit/plot/plotChart.ts";
import { chartRoot, round, svgEl, type ChartOptions } from "../kit/svg.ts";
import { surveyData } from "../survey/surveyData.ts";
import type { GuessEdition } from "../kit/guess/howFarOff.ts";
import { texts } from "./texts.ts";

const ID = "investment-plans";
const TEXTS = "src/charts/investment-plans/texts.json";
const COLOR = "germany" as const;
/** A guess handle's value before the reader moves it, in percent. */
export const GUESS_START = 50;

/** The investment-plans series: every survey edition on the axis, a point where a figure exists. */
export function investmentData(records: readonly FigureRecord[]) {
  const data = surveyData(records);
  const points = data.series.find((s) => s.measure === "invest")!.points;
  if (points.length < 2) throw new Error(`${ID}: expected investment-plan figures for two or more editions`);
  const headline = points.find((p) => p.edition === data.headlineEdition);
  if (!headline) throw new Error(`${ID}: expected an investment-plan figure for ${data.headlineEdition}`);
  return { editions: data.editions, points, headline };
}

/** What the guess island is given: the editions a reader can guess, with the published figures. */
export function guessEditions(records: readonly FigureRecord[]): GuessEdition[] {
  return investmentData(records).points.map((p) => ({
    edition: p.edition,
    value: p.record.value,
    uncertain: uncertain({ record: p.record } as Point),
  }));
}

/**
 * The chart's finding, from the first edition to the headline edition, then any later edition,
 * which the texts can only describe as uncertain: a later figure from the Chamber itself, or one
 * that no longer fell, fails the build until an editor rewrites the finding.
 */
export function finding(records: readonly FigureRecord[], locale: Locale): string {
  const t = texts.text(locale);
  const { points, headline } = investmentData(records);
  const first = points[0]!;
  const latest = points.at(-1)!;
  const pct = (r: FigureRecord) => formatFigure(r, locale);
  if (headline.record.value >= first.record.value)
    throw new Error(
      `${TEXTS}: finding: says the share fell, but ${headline.edition} is not below ${first.edition}`,
    );
  const later = latest.edition > headline.edition;
  if (later && !uncertain({ record: latest.record } as Point))
    throw new Error(
      `${TEXTS}: findingLater: calls ${latest.edition} uncertain, but its figure is ${latest.record.status}`,
    );
  const values = {
    first: pct(first.record),
    firstEdition: first.edition,
    headline: pct(headline.record),
    headlineEdition: headline.edition,
    latest: pct(latest.record),
    latestEdition: latest.edition,
  };
  return [fill(t.finding, values), ...(later ? [fill(t.findingLater, values)] : [])].join(
    locale === "zh" ? "" : " ",
  );
}

/**
 * Plans to increase investment across survey editions, drawn with Observable Plot, in three
 * layers: the axes and key (always shown); the published series (`guess-answer`), which the guess
 * island hides until the reader has guessed; and the guess layer (`guess-you`: a handle per edition
 * with a figure, each an ARIA slider), drawn hidden (`display="none"`) so that without JavaScript,
 * and in every download, the chart is simply the data.
 */
export function investmentPlans(
  records: readonly FigureRecord[],
  { width, locale, document }: ChartOptions,
): SVGSVGElement {
  const m = messages(locale);
  const t = texts.text(locale);
  const { editions, points: series } = investmentData(records);
  const pct = (r: FigureRecord) => formatFigure(r, locale);
  const wide = width >= 600;

  const points: Point[] = series.map((p) => ({
    series: "invest",
    color: COLOR,
    period: p.edition,
    value: p.record.value,
    record: p.record,
  }));
  const tip = (p: Point) =>
    fill(t.tip, { edition: p.period, value: pct(p.record) }) + (uncertain(p) ? ` ${t.uncertain}` : "");

  const key = chartKey(
    document,
    [
      { label: t.series, sample: "line", color: seriesVar(COLOR) },
      { label: t.legendSecondary, sample: "dashed" },
    ],
    { width },
  );
  const guessKey = chartKey(document, [{ label: t.guess.yourGuess, sample: "line", color: "var(--ink)" }], {
    width,
    top: key.height - 8,
  });
  const plotTop = key.height + guessKey.height - 8;

  // Two panels with the same scales: the axes, always shown, and the data, which a guess hides.
  const percent = new Intl.NumberFormat(m.intlLocale, { style: "percent" });
  const frame = {
    width,
    height: wide ? 260 : 240,
    marginTop: 22,
    marginLeft: 50,
    marginRight: wide ? 20 : 14,
    marginBottom: 44,
    color: { type: "identity" },
    symbol: { type: "identity" },
  } satisfies Plot.PlotOptions;
  const x = { type: "point", domain: editions, padding: 0.3 } satisfies Plot.ScaleOptions;
  const y = { domain: [0, 100] } satisfies Plot.ScaleOptions;
  const axes = plotPanel(
    {
      ...frame,
      x: { ...x, label: null, tickSize: 0, tickFormat: (edition: string) => edition.replace("/", "\n/") },
      y: {
        ...y,
        ticks: [0, 25, 50, 75, 100],
        tickFormat: (v: number) => percent.format(v / 100),
        grid: true,
        label: null,
        tickSize: 0,
      },
      marks: [Plot.ruleY([0], { stroke: "var(--muted)" })],
    },
    { id: ID, width, document },
  );
  const answer = plotPanel(
    {
      ...frame,
      x: { ...x, axis: null },
      y: { ...y, axis: null },
      marks: [
        ...lineMarks(points, editions, tip),
        Plot.text(points, {
          x: "period",
          y: "value",
          text: (p: Point) => pct(p.record),
          dy: -14,
          fontWeight: "bold",
          fill: "var(--ink)",
          // A halo in the background colour keeps a label readable over the reader's line.
          stroke: "var(--bg)",
          strokeWidth: 4,
        }),
      ],
    },
    { id: ID, width, document },
  );
  answer.group.setAttribute("class", "plot guess-answer");

  // The guess layer, in the plot's coordinates: a hit area for dragging, the reader's line and
  // one slider per edition with a figure, starting at GUESS_START.
  const sx = axes.scale("x");
  const sy = axes.scale("y");
  const [top, bottom] = [sy(100), sy(0)];
  const handles = series.map((p) =>
    svgEl(
      document,
      "g",
      {
        class: "guess-handle",
        role: "slider",
        tabindex: 0,
        "aria-label": fill(t.guess.slider, { edition: p.edition }),
        "aria-valuemin": 0,
        "aria-valuemax": 100,
        "aria-valuenow": GUESS_START,
        "aria-valuetext": t.guess.unset,
        "data-edition": p.edition,
        transform: `translate(${round(sx(p.edition), 1)},${round(sy(GUESS_START), 1)})`,
      },
      [
        svgEl(document, "circle", { class: "guess-hit", r: 18 }),
        svgEl(document, "circle", { class: "guess-ring", r: 11 }),
        svgEl(document, "circle", { class: "guess-dot", r: 6.5 }),
      ],
    ),
  );
  const area = svgEl(
    document,
    "g",
    { class: "guess-plot", "data-top": round(top, 1), "data-bottom": round(bottom, 1) },
    [
      svgEl(document, "rect", {
        class: "guess-area",
        x: frame.marginLeft - 14,
        y: top - 12,
        width: width - frame.marginLeft - frame.marginRight + 28,
        height: bottom - top + 24,
      }),
      svgEl(document, "path", { class: "guess-line", d: "" }),
      ...handles,
    ],
  );
  const guess = svgEl(document, "g", { class: "guess-you", display: "none" }, [
    guessKey.group,
    placed(document, area, 0, plotTop),
  ]);

  const svg = chartRoot(document, {
    id: ID,
    width,
    height: plotTop + axes.height,
    label: finding(records, locale),
  });
  // The guess layer sits under the data: once both show, the published figures read on top.
  svg.append(
    key.group,
    placed(document, axes.group, 0, plotTop),
    guess,
    placed(document, answer.group, 0, plotTop),
  );
  return svg;
}
