/**
 * The Hefei story found by each language's search page: its own words ("Hefei", the German
 * abbreviation "Mrd." its figures print, and 合肥, which Pagefind must segment out of Chinese text).
 */
import { describe, expect, it } from "vitest";
import { useBuiltSite } from "../../../tests/support/browser.ts";

const site = useBuiltSite();

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
