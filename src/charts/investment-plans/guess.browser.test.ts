import type { Server } from "node:http";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embedSnippet, paths } from "../../lib/embed.ts";
import { axeViolations } from "../../../tests/support/axe.ts";
import { layoutShiftsSince, pageNow, settle, useBuiltSite, visit } from "../../../tests/support/browser.ts";
import { article, serveHost } from "../../../scripts/lib/host.ts";
import { editions } from "../../../tests/support/published.ts";

/**
 * Guess first (src/charts/kit/guess/guessFirst.ts) on the built story and in its embed: drag, keyboard,
 * reveal, skip, start over; without JavaScript; reduced motion; axe in every state, light and
 * dark; no layout shift; nothing leaves the page.
 */
const ID = "investment-plans";
// The chart's page: the first English edition that cites it, as the tests read its English texts.
// While no edition cites it, the chart is published nowhere and these tests have nothing to run on.
const edition = editions().find((e) => e.charts.includes(ID) && e.locale === "en");
const STORY = edition ? `/${edition.locale}/${edition.slug}/` : "";
const LOCALE = "en";
const FIGURE = `#chart-${ID}`;
const site = useBuiltSite();

/** The figure, its visible artboard's SVG and its sliders. */
function parts(page: Page) {
  const figure = page.locator(FIGURE);
  const svg = figure.locator(".artboard:visible svg");
  return { figure, svg, sliders: svg.getByRole("slider"), answer: svg.locator(".guess-answer") };
}

/** Opens the story with a layout-shift observer running from the first paint. */
async function open(options: Parameters<typeof visit>[3] = {}) {
  const opened = await visit(site.browser, site.base, STORY, {
    viewport: { width: 360, height: 800 },
    ...options,
  });
  const { page } = opened;
  // Figures render as they scroll into view (content-visibility: auto) and the page settles
  // around them: scroll, let it settle, and scroll again.
  for (let i = 0; i < 2; i++) {
    await page.locator(FIGURE).scrollIntoViewIfNeeded();
    await settle(page);
  }
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.classList.contains("is-guessing"),
    `${FIGURE} guess-first`,
  );
  return opened;
}

/** The screen point of a value on the slider's own axis, at the slider's x. */
async function pointFor(slider: Locator, percent: number): Promise<{ x: number; y: number }> {
  return slider.evaluate((handle, value) => {
    const plot = handle.closest(".guess-plot") as SVGGElement;
    const top = Number(plot.dataset.top);
    const bottom = Number(plot.dataset.bottom);
    const x = (handle as SVGGElement).transform.baseVal[0]!.matrix.e;
    const p = new DOMPoint(x, bottom - (value / 100) * (bottom - top)).matrixTransform(plot.getScreenCTM()!);
    return { x: p.x, y: p.y };
  }, percent);
}

const valueOf = (slider: Locator) => slider.getAttribute("aria-valuenow").then(Number);

