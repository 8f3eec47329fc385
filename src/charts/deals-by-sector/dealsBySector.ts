import { fill, messages } from "../../i18n/index.ts";
import { texts } from "./texts.ts";
import { formatFigure } from "../../lib/format.ts";
import type { FigureRecord } from "../../schemas/dataset.ts";
import { dealsData } from "./dealsData.ts";
import { MIN_FONT, chartRoot, svgEl, textLines, wrapText, type ChartOptions } from "../svg.ts";

const CELL = 30;
const GAP = 6;
const COLUMNS = 7;

/**
 * The deals as units: one square per deal, then the sectors they covered. While the split is
 * not disclosed every sector says so; if the dataset ever carries a split, squares take sector colours.
 */
export function dealsBySector(
  records: readonly FigureRecord[],
  { width, locale, document }: ChartOptions,
): SVGSVGElement {
  const m = { ...messages(locale), ...texts.text(locale) };
  const data = dealsData(records);
  const n = data.count.value ?? 0;
  const nText = formatFigure(data.count, locale);
  const cny = formatFigure(data.valueCny, locale);
  const usd = formatFigure(data.valueUsd, locale);
  const sectorName = (key: string) => data.list.items[key]?.[locale] ?? key;
  const wide = width >= 600;

  const rows = Math.ceil(n / COLUMNS);
  const gridWidth = COLUMNS * CELL + (COLUMNS - 1) * GAP;
  const gridHeight = rows * CELL + (rows - 1) * GAP;
  const top = 28;

  // Sector list: beside the grid when wide, below it when narrow.
  const listX = wide ? gridWidth + 48 : 0;
  const listWidth = width - listX;
  const valueTop = top + gridHeight + 28;
  const listTop = wide ? top : valueTop + 64;
  const boxX = listX + Math.min(230, listWidth * 0.5);
  const boxWidth = width - boxX - 1;
  const nameChars = boxX - listX > 200 ? 26 : 16;
  // Rows grow with their wrapped sector names, so long names never run into the next row.
  const sectorLines = data.sectors.map((s) => wrapText(sectorName(s.key), nameChars));
  const rowHeights = sectorLines.map((lines) => Math.max(40, lines.length * 17 + 14));
  const rowTops = rowHeights.map((_, i) => listTop + rowHeights.slice(0, i).reduce((a, h) => a + h, 0));
  const listBottom = listTop + rowHeights.reduce((a, h) => a + h, 0);
  const height = Math.max(valueTop + 30, listBottom) + 2;

  const label = data.disclosed
    ? fill(m.deals.findingDisclosed, {
        n: nText,
        cny,
        split: data.sectors
          .map((s) => `${sectorName(s.key)} ${formatFigure(s.record, locale)}`)
          .join(m.punctuation.list),
      })
    : fill(m.deals.finding, {
        n: nText,
        cny,
        k: String(data.sectors.length),
        sectors: data.sectors.map((s) => sectorName(s.key)).join(m.punctuation.list),
      });
  const svg = chartRoot(document, { id: "deals-by-sector", width, height, label });

  // Units, coloured by sector only when the split is known.
  const sectorOfUnit: (number | null)[] = [];
  if (data.disclosed)
    data.sectors.forEach((s, i) => sectorOfUnit.push(...Array<number>(s.record.value ?? 0).fill(i)));
  const units = svgEl(document, "g", {
    class: "units",
    "data-tip": fill(m.deals.unitsTip, { n: nText, cny, usd }),
  });
  for (let i = 0; i < n; i++) {
    const sector = sectorOfUnit[i];
    units.append(
      svgEl(document, "rect", {
        class: sector === undefined || sector === null ? "unit" : `unit sector-${sector}`,
        x: (i % COLUMNS) * (CELL + GAP),
        y: top + Math.floor(i / COLUMNS) * (CELL + GAP),
        width: CELL,
        height: CELL,
        rx: 3,
      }),
    );
  }
  svg.append(
    svgEl(document, "text", { class: "label label--strong", x: 0, y: top - 10, "font-size": 15 }, [
      fill(m.deals.units, { n: nText }),
    ]),
    units,
    textLines(
      document,
      wrapText(fill(m.deals.value, { cny }), wide ? 34 : 40),
      { class: "label label--strong", x: 0, y: valueTop, "font-size": 15 },
      19,
    ),
    svgEl(
      document,
      "text",
      { class: "label label--muted", x: 0, y: valueTop + 22, "font-size": MIN_FONT + 1 },
      [usd],
    ),
  );

  // Sectors: named as covered; the count in each is "not disclosed" unless the dataset has it.
  const list = svgEl(document, "g", { class: "sectors" });
  list.append(
    svgEl(document, "text", { class: "label label--strong", x: listX, y: listTop - 10, "font-size": 15 }, [
      data.disclosed ? m.deals.splitHeading : m.deals.sectorsHeading,
    ]),
  );
  const maxCount = Math.max(1, ...data.sectors.map((s) => s.record.value ?? 0));
  data.sectors.forEach((sector, i) => {
    const y = rowTops[i]!;
    const nameX = data.disclosed ? listX + 20 : listX;
    const count = formatFigure(sector.record, locale);
    const row = svgEl(document, "g", {
      class: "sector",
      "data-tip": fill(data.disclosed ? m.deals.sectorTipDisclosed : m.deals.sectorTip, {
        sector: sectorName(sector.key),
        count,
      }),
    });
    // A colour key only means something once squares are coloured by sector.
    if (data.disclosed) {
      row.append(
        svgEl(document, "rect", {
          class: `swatch sector-${i}`,
          x: listX,
          y: y + 8,
          width: 12,
          height: 12,
          rx: 2,
        }),
      );
    }
    row.append(
      textLines(
        document,
        sectorLines[i]!,
        { class: "label", x: nameX, y: y + 19, "font-size": MIN_FONT + 1 },
        17,
      ),
    );
    if (data.disclosed && sector.record.value !== null) {
      row.append(
        svgEl(document, "rect", {
          class: `bar sector-${i}`,
          x: boxX,
          y: y + 4,
          width: (boxWidth - 30) * (sector.record.value / maxCount),
          height: 20,
        }),
        svgEl(
          document,
          "text",
          {
            class: "label",
            x: boxX + (boxWidth - 30) * (sector.record.value / maxCount) + 6,
            y: y + 19,
            "font-size": MIN_FONT + 1,
          },
          [count],
        ),
      );
    } else {
      row.append(
        svgEl(document, "rect", {
          class: "undisclosed",
          x: boxX,
          y: y + 2,
          width: boxWidth,
          height: 26,
          rx: 3,
        }),
        svgEl(
          document,
          "text",
          {
            class: "label label--muted undisclosed-label",
            x: boxX + boxWidth / 2,
            y: y + 20,
            "text-anchor": "middle",
            "font-size": MIN_FONT,
          },
          [m.notDisclosed],
        ),
      );
    }
    list.append(row);
  });
  svg.append(list);
  return svg;
}
