import { scaleLinear, scalePoint } from "d3";
import { fill, messages } from "../../i18n/index.ts";
import { texts } from "./texts.ts";
import { formatFigure } from "../../lib/format.ts";
import type { FigureRecord } from "../../schemas/dataset.ts";
import { surveyData, type SurveyPoint } from "./surveyData.ts";
import { MIN_FONT, chartRoot, svgEl, textLines, wrapText, type ChartOptions } from "../svg.ts";

/**
 * Survey confidence: the headline edition's four figures as bars, then investment plans and
 * innovation-leader expectations across editions. Missing editions draw nothing; secondary
 * figures are hollow, joined by dashed lines.
 */
export function surveyConfidence(
  records: readonly FigureRecord[],
  { width, locale, document }: ChartOptions,
): SVGSVGElement {
  const m = { ...messages(locale), ...texts.text(locale) };
  const data = surveyData(records);
  const wide = width >= 600;
  const pct = (r: FigureRecord) => formatFigure(r, locale);
  const byMeasure = Object.fromEntries(data.headline.map((h) => [h.measure, h.record]));
  const invest = data.series.find((s) => s.measure === "invest")!.points;

  // Panel A: headline bars.
  const aWidth = wide ? 300 : width;
  // Rows grow with their wrapped labels: label lines, then the bar, then a gap.
  const barLabels = data.headline.map(({ measure }) =>
    wrapText(m.survey.measure[measure] ?? measure, wide ? 44 : 46),
  );
  const rowTops = barLabels.map((_, i) =>
    barLabels.slice(0, i).reduce((a, lines) => a + lines.length * 16 + 34, 0),
  );
  const aTop = 26;
  const aHeight = aTop + barLabels.reduce((a, lines) => a + lines.length * 16 + 34, 0);
  // Panel B: series across editions.
  const bX = wide ? aWidth + 44 : 0;
  const bTop = wide ? 0 : aHeight + 24;
  const bWidth = width - bX;
  const keyTop = bTop + 34;
  const keyLines = data.series.map((series) =>
    wrapText(m.survey.seriesLabel[series.measure] ?? series.measure, wide ? 44 : 38),
  );
  const keyTops = keyLines.map(
    (_, i) => keyTop + keyLines.slice(0, i).reduce((a, lines) => a + lines.length * 16 + 6, 0),
  );
  const plotTop = keyTop + keyLines.reduce((a, lines) => a + lines.length * 16 + 6, 0) + 10;
  const plotHeight = wide ? 200 : 190;
  const plotLeft = bX + 50;
  const plotRight = bX + bWidth - (wide ? 8 : 6);
  const legendTop = plotTop + plotHeight + 50;
  const height = Math.max(aHeight, legendTop + 44);

  // The finding ends at the headline edition ({invest} in {edition}): later, secondary figures
  // are not stated as fact.
  const label = fill(m.survey.finding, {
    edition: data.headlineEdition,
    stay: pct(byMeasure["stay"]!),
    invest: pct(byMeasure["invest"]!),
    leadersNow: pct(byMeasure["leaders-now"]!),
    leaders5y: pct(byMeasure["leaders-5y"]!),
    investFirst: pct(invest[0]!.record),
    investFirstEdition: invest[0]!.edition,
  });
  const svg = chartRoot(document, { id: "survey-confidence", width, height, label });

  const panelA = svgEl(document, "g", { class: "panel panel--headline" });
  panelA.append(
    svgEl(document, "text", { class: "label label--strong", x: 0, y: 16, "font-size": 15 }, [
      fill(m.survey.headlineHeading, { edition: data.headlineEdition }),
    ]),
  );
  const x = scaleLinear()
    .domain([0, 100])
    .range([0, aWidth - 48]);
  data.headline.forEach(({ measure, record }, i) => {
    const y = aTop + rowTops[i]!;
    const row = svgEl(document, "g", {
      class: `bar-row${record.status === "secondary" ? " uncertain" : ""}`,
      "data-tip": fill(m.survey.tip, {
        edition: data.headlineEdition,
        value: pct(record),
        measure: m.survey.measure[measure] ?? measure,
      }),
    });
    const lines = barLabels[i]!;
    row.append(
      textLines(document, lines, { class: "label", x: 0, y: y + 14, "font-size": MIN_FONT }, 16),
      svgEl(document, "rect", {
        class: "track",
        x: 0,
        y: y + 6 + lines.length * 16,
        width: x(100),
        height: 14,
      }),
      svgEl(document, "rect", {
        class: `bar measure-${measure}`,
        x: 0,
        y: y + 6 + lines.length * 16,
        width: x(record.value),
        height: 14,
      }),
      svgEl(
        document,
        "text",
        {
          class: "label label--strong value",
          x: x(record.value) + 6,
          y: y + 18 + lines.length * 16,
          "font-size": MIN_FONT + 1,
        },
        [pct(record)],
      ),
    );
    panelA.append(row);
  });
  svg.append(panelA);

  // Panel B.
  const panelB = svgEl(document, "g", { class: "panel panel--series" });
  const xe = scalePoint<string>()
    .domain(data.editions)
    .range([plotLeft + 14, plotRight - 14]);
  const y = scaleLinear()
    .domain([0, 100])
    .range([plotTop + plotHeight, plotTop]);
  panelB.append(
    svgEl(document, "text", { class: "label label--strong", x: bX, y: bTop + 16, "font-size": 15 }, [
      m.survey.seriesHeading,
    ]),
  );
  for (const tick of [0, 25, 50, 75, 100]) {
    panelB.append(
      svgEl(document, "line", {
        class: tick === 0 ? "axis-line" : "grid",
        x1: plotLeft,
        x2: plotRight,
        y1: y(tick),
        y2: y(tick),
      }),
      svgEl(
        document,
        "text",
        { class: "tick", x: plotLeft - 6, y: y(tick) + 4, "text-anchor": "end", "font-size": MIN_FONT },
        [new Intl.NumberFormat(m.intlLocale, { style: "percent" }).format(tick / 100)],
      ),
    );
  }
  // Edition labels on two lines ("2019", "/20") so seven editions never collide.
  for (const edition of data.editions) {
    const [year, tail] = edition.split("/");
    const lines = [year!, `/${tail}`];
    panelB.append(
      textLines(
        document,
        lines,
        {
          class: "tick",
          x: xe(edition)!,
          y: plotTop + plotHeight + 18,
          "text-anchor": "middle",
          "font-size": MIN_FONT,
        },
        14,
      ),
    );
  }
  for (const { measure, points } of data.series) {
    const group = svgEl(document, "g", { class: `series measure-${measure}` });
    // Segments join consecutive editions only: a missing edition breaks the line.
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      if (data.editions.indexOf(b.edition) - data.editions.indexOf(a.edition) !== 1) continue;
      const uncertain = a.record.status === "secondary" || b.record.status === "secondary";
      group.append(
        svgEl(document, "line", {
          class: `line${uncertain ? " uncertain" : ""}`,
          x1: xe(a.edition)!,
          y1: y(a.record.value),
          x2: xe(b.edition)!,
          y2: y(b.record.value),
        }),
      );
    }
    for (const point of points) group.append(dot(point, measure));
    // Key above the plot: a line sample and the measure's name, never colliding with the data.
    const k = data.series.findIndex((series) => series.measure === measure);
    const keyY = keyTops[k]!;
    group.append(
      svgEl(document, "line", { class: "line key", x1: bX, x2: bX + 22, y1: keyY - 4, y2: keyY - 4 }),
      textLines(
        document,
        keyLines[k]!,
        { class: "label series-label", x: bX + 30, y: keyY + 1, "font-size": MIN_FONT },
        16,
      ),
    );
    panelB.append(group);
  }
  svg.append(panelB);

  const legend = svgEl(document, "g", { class: "legend" });
  legend.append(
    svgEl(document, "circle", { class: "dot dot--legend uncertain", cx: bX + 6, cy: legendTop - 4, r: 5 }),
    textLines(
      document,
      wrapText(m.survey.legendSecondary, wide ? 52 : 44),
      { class: "label label--muted", x: bX + 18, y: legendTop, "font-size": MIN_FONT },
      15,
    ),
  );
  svg.append(legend);
  return svg;

  function dot({ edition, record }: SurveyPoint, measure: string): SVGElement {
    const uncertain = record.status === "secondary";
    return svgEl(document, "circle", {
      class: `dot${uncertain ? " uncertain" : ""}`,
      cx: xe(edition)!,
      cy: y(record.value),
      r: 5,
      "data-edition": edition,
      "data-tip": `${fill(m.survey.tip, { edition, value: pct(record), measure: m.survey.measure[measure] ?? measure })}${uncertain ? ` ${m.survey.uncertain}` : ""}`,
    });
  }
}
