import type { Server } from "node:http";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./chromium.ts";
import { serveStatic } from "./server.ts";

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
  const response = await page.goto(base + path, { waitUntil: "load" });
  return { page, problems, response, close: () => context.close() };
}

/**
 * Serves dist/ (with its _headers) and launches Chromium for a test file: call at the top level;
 * `site.base` and `site.browser` are ready inside tests, and both are closed after the file.
 */
export function useBuiltSite(): { readonly base: string; readonly browser: Browser } {
  let base = "";
  let browser: Browser | undefined;
  let server: Server | undefined;
  beforeAll(async () => {
    ({ url: base, server } = await serveStatic("dist"));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  return {
    get base() {
      return base;
    },
    get browser() {
      if (!browser)
        throw new Error("useBuiltSite: Chromium is not running (call it at the top level of a test file)");
      return browser;
    },
  };
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
