import type { Server } from "node:http";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChartId } from "../../src/charts/index.ts";
import { chartsOf } from "../support/published.ts";
import { childId, embedSnippet, paths } from "../../src/lib/embed.ts";
import { launchChromium } from "../support/chromium.ts";
import { article, serveHost } from "../support/host.ts";
import { serveStatic } from "../support/server.ts";

// The English story's charts: the host pages embed each of them.
const chartIds = chartsOf("hefei-deals", "en");
let browser: Browser;
let site: { url: string; server: Server };
let host: { url: string; server: Server };

const snippets = (origin: string) =>
  chartIds
    .map((id) => embedSnippet({ site: new URL(origin), locale: "en", id, title: id, height: 400 }))
    .join("\n");
const pymHost = (origin: string) =>
  `<script src="/pym.js"></script>` +
  chartIds
    .map(
      (id) =>
        `<div id="pym-${id}"></div><script>new pym.Parent("pym-${id}", "${origin}${paths.embed("en", id)}", {});</script>`,
    )
    .join("");

beforeAll(async () => {
  site = await serveStatic("dist");
  host = await serveHost({ "/": article(snippets(site.url)), "/pym/": article(pymHost(site.url)) });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  site?.server.close();
  host?.server.close();
});

/** The embed frame of a chart on the host page. */
function frameOf(page: Page, id: ChartId): Frame {
  const frame = page.frames().find((f) => f.url().includes(paths.embed("en", id)));
  if (!frame) throw new Error(`no frame for ${id}`);
  return frame;
}

/** [iframe element height, embed document height, embed scrollable overflow]. */
async function heights(page: Page, id: ChartId, selector: string) {
  const frame = frameOf(page, id);
  const iframe = await page
    .locator(selector)
    .evaluate((el) => (el as HTMLIFrameElement).getBoundingClientRect().height);
  const [content, overflow] = await frame.evaluate(() => [
    Math.ceil(document.body.getBoundingClientRect().height),
    document.documentElement.scrollHeight - document.documentElement.clientHeight,
  ]);
  return { iframe, content: content!, overflow: overflow! };
}

async function expectFitted(page: Page, selectorOf: (id: ChartId) => string) {
  for (const id of chartIds) {
    await page.locator(selectorOf(id)).scrollIntoViewIfNeeded();
    await expect
      .poll(
        async () => {
          const h = await heights(page, id, selectorOf(id));
          return Math.abs(h.iframe - h.content) <= 2 && h.overflow <= 0;
        },
        { timeout: 10_000 },
      )
      .toBe(true);
  }
}

