import type { Server } from "node:http";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import { serveStatic } from "../../scripts/lib/server.ts";

/**
 * Opens `base + path` in a fresh context and collects what should never happen: console
 * errors (CSP violations are logged as errors by an init script), uncaught exceptions, HTTP
 * errors and requests to any origin other than `base`.
 */
export async function visit(
  browser: Browser,
  base: string,
  path: string,
  options: BrowserContextOptions = {},
) {
  const context = await browser.newContext(options);
  const { page, problems } = await watchedPage(context, base, options);
  const response = await page.goto(base + path, { waitUntil: "load" });
  return { page, problems, response, close: () => context.close() };
}

/** A new page of `context` whose problems (see `visit`) are collected in `problems`. */
async function watchedPage(context: BrowserContext, base: string, options: BrowserContextOptions) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`exception: ${e.message}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on("request", (r) => {
    if (new URL(r.url()).origin !== base && !r.url().startsWith("data:"))
      problems.push(`foreign request: ${r.url()}`);
  });
  if (options.javaScriptEnabled !== false) {
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
  }
  return { page, problems };
}

/** What `visit` returns: the page, the problems it has had so far, and how to close it. */
export type Visit = Awaited<ReturnType<typeof visit>>;

/**
 * Serves dist/ (with its _headers) and launches Chromium for a test file: call at the top level;
 * `site.base` and `site.browser` are ready inside tests, and both are closed after the file.
 * `site.revisit` is `visit` for tests that only read a page: it navigates one page kept per set
 * of context options, because a new page costs Chromium a renderer process (0.3 to 0.7 s here,
 * most of a small page's test). Problems are counted afresh on each visit; `close` leaves it open.
 */
export function useBuiltSite(): {
  readonly base: string;
  readonly browser: Browser;
  revisit(path: string, options?: BrowserContextOptions): Promise<Visit>;
} {
  let base = "";
  let browser: Browser | undefined;
  let server: Server | undefined;
  const tabs = new Map<string, Promise<{ page: Page; problems: string[] }>>();
  beforeAll(async () => {
    ({ url: base, server } = await serveStatic("dist"));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  const site = {
    get base() {
      return base;
    },
    get browser() {
      if (!browser)
        throw new Error("useBuiltSite: Chromium is not running (call it at the top level of a test file)");
      return browser;
    },
    async revisit(path: string, options: BrowserContextOptions = {}): Promise<Visit> {
      const key = JSON.stringify(options);
      if (!tabs.has(key))
        tabs.set(
          key,
          site.browser.newContext(options).then((context) => watchedPage(context, base, options)),
        );
      const { page, problems } = await tabs.get(key)!;
      problems.length = 0;
      // A test may have emulated another scheme or print: back to what the options say.
      await page.emulateMedia({ colorScheme: options.colorScheme ?? null, media: null });
      const response = await page.goto(base + path, { waitUntil: "load" });
      return { page, problems, response, close: async () => {} };
    },
  };
  return site;
}

/** Resolves after the page has rendered two more frames (a scroll or a class change has settled). */
export const settle = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** The page's clock, performance.now(), to pass to layoutShiftsSince. */
export const pageNow = (page: Page) => page.evaluate(() => performance.now());

/**
 * Layout shifts not caused by input (what CLS counts) since `since` (a performance.now() time
 * in the page): an interaction's, not those of scrolling to it.
 */
export const layoutShiftsSince = (page: Page, since: number) =>
  page.evaluate(
    (t0) =>
      new Promise<number>((done) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[];
          done(
            entries
              .filter((e) => e.startTime >= t0 && !e.hadRecentInput)
              .reduce((sum, e) => sum + e.value, 0),
          );
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => done(0), 500);
      }),
    since,
  );
