import type { Browser, BrowserContextOptions } from "playwright-core";

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