describe.each([
  ["our snippet and /embed.js", "/", (id: ChartId) => `iframe[data-hefei-embed="${childId("en", id)}"]`],
  ["pym.js's Parent", "/pym/", (id: ChartId) => `#pym-${id} iframe`],
] as const)("embedded with %s on another origin", (_name, path, selectorOf) => {
  it("sizes each iframe to its document at 1280 px and again at 360 px, with nothing scrolling inside", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const foreign: string[] = [];
    page.on("request", (r) => {
      const origin = new URL(r.url()).origin;
      if (origin !== site.url && origin !== host.url) foreign.push(r.url());
    });
    await page.goto(host.url + path);
    await expectFitted(page, selectorOf);
    const wide = await heights(page, "hefei-map", selectorOf("hefei-map"));
    await page.setViewportSize({ width: 360, height: 740 });
    await expectFitted(page, selectorOf);
    const narrow = await heights(page, "hefei-map", selectorOf("hefei-map"));
    expect(narrow.iframe).toBeGreaterThan(wide.iframe); // the map stacks its insets on phones
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});

describe("hostile messages to the host page", () => {
  it("change no iframe height, throw nothing and navigate nowhere", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(host.url + "/");
    const selectorOf = (id: ChartId) => `iframe[data-hefei-embed="${childId("en", id)}"]`;
    await expectFitted(page, selectorOf);
    const id = "deals-by-sector";
    const child = childId("en", id);
    const before = await page
      .locator("iframe")
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).style.height));
    const scrolled = await page.evaluate(() => scrollY);
    const payloads = [
      `pymxPYMx${child}xPYMxheightxPYMx-120`,
      `pymxPYMx${child}xPYMxheightxPYMxabc`,
      `pymxPYMx${child}xPYMxheightxPYMx99999999`,
      `pymxPYMx${child}xPYMxheightxPYMx1e3`,
      `pymxPYMx${child}xPYMxheightxPYMx300px;background:red`,
      `pymxPYMx${child}xPYMxheightxPYMx300"><img src=x onerror=alert(1)>`,
      `pymxPYMx${child}xPYMxheightxPYMx10`,
      `pymxPYMx${child}xPYMxnavigateToxPYMxhttps://evil.example/`,
      `pymxPYMx${child}xPYMxscrollToChildPosxPYMx5000`,
      `pymxPYMx${child}xPYMxscrollToxPYMx5000`,
    ];
    // 1. From the embed itself: bad heights and pym navigation or scrolling requests.
    const embed = frameOf(page, id);
    await embed.evaluate((list) => {
      for (const p of list) parent.postMessage(p, "*");
      parent.postMessage({ height: 300 }, "*");
      parent.postMessage(null, "*");
    }, payloads);
    // 2. A well-formed height from the host's own origin and from a frame of another origin.
    await page.evaluate((c) => window.postMessage(`pymxPYMx${c}xPYMxheightxPYMx333`, "*"), child);
    await page.evaluate((c) => {
      const frame = document.createElement("iframe");
      frame.srcdoc = `<script>parent.postMessage("pymxPYMx${c}xPYMxheightxPYMx333", "*")<\/script>`;
      document.body.append(frame);
    }, child);
    // 3. A well-formed height from a different frame of the site's own origin (another embed:
    //    only embeds may be framed by other sites, 404s included).
    await page.evaluate((src) => {
      const frame = document.createElement("iframe");
      frame.src = src;
      frame.name = "stranger";
      document.body.append(frame);
    }, `${site.url}/embed/en/hefei-map/?childId=stranger`);
    await expect
      .poll(() => page.frames().some((f) => f.name() === "stranger" && f.url().startsWith(site.url)))
      .toBe(true);
    const stranger = page.frames().find((f) => f.name() === "stranger")!;
    await stranger.waitForLoadState();
    await stranger.evaluate((c) => parent.postMessage(`pymxPYMx${c}xPYMxheightxPYMx333`, "*"), child);
    await page.waitForTimeout(300);

    const after = await page
      .locator(`iframe[data-hefei-embed]`)
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).style.height));
    expect(after).toEqual(before.slice(0, after.length));
    expect(page.url()).toBe(host.url + "/");
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("an embed page on its own", () => {
  it("requests nothing from other origins, sets no cookie and stores nothing", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    for (const id of chartIds) {
      await page.goto(`${site.url}${paths.embed("en", id)}?theme=dark`);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    }
    expect(requests.filter((url) => new URL(url).origin !== site.url)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});

describe("the story's embed code", () => {
  it("is selected whole by one click, and Copy puts it, with this origin's URLs, on the clipboard", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.url });
    const page = await context.newPage();
    await page.goto(`${site.url}/en/hefei-deals/`);
    const embed = page.locator("#chart-hefei-map .embed-this");
    await embed.locator("summary").click();
    const code = embed.locator(".embed-code code");
    const snippet = (await code.textContent())!.trim();
    // The build bakes in the configured site URL; served from elsewhere, the snippet follows.
    expect(snippet).toContain(`<iframe src="${site.url}/embed/en/hefei-map/?childId=hefei-en-hefei-map"`);
    expect(snippet).toContain(`<script async src="${site.url}/embed.js"></script>`);
    expect(await embed.locator(".embed-pym").textContent()).toContain(`"${site.url}/embed/en/hefei-map/"`);

    await code.click();
    expect((await page.evaluate(() => getSelection()?.toString() ?? "")).trim()).toBe(snippet);

    const button = embed.locator("copy-snippet button");
    await expect.poll(() => button.textContent()).toBe("Copy");
    await button.click();
    await expect.poll(() => button.textContent()).toBe("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    await context.close();
  });
});
