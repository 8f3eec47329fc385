import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBuiltSite, visit } from "../support/browser.ts";
import { editions, storySlugs } from "../support/published.ts";
import { locales } from "../../src/i18n/index.ts";

// One edition of each story with charts (its first in the site's locale order): what is checked
// here is the charts' drawing and islands, the same in every language (tests/browser/labels.test.ts
// and site.test.ts look at every edition).
const pages = storySlugs().flatMap((slug) => {
  const edition = locales
    .map((l) => editions().find((e) => e.slug === slug && e.locale === l && e.charts.length > 0))
    .find((e) => e !== undefined);
  return edition ? [[`/${edition.locale}/${edition.slug}/`, edition.charts] as const] : [];
});
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
    it.each(pages)(`%s shows every chart and its table at ${width} px`, async (STORY, CHARTS) => {
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

  it.each(pages)("%s draws no chart text smaller than 12 px at 360 px", async (STORY) => {
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

/**
 * A point where a reader's finger or pointer lands on a mark of the chart's visible artboard (not
 * on a label drawn over it), with the mark's tip; null if no mark can be reached.
 */
const reachableMark = (page: Page, id: string) =>
  page.evaluate((id) => {
    const svg = [...document.querySelectorAll<SVGSVGElement>(`#chart-${id} .artboard svg`)].find(
      (el) => el.getClientRects().length > 0,
    );
    for (const mark of svg?.querySelectorAll("[data-tip]") ?? []) {
      mark.scrollIntoView({ block: "center" });
      const box = mark.getBoundingClientRect();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit === mark || mark.contains(hit))) return { x, y, tip: mark.getAttribute("data-tip")! };
    }
    return null;
  }, id);

describe("with JavaScript", () => {
  // The keyboard explores a chart through its tree: tests/browser/explore.test.ts.
  it.each(pages)(
    "%s opens a tooltip by tap on a phone on a mark of each chart, and closes it on a tap elsewhere",
    async (STORY, CHARTS) => {
      const { page, errors, close } = await open(STORY, {
        viewport: { width: 360, height: 740 },
        hasTouch: true,
        isMobile: true,
      });
      for (const id of CHARTS) {
        // A chart that asks for a guess first shows its marks once the reader skips.
        const skip = page.locator(`#chart-${id} [data-guess=skip]`);
        if (await skip.isVisible()) await skip.click();
        const mark = await reachableMark(page, id);
        expect(mark, `${id}: a mark a finger can reach`).not.toBeNull();
        await page.touchscreen.tap(mark!.x, mark!.y);
        const tip = page.locator(`#chart-${id} .chart-tip`);
        await expect.poll(() => tip.isVisible(), { message: id }).toBe(true);
        expect(await tip.textContent(), id).toContain(mark!.tip.split(" ")[0]);
        await page.locator(`#chart-${id} .chart-title`).tap();
        await expect.poll(() => tip.isVisible(), { message: id }).toBe(false);
      }
      expect(errors).toEqual([]);
      await close();
    },
  );

  it.each(pages)("%s opens a tooltip on hover over a mark of each chart", async (STORY, CHARTS) => {
    const { page, close } = await open(STORY, { viewport: { width: 1280, height: 900 } });
    for (const id of CHARTS) {
      const skip = page.locator(`#chart-${id} [data-guess=skip]`);
      if (await skip.isVisible()) await skip.click();
      const mark = await reachableMark(page, id);
      expect(mark, `${id}: a mark a pointer can reach`).not.toBeNull();
      await page.mouse.move(mark!.x, mark!.y);
      const tip = page.locator(`#chart-${id} .chart-tip`);
      await expect.poll(() => tip.isVisible(), { message: id }).toBe(true);
      expect(await tip.textContent(), id).toContain(mark!.tip.split(" ")[0]);
    }
    await close();
  });
});
