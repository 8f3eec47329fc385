import { describe, expect, it } from "vitest";
import { settle, useBuiltSite, visit } from "../support/browser.ts";
import { editions } from "../support/published.ts";

/**
 * The scroll bar tells the truth: a story's document height at load is within 5% of its height
 * once the reader has scrolled to the end (every figure laid out), on a phone and a desktop.
 * Placeholders sized wrongly (content-visibility's contain-intrinsic-size) make End, in-page
 * links and the scroll thumb mislead.
 */
const site = useBuiltSite();
const stories = editions().map((e) => `/${e.locale}/${e.slug}/`);
const WIDTHS = [360, 1280];

describe("honest page height", () => {
  it("discovers story editions to measure", () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  it.each(stories.flatMap((path) => WIDTHS.map((width) => ({ path, width }))))(
    "$path at $width px: height at load within 5% of the height after scrolling to the end",
    async ({ path, width }) => {
      const { page, close } = await visit(site.browser, site.base, path, {
        viewport: { width, height: 800 },
      });
      await settle(page);
      const atLoad = await page.evaluate(() => document.documentElement.scrollHeight);
      // Scroll a screen at a time, so that every figure comes near the viewport once.
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
          scrollTo(0, y);
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        }
        scrollTo(0, document.documentElement.scrollHeight);
      });
      await settle(page);
      const atEnd = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(Math.abs(atLoad - atEnd) / atEnd, `${atLoad} px at load, ${atEnd} px at the end`).toBeLessThan(
        0.05,
      );
      await close();
    },
  );
});
