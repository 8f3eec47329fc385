/**
 * The Hefei story's own browser assertions: what its tooltips say, and the story found by each
 * language's search page by its own words ("Hefei", the German abbreviation "Mrd." its figures
 * print, and 合肥, which Pagefind must segment out of Chinese text). They live with the story and
 * go when it goes.
 */
import { describe, expect, it } from "vitest";
import { useBuiltSite, visit } from "../../../tests/support/browser.ts";

const STORY = "/en/hefei-deals/";
const site = useBuiltSite();

describe("the Hefei story's tooltips", () => {
  it("says what the survey's 2020/21 point is, on a tap", async () => {
    const { page, problems, close } = await visit(site.browser, site.base, STORY, {
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
    expect(problems).toEqual([]);
    await close();
  });

  it("gives a map place's distance from Hefei, on hover", async () => {
    const { page, close } = await visit(site.browser, site.base, STORY, {
      viewport: { width: 1280, height: 900 },
    });
    const place = page.locator("#chart-hefei-map .artboard--720 [data-tip]").nth(1);
    await place.scrollIntoViewIfNeeded();
    await place.hover();
    const tip = page.locator("#chart-hefei-map .chart-tip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/km from Hefei/);
    await close();
  });
});

describe("searching for the Hefei story", () => {
  it.each([
    ["en", "Hefei"],
    ["de", "Mrd."],
    ["zh", "合肥"],
  ])("/%s/search/ finds it for %s", async (locale, query) => {
    const { page, problems } = await site.revisit(`/${locale}/search/`);
    await page.locator("input[type=search]").fill(query);
    const story = page.locator(`.search-results a[href^="/${locale}/hefei-deals/"]`);
    await expect.poll(() => story.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
