/**
 * The site's own pages in Chromium: search finds each edition by a word of its headline (in its
 * language's index, Chinese included), its results pass axe, and without JavaScript the page
 * links the desk and the facts; a figure in a story leads to its entry; the desk's Copy buttons
 * copy. Editions and charts are derived from the content.
 */
import { describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.ts";
import { useBuiltSite } from "../support/browser.ts";
import { editions, homeLocales, publishedCharts } from "../support/published.ts";

const site = useBuiltSite();

/** The longest run of letters in a built page's headline: a word search must find it by. */
async function headlineWord(path: string): Promise<string> {
  const { page } = await site.revisit(path);
  const headline = (await page.locator("h1").textContent()) ?? "";
  return [...headline.matchAll(/\p{L}+/gu)].map((m) => m[0]).sort((a, b) => b.length - a.length)[0]!;
}

describe("search", () => {
  it.each(editions().map((e) => [e.locale, e.slug] as const))(
    "/%s/search/ finds the edition %s by a word of its headline",
    async (locale, slug) => {
      const word = await headlineWord(`/${locale}/${slug}/`);
      const { page, problems } = await site.revisit(`/${locale}/search/`);
      await page.locator("input[type=search]").fill(word);
      const hit = page.locator(`.search-results a[href^="/${locale}/${slug}/"]`);
      await expect.poll(() => hit.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await page.locator("[role=status]").textContent()).toContain(word);
      expect(problems).toEqual([]);
    },
  );

  it.each(homeLocales())("/%s/search/ with results has no axe violations, light and dark", async (locale) => {
    const word = await headlineWord(`/${locale}/${editions().find((e) => e.locale === locale)!.slug}/`);
    const { page } = await site.revisit(`/${locale}/search/?q=${encodeURIComponent(word)}`, {
      colorScheme: "light",
    });
    await expect
      .poll(() => page.locator(".search-results li").count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await page.locator("input[type=search]").inputValue()).toBe(word);
    expect(await axeViolations(page), "light").toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(page), "dark").toEqual([]);
  });

  it.each(homeLocales())(
    "/%s/search/ loads Pagefind only when searched, and a first search fetches at most 160 KB",
    async (locale) => {
      const word = await headlineWord(`/${locale}/${editions().find((e) => e.locale === locale)!.slug}/`);
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const fetched: { path: string; bytes: Promise<number> }[] = [];
      page.on("requestfinished", (request) =>
        fetched.push({
          path: new URL(request.url()).pathname,
          bytes: request.sizes().then((s) => s.responseBodySize),
        }),
      );
      await page.goto(`${site.base}/${locale}/search/`, { waitUntil: "load" });
      expect(fetched.filter((f) => f.path.startsWith("/pagefind/"))).toEqual([]);
      const loaded = fetched.length;
      await page.locator("input[type=search]").fill(word);
      await page.locator(".search-results li").first().waitFor();
      await page.waitForTimeout(300);
      const searched = fetched.slice(loaded).filter((f) => f.path.startsWith("/pagefind/"));
      expect(searched.map((f) => f.path)).toContain("/pagefind/pagefind.js");
      const total = (await Promise.all(searched.map((f) => f.bytes))).reduce((a, b) => a + b, 0);
      console.log(`/${locale}/search/: a first search fetched ${total} bytes`);
      expect(total).toBeLessThanOrEqual(160 * 1024);
      await context.close();
    },
  );

  it.each(homeLocales())("/%s/search/ without JavaScript links the desk and the facts", async (locale) => {
    const { page, problems } = await site.revisit(`/${locale}/search/`, { javaScriptEnabled: false });
    expect(await page.locator("form[role=search]").isVisible()).toBe(false);
    expect(await page.locator("[data-noscript]").isVisible()).toBe(true);
    for (const name of ["charts", "facts"])
      expect(await page.locator(`.search-browse a[href="/${locale}/${name}/"]`).isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe("a figure in a story", () => {
  it.each(editions().map((e) => [e.locale, e.slug] as const))(
    "/%s/%s/: its first figure leads to its entry on the facts page",
    async (locale, slug) => {
      const { page, problems } = await site.revisit(`/${locale}/${slug}/`);
      const fact = page.locator("a[data-fact]").first();
      const id = (await fact.getAttribute("data-fact"))!;
      await fact.click();
      await page.waitForURL(`**/${locale}/facts/#${id}`);
      const entry = page.locator(`[id="${id}"]`);
      expect(await entry.isVisible()).toBe(true);
      expect(await entry.evaluate((el) => el.matches(":target"))).toBe(true);
      // The entry is in view: the reader lands on it.
      const top = await entry.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(await page.evaluate(() => innerHeight));
      expect(problems).toEqual([]);
    },
  );
});

describe("the chart desk's Copy buttons", () => {
  it.each(homeLocales())("/%s/charts/: Copy puts each card's snippet on the clipboard", async (locale) => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.base });
    const page = await context.newPage();
    await page.goto(`${site.base}/${locale}/charts/`);
    const ids = publishedCharts()
      .filter((c) => c.locale === locale)
      .map((c) => c.id);
    for (const id of ids) {
      const card = page.locator(`article:has(> h2[id="desk-${id}"])`);
      const code = card.locator('pre[data-kind="latest"] code');
      const snippet = (await code.textContent())!.trim();
      expect(snippet).toContain(`${site.base}/embed/${locale}/${id}/`);
      await card.locator("copy-snippet button").click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    }
    await context.close();
  });
});
