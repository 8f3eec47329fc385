import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { chartsOf, publishedCharts } from "../support/published.ts";
import { formatFigure } from "../../src/lib/format.ts";
import { readDatasets } from "../../src/lib/readDatasets.ts";
import { DIST, distPage } from "../support/dist.ts";

const records = new Map(
  readDatasets("src/data").flatMap(({ dataset }) => dataset.records.map((r) => [r.id, r])),
);
const nbsp = "\u00a0";

describe.each([
  [
    "en",
    "en",
    { "deals.value-cny": "over 6.8 billion yuan", "bcs.2024-25.stay": "92%", "deals.count": "28" },
  ],
  [
    "de",
    "de",
    { "deals.value-cny": `über 6,8${nbsp}Mrd. Yuan`, "bcs.2024-25.stay": `92${nbsp}%`, "deals.count": "28" },
  ],
  ["zh", "zh-CN", { "deals.value-cny": "超过68亿元", "bcs.2024-25.stay": "92%", "deals.count": "28" }],
] as const)("the %s edition", (locale, lang, expected) => {
  const doc = distPage(`${locale}/hefei-deals/index.html`);

  it(`is marked lang="${lang}" on the page and on its embeds`, () => {
    expect(doc.documentElement.getAttribute("lang")).toBe(lang);
    for (const id of chartsOf("hefei-deals", locale))
      expect(distPage(`embed/${locale}/${id}/index.html`).documentElement.getAttribute("lang")).toBe(lang);
  });

  it("prints its figures in the locale's own format", () => {
    for (const [id, text] of Object.entries(expected)) {
      expect(doc.querySelector(`[data-fact="${id}"]`)?.textContent, id).toBe(text);
    }
    for (const fact of doc.querySelectorAll("[data-fact]")) {
      const record = records.get(fact.getAttribute("data-fact")!)!;
      expect(fact.textContent?.startsWith(formatFigure(record, locale))).toBe(true);
    }
  });

  it("localises its charts: titles, axis ticks and tables are in the edition's language", () => {
    const map = doc.querySelector("#chart-hefei-map")!;
    const table = doc.querySelector("#chart-survey-confidence table")!;
    const survey = doc.querySelector("#chart-survey-confidence .artboard--720")!;
    const ticks = [...survey.querySelectorAll("text")].map((t) => t.textContent);
    expect(ticks).toContain(locale === "de" ? `50${nbsp}%` : "50%");
    if (locale !== "en") {
      const english = distPage("en/hefei-deals/index.html");
      expect(map.querySelector(".chart-title")?.textContent).not.toBe(
        english.querySelector("#chart-hefei-map .chart-title")?.textContent,
      );
      expect(table.querySelector("thead")?.textContent).not.toBe(
        english.querySelector("#chart-survey-confidence thead")?.textContent,
      );
    }
  });
});

/** Dark pixels (ink) in a rectangle of a PNG. */
function ink(file: string, box: { x: number; y: number; width: number; height: number }): number {
  const png = PNG.sync.read(readFileSync(file));
  let count = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 300) count++;
    }
  }
  return count;
}

describe("Chinese text in images", () => {
  const zhCharts = publishedCharts()
    .filter((p) => p.locale === "zh")
    .map((p) => p.id);
  it.each(zhCharts)("the zh PNG of %s has glyphs where its title is", (id) => {
    // The title sits at 24..60 px (×2 in the PNG), starting at x = 24.
    const box = { x: 48, y: 56, width: 500, height: 60 };
    expect(ink(`${DIST}/downloads/zh/${id}.png`, box)).toBeGreaterThan(2000);
    // The same rows past the widest title line (31 CJK glyphs, about 706 px, so x < 1412 in the
    // PNG) are blank: the count measures glyphs, not paper.
    expect(ink(`${DIST}/downloads/zh/${id}.png`, { ...box, x: 1440, width: 90 })).toBeLessThan(50);
  });

  it("the zh share image shows its headline", () => {
    expect(
      ink(`${DIST}/share/zh/hefei-deals.png`, { x: 56, y: 120, width: 380, height: 150 }),
    ).toBeGreaterThan(3000);
  });
});
