import * as Plot from "@observablehq/plot";
import { fill, messages } from "../../i18n/index.ts";
import { formatFigure } from "../../lib/format.ts";
import type { FigureRecord } from "../../schemas/dataset.ts";
import { seriesColors, seriesVar } from "../kit/palette.ts";
import { placed, plotPanel } from "../kit/plot/plotChart.ts";
import { MIN_FONT, chartRoot, svgEl, textLines, wrapText, type ChartOptions } from "../kit/svg.ts";
import { dealsData } from "./dealsData.ts";
import { texts } from "./texts.ts";

const CELL = 30;
const GAP = 6;
const COLUMNS = 7;
const HEADING = 15;

/**
 * The deals as units, drawn with Observable Plot: one square per deal, then the sectors they
 * covered. While the split is not disclosed every sector says so; if the dataset ever carries a
 * split that adds up, squares and bars take sector colours.
 */
export function dealsBySector(
  records: readonly FigureRecord[],
  { width, locale, document }: ChartOptions,
): SVGSVGElement {
  const m = messages(locale);
  const t = texts.text(locale).deals;
  const data = dealsData(records);
  const id = "deals-by-sector";
  const n = data.count.value ?? 0;
  const nText = formatFigure(data.count, locale);
  const cny = formatFigure(data.valueCny, locale);
  const usd = formatFigure(data.valueUsd, locale);
  const sectorName = (key: string) => data.list.items[key]?.[locale] ?? key;
  const colourOf = (i: number) => seriesVar(seriesColors[i % seriesColors.length]!);
  const wide = width >= 600;

  // Units: a square per deal, coloured by sector only when the split is known.
  const sectorOfUnit = data.disclosed
    ? data.sectors.flatMap((s, i) => Array<number>(s.record.value ?? 0).fill(i))
    : Array<number | null>(n).fill(null);
  const units = sectorOfUnit.map((sector, i) => ({
    column: i % COLUMNS,
    row: Math.floor(i / COLUMNS),
    sector,
  }));
  const rows = Math.ceil(n / COLUMNS);
  const gridWidth = COLUMNS * CELL + (COLUMNS - 1) * GAP;
  const grid = plotPanel(
    {
      width: gridWidth,
      height: rows * CELL + (rows - 1) * GAP,
      margin: 0,
      x: { type: "band", domain: [...Array(COLUMNS).keys()], axis: null, paddingInner: GAP / (CELL + GAP) },
      y: { type: "band", domain: [...Array(rows).keys()], axis: null, paddingInner: GAP / (CELL + GAP) },
      color: { type: "identity" },
      marks: [
        Plot.cell(units, {
          x: "column",
          y: "row",
          rx: 3,
          fill: (u) => (u.sector === null ? "var(--unit)" : colourOf(u.sector)),
          className: "units",
        }),
      ],
    },
    { id, width: gridWidth, document },
  );
  grid.group.querySelector(".units")?.setAttribute("data-tip", fill(t.unitsTip, { n: nText, cny, usd }));

  // Sector list: beside the grid when wide, below it when narrow; rows grow with wrapped names.
  const top = 28;
  const listX = wide ? gridWidth + 48 : 0;
  const listWidth = width - listX;
  const valueTop = top + grid.height + 28;
  const listTop = wide ? top : valueTop + 64;
  const nameWidth = Math.min(230, listWidth * 0.5);
  // Names start after the swatch when there is one, and keep 8 px from the bars.
  const nameSpace = nameWidth - (data.disclosed ? 20 : 0) - 8;
  const sectors = data.sectors.map((s, i) => ({
    ...s,
    index: i,
    lines: wrapText(sectorName(s.key), { width: nameSpace, fontSize: MIN_FONT + 1 }),
    count: formatFigure(s.record, locale),
    value: s.record.value ?? 0,
  }));
  const rowHeight = Math.max(40, ...sectors.map((s) => s.lines.length * 17 + 14));
  const maxCount = Math.max(1, ...sectors.map((s) => s.value));
  const tip = (s: (typeof sectors)[number]) =>
    fill(data.disclosed ? t.sectorTipDisclosed : t.sectorTip, { sector: sectorName(s.key), count: s.count });
  const list = plotPanel(
    {
      width: listWidth,
      height: sectors.length * rowHeight,
      margin: 0,
      marginLeft: nameWidth,
      marginRight: 1,
      x: { domain: [0, data.disclosed ? maxCount * 1.15 : 1], axis: null },
      y: { domain: sectors.map((s) => s.key), axis: null, padding: 0 },
      color: { type: "identity" },
      marks: [
        Plot.text(sectors, {
          x: 0,
          y: "key",
          text: (s) => s.lines.join("\n"),
          textAnchor: "start",
          dx: -nameWidth + (data.disclosed ? 20 : 0),
          lineHeight: 17 / (MIN_FONT + 1),
          fontSize: MIN_FONT + 1,
        }),
        ...(data.disclosed
          ? [
              Plot.dot(sectors, {
                x: 0,
                y: "key",
                dx: -nameWidth + 6,
                symbol: "square",
                r: 6,
                fill: (s) => colourOf(s.index),
              }),
              Plot.barX(sectors, {
                x: "value",
                y: "key",
                fill: (s) => colourOf(s.index),
                insetTop: rowHeight / 2 - 10,
                insetBottom: rowHeight / 2 - 10,
                title: tip,
              }),
              Plot.text(sectors, {
                x: "value",
                y: "key",
                text: "count",
                textAnchor: "start",
                dx: 6,
                fontSize: MIN_FONT + 1,
              }),
            ]
          : [
              // The count per sector is unknown: a dashed, empty box says "not disclosed".
              Plot.barX(sectors, {
                x1: 0,
                x2: 1,
                y: "key",
                fill: "none",
                stroke: "var(--muted)",
                strokeDasharray: "4 3",
                rx: 3,
                insetTop: rowHeight / 2 - 13,
                insetBottom: rowHeight / 2 - 13,
                title: tip,
              }),
              Plot.text(sectors, { x: 0.5, y: "key", text: () => m.notDisclosed, fill: "var(--muted)" }),
            ]),
      ],
    },
    { id, width: listWidth, document },
  );
  const height = Math.max(valueTop + 30, listTop + list.height) + 2;

  const label = data.disclosed
    ? fill(t.findingDisclosed, {
        n: nText,
        cny,
        split: sectors.map((s) => `${sectorName(s.key)} ${s.count}`).join(m.punctuation.list),
      })
    : fill(t.finding, {
        n: nText,
        cny,
        k: String(sectors.length),
        sectors: sectors.map((s) => sectorName(s.key)).join(m.punctuation.list),
      });
  const svg = chartRoot(document, { id, width, height, label });
  svg.append(
    svgEl(document, "text", { class: "label label--strong", x: 0, y: top - 10, "font-size": HEADING }, [
      fill(t.units, { n: nText }),
    ]),
    placed(document, grid.group, 0, top),
    textLines(
      document,
      wrapText(fill(t.value, { cny }), {
        width: wide ? gridWidth : width,
        fontSize: HEADING,
        weight: "bold",
      }),
      { class: "label label--strong", x: 0, y: valueTop, "font-size": HEADING },
      19,
    ),
    svgEl(
      document,
      "text",
      { class: "label label--muted", x: 0, y: valueTop + 22, "font-size": MIN_FONT + 1 },
      [usd],
    ),
    svgEl(
      document,
      "text",
      { class: "label label--strong", x: listX, y: listTop - 10, "font-size": HEADING },
      [data.disclosed ? t.splitHeading : t.sectorsHeading],
    ),
    placed(document, list.group, listX, listTop),
  );
  return svg;
}
