import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chartById, chartIds } from "../../src/charts/index.ts";
import { ARTBOARDS } from "../../src/charts/kit/svg.ts";
import { locales } from "../../src/i18n/index.ts";
import { paths } from "../../src/lib/embed.ts";
import { editions } from "../support/published.ts";
import { useBuiltSite } from "../support/browser.ts";

/**
 * Labels never overlap and are never cut, measured where Chromium really lays the text out
 * (getBoundingClientRect of each `<text>`, in the system fonts a reader has): every chart,
 * locale and artboard on its embed page and in its SVG download, and every step map of the map
 * walk on every story page at a phone's and a desktop's width.
 */
const site = useBuiltSite();

/** A viewport showing each artboard: a phone for the narrow one, a desktop for the wide one. */
const viewportFor = (artboard: number) => ({ width: artboard < 600 ? 360 : 1280, height: 900 });

/** Problems of the labels in the drawings matching `selector`, in the drawing's own units. */
const problemsIn = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const found: string[] = [];
    const svgs = [...document.querySelectorAll<SVGSVGElement>(selector)].filter(
      (svg) => svg.getClientRects().length > 0,
    );
    for (const [n, svg] of svgs.entries()) {
      const frame = svg.getBoundingClientRect();
      // Screen px to artboard px for a chart, so a message reads as the chart is drawn.
      const unit = svg.hasAttribute("data-artboard") ? svg.viewBox.baseVal.width / frame.width : 1;
      const r = (v: number) => Math.round(v * unit * 10) / 10;
      const boxes = [...svg.querySelectorAll("text")]
        .filter((t) => t.textContent!.trim() && getComputedStyle(t).visibility !== "hidden")
        .map((t) => ({ text: t.textContent!.trim(), box: t.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0);
      const where = `${svg.getAttribute("data-chart") ?? svg.getAttribute("class")} #${n}`;
      for (const { text, box } of boxes) {
        const out = Math.max(
          frame.left - box.left,
          box.right - frame.right,
          frame.top - box.top,
          box.bottom - frame.bottom,
        );
        if (out > 0.5) found.push(`${where}: "${text}" crosses the edge by ${r(out)}`);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (w > 0.5 && h > 0.5)
            found.push(`${where}: "${a.text}" overlaps "${b.text}" by ${r(w)} × ${r(h)}`);
        }
    }
    return { drawings: svgs.length, found };
  }, selector);

const cases = chartIds.flatMap((id) =>
  locales
    .filter((locale) => chartById(id).locales.includes(locale))
    .flatMap((locale) => ARTBOARDS.map((artboard) => ({ id, locale, artboard }))),
);

describe("chart labels", () => {
  it.each(cases)("$id $locale $artboard: apart and inside the artboard", async ({ id, locale, artboard }) => {
    const { page } = await site.revisit(paths.embed(locale, id), { viewport: viewportFor(artboard) });
    const { drawings, found } = await problemsIn(page, `.artboard--${artboard} svg`);
    expect(drawings).toBe(1);
    expect(found).toEqual([]);
  });

  it.each(cases.filter((c) => c.artboard === Math.max(...ARTBOARDS)))(
    "$id $locale: apart and inside the SVG download",
    async ({ id, locale }) => {
      const { page } = await site.revisit(paths.download(locale, id, "svg"), {
        viewport: { width: 1280, height: 900 },
      });
      const { drawings, found } = await problemsIn(page, ":root");
      expect(drawings).toBe(1);
      expect(found).toEqual([]);
    },
  );
});

describe("step map labels", () => {
  const pages = editions().flatMap(({ slug, locale }) =>
    [320, 1280].map((width) => ({ path: paths.story(locale, slug), width })),
  );
  it.each(pages)("$path at $width px: apart and inside every step map", async ({ path, width }) => {
    const { page } = await site.revisit(path, { viewport: { width, height: 900 }, javaScriptEnabled: false });
    const { found } = await problemsIn(page, ".route-view");
    expect(found).toEqual([]);
  });
});
