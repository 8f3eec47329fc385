import type { Server } from "node:http";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChartId } from "../../src/charts/index.ts";
import { readFileSync } from "node:fs";
import { DEFAULT_LOCALE, fill, locales, messages, type Locale } from "../../src/i18n/index.ts";
import { editions, publishedCharts } from "../support/published.ts";
import { childId, embedSnippet, paths } from "../../src/lib/embed.ts";
import { svgLabel } from "../../src/publish/exportChart.ts";
import { formatDate } from "../../src/lib/format.ts";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import { article, serveHost } from "../../scripts/lib/host.ts";
import { serveStatic } from "../../scripts/lib/server.ts";

// The locales some edition cites a chart in: each has embeds (a locale with a catalogue and no
// edition yet has none).
const chartLocales = locales.filter((l) => publishedCharts().some((p) => p.locale === l));

// The charts of the newest edition in the default locale that has any: the host pages embed each.
const lead = editions()
  .filter((e) => e.locale === DEFAULT_LOCALE && e.charts.length > 0)
  .sort((a, b) => b.published.localeCompare(a.published))[0]!;
const LOCALE = lead.locale;
const chartIds = lead.charts;
let browser: Browser;
let site: { url: string; server: Server };
let host: { url: string; server: Server };

/** A chart's built oEmbed document. */
const oembedOf = (locale: Locale, id: ChartId) =>
  JSON.parse(readFileSync(`dist/oembed/${locale}/${id}.json`, "utf8")) as {
    height: number;
    chart_version: number;
    version_date: string;
    version_height: number;
    fallback_html: string;
    provider_url: string;
  };
/** oEmbed markup with the configured site's URLs pointing at the test server instead. */
const served = (markup: string, origin: string) =>
  markup.split(new URL(oembedOf(LOCALE, chartIds[0]!).provider_url).origin).join(origin);
const snippets = (origin: string, version?: (id: ChartId) => number) =>
  chartIds
    .filter((id) => !version || oembedOf(LOCALE, id).chart_version !== undefined)
    .map((id) =>
      embedSnippet({
        site: new URL(origin),
        locale: LOCALE,
        id,
        title: id,
        height: 400,
        version: version?.(id),
      }),
    )
    .join("\n");
/** Every embed of a locale, latest and newest version, at 720 px and its declared height, without the loader. */
const unloaded = (origin: string, locale: Locale) =>
  publishedCharts()
    .filter((p) => p.locale === locale)
    .flatMap(({ id }) => {
      const o = oembedOf(locale, id);
      return [
        [paths.embed(locale, id), o.height] as const,
        ...(o.chart_version === undefined
          ? []
          : [[paths.embedVersion(locale, id, o.chart_version), o.version_height] as const]),
      ];
    })
    .map(
      ([path, height]) =>
        `<iframe src="${origin}${path}" title="${path}" width="720" height="${height}" style="border:0;display:block"></iframe>`,
    )
    .join("");
const pymHost = (origin: string) =>
  `<script src="/pym.js"></script>` +
  chartIds
    .map(
      (id) =>
        `<div id="pym-${id}"></div><script>new pym.Parent("pym-${id}", "${origin}${paths.embed(LOCALE, id)}", {});</script>`,
    )
    .join("");

