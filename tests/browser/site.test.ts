import type { BrowserContextOptions } from "playwright-core";
import { describe, expect, it } from "vitest";
import { editions, publishedCharts } from "../support/published.ts";
import { DEFAULT_LOCALE } from "../../src/i18n/index.ts";
import { axeViolations } from "../support/axe.ts";
import { distFiles } from "../support/dist.ts";
import { useBuiltSite } from "../support/browser.ts";

// Every built page, served with dist/_headers applied as a CDN would.
const pages = distFiles()
  .filter((f) => f.endsWith(".html"))
  .map((f) => "/" + f.replace(/index\.html$/, ""));
const stories = editions().map((e) => `/${e.locale}/${e.slug}/`);
const chartCount = (path: string) =>
  path.startsWith("/embed/") ? 1 : editions().find((e) => path === `/${e.locale}/${e.slug}/`)!.charts.length;
const embeds = pages.filter((p) => p.startsWith("/embed/"));
// Frozen chart versions (/embed/<locale>/<chart>/v<N>/) are byte copies of a latest embed page
// that passed every test below when it was published, and can never change again: each build
// checks that they still load under its headers (CSP hashes, scripts), not their content again,
// so the suite does not grow with the archive.
const frozen = (path: string) => /\/v\d+\/$/.test(path);
const current = pages.filter((p) => !frozen(p));
// In a browser, each chart's newest version in each locale: an older one differs from it only by
// its notice, and the build checks every frozen page's stylesheet hash against the embed CSP
// (tests/build/versions.test.ts), so the loads stay one per chart and locale as versions pile up.
const newestFrozen = [
  ...new Map(
    pages
      .filter(frozen)
      .map((p) => [p, Number(/\/v(\d+)\/$/.exec(p)![1])] as const)
      .sort(([, a], [, b]) => a - b)
      .map(([p]) => [p.replace(/v\d+\/$/, ""), p] as const),
  ).values(),
];
const loaded = [...current, ...newestFrozen];

const site = useBuiltSite();

const open = (path: string, options: BrowserContextOptions = {}) => site.revisit(path, options);

describe("every page under its real headers", () => {
  it("loads every current page and each chart's newest frozen version", () => {
    expect(loaded.length).toBe(current.length + newestFrozen.length);
    for (const path of newestFrozen) expect(pages).toContain(path);
  });
  it.each(loaded)("%s loads with no console error, CSP violation or foreign request", async (path) => {
    const { page, problems, response, close } = await open(path);
    expect(response?.headers()["content-security-policy"]).toBeTruthy();
    // Exercise the islands too: a tip on a mark, and the explorer, loaded as the keyboard enters.
    if (await page.locator(".chart-canvas").count()) {
      // A chart that asks for a guess first shows its marks once the reader skips.
      const guess = page.locator("guess-first [data-guess=skip]").first();
      if (await guess.isVisible()) await guess.click();
      const canvas = page.locator(".chart-canvas").first();
      await canvas
        .locator(".artboard:visible [data-tip]")
        .first()
        .dispatchEvent("pointerover", { bubbles: true, pointerType: "mouse" });
      await expect.poll(() => page.locator(".chart-tip:visible").count()).toBe(1);
      // Frozen versions keep the islands they were published with.
      if (await page.locator("chart-tips[data-explore]").count()) {
        await canvas.evaluate((el) => el.focus({ focusVisible: true } as FocusOptions));
        await expect.poll(() => page.locator("[role=treeitem]:focus").count()).toBe(1);
      }
    }
    await page.waitForTimeout(100);
    expect(problems).toEqual([]);
    await close();
  });

  // One load per page, both colour schemes: switching the emulated scheme restyles the page as
  // a reader's system setting would, without paying for a second load.
  // Every story in every locale, and the default locale's other pages and embeds: the other
  // locales' site pages and embeds are the same markup in other words, and axe's rules look at
  // structure and colour (the stories carry each locale's own text and charts).
  const audited = current.filter(
    (p) =>
      stories.includes(p) ||
      !/^\/(embed\/)?[a-z]{2,3}(-[A-Za-z0-9]+)*\//.test(p) ||
      p.startsWith(`/${DEFAULT_LOCALE}/`) ||
      p.startsWith(`/embed/${DEFAULT_LOCALE}/`),
  );
  it("audits the stories, the other pages and one locale's embeds", () => {
    expect(audited).toEqual(
      expect.arrayContaining([
        ...stories,
        ...publishedCharts()
          .filter((p) => p.locale === DEFAULT_LOCALE)
          .map((p) => `/embed/${p.locale}/${p.id}/`),
      ]),
    );
    expect(
      audited.filter((p) => p.startsWith("/embed/") && !p.startsWith(`/embed/${DEFAULT_LOCALE}/`)),
    ).toEqual([]);
    expect(audited).toEqual(expect.arrayContaining(["/", `/${DEFAULT_LOCALE}/`]));
  });
  it.each(audited)("%s has no axe violations (WCAG 2.2 AA), light and dark", async (path) => {
    const { page, close } = await open(path, {
      colorScheme: "light",
      viewport: { width: 1280, height: 900 },
    });
    expect(await axeViolations(page), "light").toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(true);
    expect(await axeViolations(page), "dark").toEqual([]);
    await close();
  });
});

describe("a path that does not exist", () => {
  it.each(["/no-such-page", `/${DEFAULT_LOCALE}/no-such-story/`, `/downloads/${DEFAULT_LOCALE}/nothing.png`])(
    "%s answers 404 with the page CSP and frame protection",
    async (path) => {
      const response = await fetch(site.base + path);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors 'self'/);
      expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
      expect(await response.text()).toContain("<h1>");
    },
  );
});

describe("without JavaScript", () => {
  it.each([...stories, ...embeds.filter((p) => !frozen(p))])(
    "%s shows all its text, charts and tables",
    async (path) => {
      const { page, problems, close } = await open(path, {
        javaScriptEnabled: false,
        viewport: { width: 360, height: 800 },
      });
      const figures = page.locator("figure.chart-figure");
      expect(await figures.count()).toBe(chartCount(path));
      for (const figure of await figures.all()) {
        await expect.poll(() => figure.locator(".artboard svg:visible").count()).toBe(1);
        expect(await figure.locator(".chart-title").isVisible()).toBe(true);
        expect(await figure.locator(".artboard svg:visible text").count()).toBeGreaterThan(5);
        await figure.locator(".chart-data summary").click();
        expect(await figure.locator("table").isVisible()).toBe(true);
      }
      expect(await page.locator("h1").isVisible()).toBe(true);
      expect(problems).toEqual([]);
      await close();
    },
  );
});

describe("print", () => {
  it("prints the story with its charts and sources, without site chrome or embed tools", async () => {
    const { page, close } = await open(stories[0]!, { viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ media: "print" });
    for (const hidden of [".site-header", ".site-footer", ".embed-this", ".chart-downloads", ".skip-link"]) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    for (const svg of await page.locator(".chart-figure .artboard--720 svg").all())
      expect(await svg.isVisible()).toBe(true);
    expect(await page.locator("ol.sources").isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await close();
  });
});
