import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { messages } from "../../src/i18n/index.ts";
import { DIST, distPage } from "../support/dist.ts";
import { editions, publishedCharts } from "../support/published.ts";

describe.each(editions().map((e) => [e.locale, e.slug, e.charts] as const))(
  "the %s/%s edition",
  (locale, slug, charts) => {
    const lang = messages(locale).intlLocale;
    it(`is marked with its catalogue's language tag on the page and on its embeds`, () => {
      expect(distPage(`${locale}/${slug}/index.html`).documentElement.getAttribute("lang")).toBe(lang);
      for (const id of charts)
        expect(distPage(`embed/${locale}/${id}/index.html`).documentElement.getAttribute("lang")).toBe(lang);
    });
  },
);

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

// Locales written in Chinese characters: their images need the bundled CJK font to show text at all.
const cjk = (locale: string) => /^(zh|ja|ko)\b/.test(messages(locale).intlLocale);

// Only while the site publishes in a CJK language.
const cjkCharts = publishedCharts().filter((p) => cjk(p.locale));
describe.runIf(cjkCharts.length > 0)("CJK text in images", () => {
  const charts = cjkCharts;
  it.each(charts.map((p) => [p.locale, p.id] as const))(
    "the %s PNG of %s has glyphs where its title is",
    (locale, id) => {
      // The title sits at 24..60 px (×2 in the PNG), starting at x = 24.
      const box = { x: 48, y: 56, width: 500, height: 60 };
      expect(ink(`${DIST}/downloads/${locale}/${id}.png`, box)).toBeGreaterThan(2000);
      // The same rows past the widest title line (31 CJK glyphs, about 706 px, so x < 1412 in the
      // PNG) are blank: the count measures glyphs, not paper.
      expect(ink(`${DIST}/downloads/${locale}/${id}.png`, { ...box, x: 1440, width: 90 })).toBeLessThan(50);
    },
  );

  it.each(
    editions()
      .filter((e) => cjk(e.locale))
      .map((e) => [e.locale, e.slug] as const),
  )("the %s share image of %s shows its headline", (locale, slug) => {
    expect(
      ink(`${DIST}/share/${locale}/${slug}.png`, { x: 56, y: 120, width: 380, height: 150 }),
    ).toBeGreaterThan(3000);
  });
});
