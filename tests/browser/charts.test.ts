import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { citedCharts } from "../../src/lib/citedCharts.ts";
import { useBuiltSite, visit } from "../support/browser.ts";

const STORY = "/en/hefei-deals/";
const CHARTS = citedCharts(readFileSync("src/stories/hefei-deals/en.mdx", "utf8"));
const site = useBuiltSite();

/** Opens a page; `errors` collects console errors, exceptions, HTTP errors and foreign requests. */
async function open(path: string, options: Parameters<Browser["newContext"]>[0] = {}) {
  const { page, problems, close } = await visit(site.browser, site.base, path, options);
  return { page, errors: problems, close };
}

const visibleArtboards = (page: Page, id: string) =>
  page
    .locator(`#chart-${id} .artboard`)
    .evaluateAll((els) =>
      els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.className),
    );

describe("without JavaScript", () => {
  for (const width of [360, 1280]) {
    it(`shows every chart and its table at ${width} px`, async () => {
      const { page, close } = await open(STORY, {
        javaScriptEnabled: false,
        viewport: { width, height: 900 },
      });
      for (const id of CHARTS) {
        const shown = await visibleArtboards(page, id);
        expect(shown).toEqual([`artboard artboard--${width < 600 ? 340 : 720}`]);
        const svg = page.locator(`#chart-${id} .artboard:visible svg`);
        const box = await svg.boundingBox();
        expect(box!.width).toBeGreaterThan(width < 600 ? 300 : 600);
        expect(box!.width).toBeLessThanOrEqual(width);
        await page.locator(`#chart-${id} .chart-data summary`).click();
        await expect.poll(() => page.locator(`#chart-${id} table`).isVisible()).toBe(true);
      }
      await close();
    });
  }

  it("draws no chart text smaller than 12 px at 360 px", async () => {
    const { page, close } = await open(STORY, {
      javaScriptEnabled: false,
      viewport: { width: 360, height: 900 },
    });
    const smallest = await page.evaluate(() => {
      let min = Infinity;
      for (const svg of document.querySelectorAll<SVGSVGElement>(".artboard svg")) {
        if (!svg.getClientRects().length) continue;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        for (const text of svg.querySelectorAll("text")) {
          min = Math.min(min, parseFloat(getComputedStyle(text).fontSize) * scale);
        }
      }
      return min;
    });
    expect(smallest).toBeGreaterThanOrEqual(12);
    await close();
  });
});

describe("with JavaScript", () => {
  // The keyboard explores a chart through its tree: tests/browser/explore.test.ts.
  it("opens a tooltip by tap on a phone and closes it on Escape", async () => {
    const { page, errors, close } = await open(STORY, {
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    const mark = page.locator('#chart-survey-confidence .artboard--340 [data-tip^="2020/21: 72%"]:not(rect)');
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    const tip = page.locator("#chart-survey-confidence .chart-tip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/^2020\/21: 72% Plan to increase investment/);
    // A tap elsewhere closes it.
    await page.locator("#chart-survey-confidence .chart-title").tap();
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it("opens a tooltip on hover over a map place", async () => {
    const { page, close } = await open(STORY, { viewport: { width: 1280, height: 900 } });
    const place = page.locator("#chart-hefei-map .artboard--720 [data-tip]").nth(1);
    await place.scrollIntoViewIfNeeded();
    await place.hover();
    const tip = page.locator("#chart-hefei-map .chart-tip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/km from Hefei/);
    await close();
  });
});
