import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chartById, chartIds } from "../../src/charts/index.ts";
import { ARTBOARDS } from "../../src/charts/svg.ts";
import { locales } from "../../src/i18n/index.ts";
import { readDatasets } from "../../src/lib/readDatasets.ts";
import { renderArtboards } from "../../src/lib/renderChart.ts";

/**
 * SVG snapshots: every chart, artboard and locale, compared with tests/output/. Numbers are
 * rounded to 3 decimals and ids renumbered first. A missing snapshot is written locally but
 * fails under CI; UPDATE_SNAPSHOTS=1 rewrites them (review the change as a picture).
 */
const datasets = new Map(readDatasets("src/data").map(({ dataset }) => [dataset.id, dataset.records]));

function normalise(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
    .replace(/\bid="([^"]+)"/g, (_m, id: string) => {
      if (!ids.has(id)) ids.set(id, `id-${ids.size}`);
      return `id="${ids.get(id)}"`;
    })
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${ids.get(id) ?? id})`)
    .replace(/></g, ">\n<");
}

const cases = chartIds.flatMap((id) =>
  locales
    .filter((locale) => chartById(id).locales.includes(locale))
    .flatMap((locale) => ARTBOARDS.map((width) => ({ id, locale, width }))),
);

describe("chart snapshots", () => {
  it.each(cases)("$id $locale $width", ({ id, locale, width }) => {
    const artboard = renderArtboards(id, datasets.get(chartById(id).dataset)!, locale).find(
      (a) => a.width === width,
    )!;
    const actual = normalise(artboard.svg) + "\n";
    const file = `tests/output/${id}-${locale}-${width}.svg`;
    if (process.env.UPDATE_SNAPSHOTS === "1" || (!existsSync(file) && !process.env.CI)) {
      mkdirSync("tests/output", { recursive: true });
      writeFileSync(file, actual);
    }
    expect(
      existsSync(file),
      `${file} is missing: run UPDATE_SNAPSHOTS=1 npm run test:unit and review it`,
    ).toBe(true);
    expect(actual).toBe(readFileSync(file, "utf8"));
  });

  it("normalises numbers and ids", () => {
    expect(normalise('<svg><path id="x9" d="M1.23456,2"/><use href="url(#x9)"/></svg>')).toBe(
      '<svg>\n<path id="id-0" d="M1.235,2"/>\n<use href="url(#id-0)"/>\n</svg>',
    );
  });
});