beforeAll(async () => {
  site = await serveStatic("dist");
  host = await serveHost({
    "/": article(snippets(site.url)),
    "/version/": article(snippets(site.url, (id) => oembedOf(LOCALE, id).chart_version)),
    "/pym/": article(pymHost(site.url)),
    ...Object.fromEntries(locales.map((l) => [`/unloaded/${l}/`, unloaded(site.url, l)])),
    ...Object.fromEntries(
      locales.map((l) => [
        `/newsletter/${l}/`,
        article(
          publishedCharts()
            .filter((p) => p.locale === l)
            .map(({ id }) => served(oembedOf(l, id).fallback_html, site.url))
            .join(""),
        ),
      ]),
    ),
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  site?.server.close();
  host?.server.close();
});

/** The embed frame of a chart on the host page. */
function frameOf(page: Page, id: ChartId): Frame {
  const frame = page.frames().find((f) => f.url().includes(paths.embed(LOCALE, id)));
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
  ["our snippet and /embed.js", "/", (id: ChartId) => `iframe[data-hefei-embed="${childId(LOCALE, id)}"]`],
  [
    "our snippet for this version and /embed.js",
    "/version/",
    (id: ChartId) => `iframe[data-hefei-embed="${childId(LOCALE, id, oembedOf(LOCALE, id).chart_version)}"]`,
  ],
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
    const shown = chartIds.filter(
      (id) => path !== "/version/" || oembedOf(LOCALE, id).chart_version !== undefined,
    );
    const wide = await Promise.all(shown.map((id) => heights(page, id, selectorOf(id))));
    await page.setViewportSize({ width: 360, height: 740 });
    await expectFitted(page, selectorOf);
    const narrow = await Promise.all(shown.map((id) => heights(page, id, selectorOf(id))));
    // Charts draw another artboard on phones: the loader followed at least one of them.
    expect(narrow.some((n, i) => n.iframe !== wide[i]!.iframe)).toBe(true);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});

describe.each(chartLocales)("without the loader (a CMS that strips scripts), %s", (locale) => {
  it("every embed, latest and frozen, is exactly its declared height at 720 px and scrolls nothing", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${host.url}/unloaded/${locale}/`, { waitUntil: "load" });
    const frames = page.frames().filter((f) => f.url().startsWith(`${site.url}/embed/`));
    // Each chart's latest embed, and its newest version where it has one.
    const expected = publishedCharts()
      .filter((p) => p.locale === locale)
      .reduce((n, p) => n + (oembedOf(locale, p.id).chart_version === undefined ? 1 : 2), 0);
    expect(frames.length).toBe(expected);
    for (const frame of frames) {
      const [width, declared, content, overflow] = await frame.evaluate(async () => {
        await document.fonts.ready;
        return [
          document.documentElement.clientWidth,
          document.documentElement.clientHeight,
          Math.ceil(document.body.getBoundingClientRect().height),
          document.documentElement.scrollHeight - document.documentElement.clientHeight,
        ];
      });
      expect(width, frame.url()).toBe(720);
      expect(overflow, frame.url()).toBe(0);
      expect(
        Math.abs(declared! - content!),
        `${frame.url()}: declared ${declared}, content ${content}`,
      ).toBeLessThanOrEqual(1);
    }
    await context.close();
  });
});

describe.each(chartLocales)("the static image fallback in a newsletter, %s", (locale) => {
  it("shows each chart's PNG at its size, with the finding as alt text, linking to the story", async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${host.url}/newsletter/${locale}/`, { waitUntil: "load" });
    for (const { id, story } of publishedCharts().filter((p) => p.locale === locale)) {
      const alt = svgLabel(readFileSync(`dist/downloads/${locale}/${id}.svg`, "utf8"));
      const img = page.getByRole("img", { name: alt, exact: true });
      await img.scrollIntoViewIfNeeded();
      const shown = await img.evaluate((el) => {
        const image = el as HTMLImageElement;
        return {
          complete: image.complete,
          natural: image.naturalWidth,
          width: image.width,
          attr: image.getAttribute("width"),
        };
      });
      expect(shown.complete).toBe(true);
      expect(shown.natural).toBe(2 * Number(shown.attr));
      expect(shown.width).toBe(Number(shown.attr));
      const link = page.getByRole("link", { name: alt, exact: true });
      expect(await link.getAttribute("href")).toBe(`${site.url}/${locale}/${story}/`);
    }
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
    const selectorOf = (id: ChartId) => `iframe[data-hefei-embed="${childId(LOCALE, id)}"]`;
    await expectFitted(page, selectorOf);
    const id = chartIds[0]!;
    const child = childId(LOCALE, id);
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
    await page.evaluate(
      (src) => {
        const frame = document.createElement("iframe");
        frame.src = src;
        frame.name = "stranger";
        document.body.append(frame);
      },
      `${site.url}${paths.embed(LOCALE, chartIds.at(-1)!)}?childId=stranger`,
    );
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
      await page.goto(`${site.url}${paths.embed(LOCALE, id)}?theme=dark`);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    }
    expect(requests.filter((url) => new URL(url).origin !== site.url)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});

// A chart with a published version, on the edition that cites it: the default locale's first, and
// for the no-JavaScript switch another locale's if there is one (its labels are translated).
const versioned = publishedCharts().filter((p) => oembedOf(p.locale, p.id).chart_version !== undefined);
const copyCase = versioned.find((p) => p.locale === DEFAULT_LOCALE) ?? versioned[0];
const switchCase = versioned.find((p) => p.locale !== DEFAULT_LOCALE) ?? versioned[0];

describe.runIf(copyCase !== undefined)("the story's embed code", () => {
  it("is selected whole by one click, and Copy puts it, with this origin's URLs, on the clipboard", async () => {
    const { locale, id, story } = copyCase!;
    const m = messages(locale);
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.url });
    const page = await context.newPage();
    await page.goto(`${site.url}${paths.story(locale, story)}`);
    const embed = page.locator(`#chart-${id} .embed-this`);
    await embed.locator("summary").click();
    const code = embed.locator('.embed-code pre[data-kind="latest"] code');
    const snippet = (await code.textContent())!.trim();
    // The build bakes in the configured site URL; served from elsewhere, the snippet follows.
    expect(snippet).toContain(
      `<iframe src="${site.url}${paths.embed(locale, id)}?childId=${childId(locale, id)}"`,
    );
    expect(snippet).toContain(`<script async src="${site.url}/embed.js"></script>`);
    expect(await embed.locator(".embed-pym").textContent()).toContain(
      `"${site.url}${paths.embed(locale, id)}"`,
    );

    await code.click();
    expect((await page.evaluate(() => getSelection()?.toString() ?? "")).trim()).toBe(snippet);

    const button = embed.locator("copy-snippet button");
    await expect.poll(() => button.textContent()).toBe(m.ui.copy);
    await button.click();
    await expect.poll(() => button.textContent()).toBe(m.ui.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    // "This version": its snippet shows instead, and Copy copies it.
    const n = oembedOf(locale, id).chart_version;
    const version = embed.locator('.embed-code pre[data-kind="version"] code');
    expect(await version.isVisible()).toBe(false);
    await embed.locator('input[value="version"]').check();
    expect(await version.isVisible()).toBe(true);
    expect(await code.isVisible()).toBe(false);
    const frozen = (await version.textContent())!.trim();
    expect(frozen).toContain(
      `<iframe src="${site.url}${paths.embedVersion(locale, id, n)}?childId=${childId(locale, id, n)}"`,
    );
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(frozen);
    await context.close();
  });

  it("switches between latest and this version without JavaScript", async () => {
    const { locale, id, story } = switchCase!;
    const m = messages(locale);
    const context = await browser.newContext({
      viewport: { width: 360, height: 800 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${site.url}${paths.story(locale, story)}`);
    const embed = page.locator(`#chart-${id} .embed-this`);
    await embed.locator("summary").click();
    const latest = embed.locator('pre[data-kind="latest"]');
    const version = embed.locator('pre[data-kind="version"]');
    expect([await latest.isVisible(), await version.isVisible()]).toEqual([true, false]);
    const o = oembedOf(locale, id);
    const versionLabel = fill(m.ui.embedVersion, {
      version: `v${o.chart_version}`,
      date: formatDate(o.version_date, locale),
    });
    await embed.getByLabel(versionLabel, { exact: true }).check();
    expect([await latest.isVisible(), await version.isVisible()]).toEqual([false, true]);
    await embed.getByLabel(m.ui.embedLatest).check();
    expect([await latest.isVisible(), await version.isVisible()]).toEqual([true, false]);
    await context.close();
  });
});