describe.runIf(edition !== undefined)("guess first, in the story", () => {
  it("asks nothing without JavaScript: the chart is the data, with no sliders or buttons", async () => {
    const { page, problems, close } = await visit(site.browser, site.base, STORY, {
      javaScriptEnabled: false,
    });
    const { figure, svg, answer } = parts(page);
    expect(await figure.locator(".guess-prompt").isVisible()).toBe(false);
    expect(await figure.getByRole("button", { name: "Show me" }).isVisible()).toBe(false);
    expect(await svg.getByRole("slider").count()).toBe(0);
    expect(await answer.evaluate((g) => getComputedStyle(g).visibility)).toBe("visible");
    expect(await svg.getAttribute("role")).toBe("img");
    expect(await svg.getAttribute("aria-label")).toMatch(
      /fell from 72% in the 2020\/21 survey to 51% in 2024\/25/,
    );
    expect(problems).toEqual([]);
    await close();
  });

  it("hides the data and names the chart by its question until the reader answers", async () => {
    const { page, problems, close } = await open();
    const { figure, svg, sliders, answer } = parts(page);
    expect(await answer.evaluate((g) => getComputedStyle(g).visibility)).toBe("hidden");
    expect(await svg.getAttribute("role")).toBe("group");
    expect(await svg.getAttribute("aria-label")).toBe(
      "Your guess: share planning to increase investment, by survey edition",
    );
    // One slider per edition with a published figure: 2019/20 has none.
    expect(await sliders.evaluateAll((s) => s.map((h) => h.getAttribute("aria-label")))).toEqual(
      ["2020/21", "2021/22", "2022/23", "2023/24", "2024/25", "2025/26"].map((e) => `Your guess for ${e}`),
    );
    expect(await sliders.first().getAttribute("aria-valuetext")).toBe("no guess yet");
    // The tooltips and the explorer cannot give the answer away either: tabbing into the chart
    // shows no tip and opens no tree, and Listen is not offered yet.
    await figure.locator(".chart-canvas").evaluate((el) => el.focus({ focusVisible: true } as FocusOptions));
    await page.waitForTimeout(300);
    expect(await figure.locator(".chart-tip").isVisible()).toBe(false);
    expect(await figure.locator("[role=tree]").count()).toBe(0);
    if (await figure.locator("[data-listen]").count())
      expect(await figure.locator("[data-listen]").isVisible()).toBe(false);
    expect(await figure.getByRole("button", { name: "Skip" }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it("sets a guess by keyboard: arrows by 1, Page Up and Down by 10, Home and End to the ends", async () => {
    const { page, close } = await open();
    const { figure, sliders } = parts(page);
    const slider = sliders.nth(1);
    await slider.focus();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowRight");
    expect(await valueOf(slider)).toBe(53);
    expect(await slider.getAttribute("aria-valuetext")).toBe("53%");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("ArrowLeft");
    expect(await valueOf(slider)).toBe(42);
    await page.keyboard.press("End");
    expect(await valueOf(slider)).toBe(100);
    await page.keyboard.press("PageUp");
    expect(await valueOf(slider)).toBe(100);
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowDown");
    expect(await valueOf(slider)).toBe(0);
    // Only that edition is set, and the other artboard (a rotated phone) shows the same guess.
    expect(await sliders.evaluateAll((s) => s.map((h) => h.classList.contains("is-set")))).toEqual([
      false,
      true,
      false,
      false,
      false,
      false,
    ]);
    const wide = figure.locator(".artboard--720 .guess-handle").nth(1);
    expect(await wide.getAttribute("aria-valuenow")).toBe("0");
    // Arrow keys moved the slider, not the tooltip.
    expect(await figure.locator(".chart-tip").isVisible()).toBe(false);
    await close();
  });

  it("sets guesses by dragging: a handle up or down, and a sweep sets every edition it passes", async () => {
    const { page, close } = await open();
    const { svg, sliders } = parts(page);
    const set = () =>
      sliders.evaluateAll((s) =>
        s.map((h) => (h.classList.contains("is-set") ? Number(h.getAttribute("aria-valuenow")) : null)),
      );
    // The chart itself in view (the figure is taller than a phone's screen).
    await svg.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await settle(page);
    // One handle, dragged from its start up to 80%.
    const from = await pointFor(sliders.first(), 50);
    const to = await pointFor(sliders.first(), 80);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    expect(Math.abs((await set())[0]! - 80)).toBeLessThanOrEqual(1);
    // A sweep across the second to the fourth edition at 30%: each one it passes takes 30%.
    const left = await pointFor(sliders.nth(1), 30);
    const right = await pointFor(sliders.nth(3), 30);
    await page.mouse.move(left.x, left.y);
    await page.mouse.down();
    await page.mouse.move(right.x, right.y, { steps: 12 });
    await page.mouse.up();
    const values = await set();
    for (const value of values.slice(1, 4)) expect(Math.abs(value! - 30)).toBeLessThanOrEqual(1);
    // The first kept its 80%; the last two were never touched.
    expect(Math.abs(values[0]! - 80)).toBeLessThanOrEqual(1);
    expect(values.slice(4)).toEqual([null, null]);
    // A flick: two moves from the first edition to the last at 60%, jumping past the ones
    // between, which take 60% too.
    const flickFrom = await pointFor(sliders.first(), 60);
    const flickTo = await pointFor(sliders.last(), 60);
    await page.mouse.move(flickFrom.x, flickFrom.y);
    await page.mouse.down();
    await page.mouse.move(flickTo.x, flickTo.y, { steps: 2 });
    await page.mouse.up();
    for (const value of await set()) expect(Math.abs(value! - 60)).toBeLessThanOrEqual(1);
    // The reader's line joins every set guess.
    expect((await svg.locator(".guess-line").getAttribute("d"))?.split("L")).toHaveLength(6);
    await close();
  });

  it("draws the reader's line through the set guesses only", async () => {
    const { page, close } = await open();
    const { svg, sliders } = parts(page);
    for (const i of [0, 1, 2, 3]) {
      await sliders.nth(i).focus();
      await page.keyboard.press("ArrowUp");
    }
    expect((await svg.locator(".guess-line").getAttribute("d"))?.split("L")).toHaveLength(4);
    await close();
  });

  it("reveals the data beside the guess with a sentence on how far off it was, and starts over", async () => {
    const { page, problems, close } = await open();
    const { figure, svg, sliders, answer } = parts(page);
    const start = await pageNow(page);
    // The latest edition (2025/26: 53%, uncertain) guessed at 60 by keyboard.
    await sliders.last().focus();
    await page.keyboard.press("PageUp");
    expect(await valueOf(sliders.last())).toBe(60);
    const before = await page.evaluate(() => performance.getEntriesByType("resource").length);
    await figure.getByRole("button", { name: "Show me" }).click();
    expect(await figure.locator(".guess-result").textContent()).toBe(
      "In 2025/26, 53% planned to increase investment (secondary source, uncertain). You guessed 60%: 7 points too high.",
    );
    expect(await figure.locator(".guess-result").getAttribute("role")).toBe("status");
    expect(await answer.evaluate((g) => getComputedStyle(g).visibility)).toBe("visible");
    // The reader's guess stays beside the data; unset handles go; the sliders are done.
    expect(await svg.locator(".guess-handle.is-set").isVisible()).toBe(true);
    expect(await svg.locator(".guess-handle:not(.is-set)").first().isVisible()).toBe(false);
    expect(await sliders.last().getAttribute("aria-disabled")).toBe("true");
    expect(await sliders.last().getAttribute("tabindex")).toBeNull();
    // The chart is a picture with its finding again, and the tooltips work.
    expect(await svg.getAttribute("role")).toBe("img");
    expect(await svg.getAttribute("aria-label")).toMatch(/^The share of German companies/);
    // Focus moved to the button that replaced "Show me".
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Guess again");
    await figure.locator('.artboard:visible [data-tip^="2020/21"]').first().hover();
    await expect.poll(() => figure.locator(".chart-tip").textContent()).toMatch(/^2020\/21: 72% planned/);
    // Nothing was fetched, stored or sent.
    expect(await page.evaluate(() => performance.getEntriesByType("resource").length)).toBe(before);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([
      0,
      0,
      "",
    ]);
    // Guess again: the data hides, every guess is cleared.
    await figure.getByRole("button", { name: "Guess again" }).click();
    expect(await answer.evaluate((g) => getComputedStyle(g).visibility)).toBe("hidden");
    expect(await svg.locator(".guess-handle.is-set").count()).toBe(0);
    expect(await figure.locator(".guess-result").textContent()).toBe("");
    expect(await layoutShiftsSince(page, start)).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it("skips to the data at once, without the reader's layer", async () => {
    const { page, close } = await open();
    const { figure, svg, answer } = parts(page);
    await figure.getByRole("button", { name: "Skip" }).click();
    expect(await answer.evaluate((g) => getComputedStyle(g).visibility)).toBe("visible");
    expect(await svg.locator(".guess-you").isVisible()).toBe(false);
    expect(await figure.locator(".guess-result").textContent()).toBe("Here are the figures.");
    await close();
  });

  it("fades the data in, except with reduced motion, where it appears at once", async () => {
    for (const reducedMotion of ["no-preference", "reduce"] as const) {
      const { page, close } = await open({ reducedMotion });
      const { figure, answer } = parts(page);
      await figure.getByRole("button", { name: "Skip" }).click();
      const animations = await answer.evaluate((g) => g.getAnimations().length);
      expect(animations, reducedMotion).toBe(reducedMotion === "reduce" ? 0 : 1);
      if (reducedMotion === "reduce")
        expect(await answer.evaluate((g) => getComputedStyle(g).opacity)).toBe("1");
      await close();
    }
  });

  it("has no axe violations while guessing and once revealed, light and dark, and shifts no layout", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const { page, close } = await open({ colorScheme, viewport: { width: 1280, height: 900 } });
      const { figure, sliders } = parts(page);
      const start = await pageNow(page);
      await sliders.nth(2).focus();
      await page.keyboard.press("PageUp");
      expect(await axeViolations(page, FIGURE), `${colorScheme}, guessing`).toEqual([]);
      await figure.getByRole("button", { name: "Show me" }).click();
      expect(await axeViolations(page, FIGURE), `${colorScheme}, revealed`).toEqual([]);
      expect(await layoutShiftsSince(page, start)).toBe(0);
      await close();
    }
  });
});

describe.runIf(edition !== undefined)("guess first, embedded on a newsroom's page", () => {
  let host: { url: string; server: Server };
  beforeAll(async () => {
    const snippet = embedSnippet({
      site: new URL(site.base),
      locale: LOCALE,
      id: ID,
      title: ID,
      height: 400,
    });
    host = await serveHost({ "/": article(snippet) });
  });
  afterAll(() => host?.server.close());

  it("works in the iframe, and the iframe's height follows the reveal", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(host.url, { waitUntil: "load" });
    const embedded = () => page.frames().find((f) => f.url().includes(paths.embed(LOCALE, ID)));
    await expect.poll(() => embedded()?.url()).toBeTruthy();
    const frame = embedded()!;
    await frame.waitForFunction(() =>
      document.querySelector("guess-first")?.classList.contains("is-guessing"),
    );
    const iframe = page.locator("iframe");
    const fitted = async () => {
      const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      const box = await iframe.evaluate((el) => el.getBoundingClientRect().height);
      return Math.abs(box - content) <= 2 ? content : -content;
    };
    await expect.poll(fitted, { timeout: 10_000 }).toBeGreaterThan(0);
    const guessing = await fitted();
    const slider = frame.getByRole("slider").first();
    await slider.focus();
    await page.keyboard.press("End");
    await frame.getByRole("button", { name: "Show me" }).click();
    expect(await frame.locator(".guess-result").textContent()).toMatch(
      /^In 2020\/21, 72% planned to increase investment\. You guessed 100%: 28 points too high\.$/,
    );
    // The sentence made the embed taller; the host's iframe grew with it and nothing scrolls inside.
    await expect.poll(fitted, { timeout: 10_000 }).toBeGreaterThan(guessing);
    expect(
      await frame.evaluate(
        () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
      ),
    ).toBe(0);
    await context.close();
  });
});
