import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chartById, chartIds } from "../../src/charts/index.ts";
import { ARTBOARDS } from "../../src/charts/kit/svg.ts";
import { locales } from "../../src/i18n/index.ts";
import { readDatasets } from "../../src/lib/readDatasets.ts";
import { renderArtboards } from "../../src/publish/renderChart.ts";

/**
 * SVG snapshots: every chart, artboard and locale, compared with tests/output/ by vitest's
 * toMatchFileSnapshot (`npx vitest run --project unit -u` rewrites them: review the change as a
 * picture). Only attribute numbers past 3 decimals are rounded (Plot's rule) and generated ids
 * renumbered, so any change to a text, "2.000 km" to "2 km" included, fails. A snapshot with no
 * chart, locale or artboard behind it fails too.
 */
const OUTPUT = "tests/output";
const datasets = new Map(readDatasets("src/data").map(({ dataset }) => [dataset.id, dataset.records]));

/** An SVG with float noise in attributes rounded and ids renumbered in order of appearance, one element a line. */
function normalise(svg: string): string {
  const ids = new Map<string, string>();
  const idOf = (id: string) => ids.get(id) ?? id;
  return svg
    .replace(/(\s[\w:-]+=")([^"]*)"/g, (_m, name: string, value: string) => {
      const rounded = value.replace(/-?\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000));
      return `${name}${rounded}"`;
    })
    .replace(/\bid="([^"]+)"/g, (_m, id: string) => {
      if (!ids.has(id)) ids.set(id, `id-${ids.size}`);
      return `id="${ids.get(id)}"`;
    })
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${idOf(id)})`)
    .replace(/href="#([^"]+)"/g, (_m, id: string) => `href="#${idOf(id)}"`)
    .replace(/></g, ">\n<");
}

const cases = chartIds.flatMap((id) =>
  locales
    .filter((locale) => chartById(id).locales.includes(locale))
    .flatMap((locale) =>
      ARTBOARDS.map((width) => ({ id, locale, width, file: `${id}-${locale}-${width}.svg` })),
    ),
);

describe("chart snapshots", () => {
  it.each(cases)("$id $locale $width", async ({ id, locale, width, file }) => {
    const artboard = renderArtboards(id, datasets.get(chartById(id).dataset)!, locale).find(
      (a) => a.width === width,
    )!;
    await expect(normalise(artboard.svg) + "\n").toMatchFileSnapshot(`../output/${file}`);
  });

  it("keeps no snapshot without a chart, locale and artboard behind it", () => {
    const expected = new Set(cases.map((c) => c.file));
    const orphans = readdirSync(OUTPUT).filter((f) => !expected.has(f));
    expect(orphans, `delete ${OUTPUT}/ files no chart renders any more`).toEqual([]);
  });

  it("rounds attribute numbers past 3 decimals only, never text, and renumbers ids", () => {
    expect(
      normalise(
        '<svg><path id="x9" d="M1.23456,2.5 L0.125,3.99999"/><use href="#x9"/><text x="1.2345" fill="url(#x9)">2.000 km 1.23456</text></svg>',
      ),
    ).toBe(
      '<svg>\n<path id="id-0" d="M1.235,2.5 L0.125,4"/>\n<use href="#id-0"/>\n<text x="1.235" fill="url(#id-0)">2.000 km 1.23456</text>\n</svg>',
    );
  });
});
