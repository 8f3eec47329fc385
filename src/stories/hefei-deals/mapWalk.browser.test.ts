import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../../../tests/support/axe.ts";
import { layoutShiftsSince, pageNow, settle, useBuiltSite, visit } from "../../../tests/support/browser.ts";

/**
 * The Hefei story's map walk (src/charts/hefei-map/RouteSteps.astro and RouteStep.astro, src/charts/hefei-map/routeSteps.ts) on the built story: scrolling
 * and the keyboard step through it; without JavaScript the steps read as small maps; reduced
 * motion switches at once; axe finds nothing light or dark; stepping shifts no layout.
 */
const STORY = "/en/hefei-deals/";
const site = useBuiltSite();
const STEPS = "route-steps li[data-step]";

const open = (options: Parameters<typeof visit>[3] = {}) =>
  visit(site.browser, site.base, STORY, { viewport: { width: 360, height: 800 }, ...options });

/** Index of the step marked current, and the viewBox of the map the sticky frame shows. */
const state = (page: Page) =>
  page.evaluate((sel) => {
    const steps = [...document.querySelectorAll(sel)];
    const shown = [...document.querySelectorAll(".route-stage svg")].filter(
      (svg) => getComputedStyle(svg).opacity !== "0" && svg.classList.contains("is-active"),
    );
    return {
      current: steps.findIndex((s) => s.getAttribute("aria-current") === "step"),
      shown: shown.map((svg) => svg.getAttribute("viewBox")),
    };
  }, STEPS);
const viewBoxOf = (page: Page, i: number) =>
  page.locator(STEPS).nth(i).locator("svg").getAttribute("viewBox");
/**
 * Tabs to the next step. The figures a step prints are links to their facts entries and take
 * focus on the way: while one has it, its step is current. Fails if no step follows.
 */
async function tabToNextStep(page: Page): Promise<void> {
  const before = await state(page);
  for (let stop = 0; stop < 20; stop++) {
    await page.keyboard.press("Tab");
    const inStep = await page.evaluate(() => document.activeElement?.closest("li[data-step]") !== null);
    expect(inStep, "focus stays within the steps").toBe(true);
    if (await page.evaluate(() => document.activeElement?.matches("li[data-step]"))) return;
    await expect.poll(async () => (await state(page)).current).toBe(before.current);
  }
  throw new Error("no step within 20 tab stops");
}

describe("the map walk", () => {
  it("reads as a sequence of small maps without JavaScript, each with its place and distance", async () => {
    const { page, problems, close } = await open({ javaScriptEnabled: false });
    const steps = page.locator(STEPS);
    expect(await steps.count()).toBe(7);
    expect(await page.locator(".route-stage").isVisible()).toBe(false);
    for (let i = 0; i < 7; i++) {
      const box = await steps.nth(i).locator("svg").boundingBox();
      expect(box!.width, `step ${i}`).toBeGreaterThan(250);
      expect(box!.height).toBeCloseTo(box!.width, 0);
    }
    expect(await steps.locator("h3").allTextContents()).toEqual([
      "Hefeithe conference; JAC Motors",
      "Anhui",
      "ShenyangWürth Elektronik ICS (Shenyang)",
      "NiedernhallWürth Elektronik ICS, German base",
      "DitzingenTrumpf headquarters",
      "MunichBMW headquarters",
      "BürenHeggemann, at Büren-Ahden",
    ]);
    expect(await steps.nth(2).locator(".route-step__distance").textContent()).toMatch(
      /^1,\d{3} km from Hefei on the great circle$/,
    );
    // What each map shows is said in words, for a screen reader, in every step.
    expect(await steps.locator(".visually-hidden").allTextContents()).toHaveLength(7);
    expect(problems).toEqual([]);
    await close();
  });

  it("follows the scroll, jumps included: the lowest step in the top 60% of the viewport is current and its map shows", async () => {
    const { page, problems, close } = await open();
    await page.locator(".route-walk").scrollIntoViewIfNeeded();
    await settle(page);
    const start = await pageNow(page);
    for (const i of [0, 1, 2, 3, 6, 4]) {
      // The step's top to the middle of the viewport: it is the lowest step in the top 60%.
      await page
        .locator(STEPS)
        .nth(i)
        .evaluate((step) => scrollBy(0, step.getBoundingClientRect().top - innerHeight * 0.5));
      await expect.poll(async () => (await state(page)).current, { timeout: 3000 }).toBe(i);
      await expect.poll(async () => (await state(page)).shown).toEqual([await viewBoxOf(page, i)]);
    }
    // The sticky frame stays in view at the top on a phone while stepping.
    const frame = await page.locator(".route-stage").boundingBox();
    expect(frame!.y).toBeGreaterThanOrEqual(0);
    expect(frame!.y).toBeLessThan(20);
    expect(await layoutShiftsSince(page, start)).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it("follows the keyboard on a phone too, where focus scrolls a step to the foot of the screen", async () => {
    const { page, close } = await open();
    const steps = page.locator(STEPS);
    await steps.first().focus();
    for (let i = 1; i < 7; i++) {
      await tabToNextStep(page);
      await settle(page);
      await page.waitForTimeout(150);
      expect((await state(page)).current, `step ${i}`).toBe(i);
    }
    await close();
  });

  it("follows the keyboard: each step takes focus in order and becomes current", async () => {
    const { page, close } = await open({ viewport: { width: 1280, height: 900 } });
    const steps = page.locator(STEPS);
    await steps.first().focus();
    expect((await state(page)).current).toBe(0);
    for (let i = 1; i < 7; i++) {
      await tabToNextStep(page);
      await expect.poll(async () => (await state(page)).current).toBe(i);
    }
    // Beside the steps on a wide screen: the frame is left of the current step.
    const frame = await page.locator(".route-stage").boundingBox();
    const step = await steps.nth(6).boundingBox();
    expect(frame!.x + frame!.width).toBeLessThanOrEqual(step!.x);
    await close();
  });

  it("names each focusable step by its heading in the accessibility tree", async () => {
    const { page, close } = await open({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Accessibility.enable");
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
      nodes: {
        role?: { value: string };
        name?: { value: string };
        properties?: { name: string; value: { value: unknown } }[];
        childIds?: string[];
        nodeId: string;
      }[];
    };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const focusable = (node: (typeof nodes)[number]) =>
      node.properties?.some((p) => p.name === "focusable" && p.value.value === true);
    const headingIn = (node: (typeof nodes)[number]): (typeof nodes)[number] | undefined => {
      for (const id of node.childIds ?? []) {
        const child = byId.get(id)!;
        if (child.role?.value === "heading") return child;
        const found = headingIn(child);
        if (found) return found;
      }
      return undefined;
    };
    const steps = nodes.filter((node) => node.role?.value === "listitem" && focusable(node));
    expect(steps).toHaveLength(await page.locator(STEPS).count());
    for (const step of steps) {
      const heading = headingIn(step);
      expect(heading?.name?.value, "a step's heading has a name").toBeTruthy();
      expect(step.name?.value).toBe(heading!.name!.value);
    }
    await close();
  });

  it("fades between maps, except with reduced motion", async () => {
    for (const reducedMotion of ["no-preference", "reduce"] as const) {
      const { page, close } = await open({ reducedMotion });
      const duration = await page
        .locator(".route-stage svg")
        .first()
        .evaluate((svg) => getComputedStyle(svg).transitionDuration);
      expect(duration, reducedMotion).toBe(reducedMotion === "reduce" ? "0s" : "0.35s");
      await close();
    }
  });

  it("has no axe violations as it steps, light and dark", async () => {
    const { page, close } = await open({ viewport: { width: 1280, height: 900 } });
    for (const i of [0, 5]) {
      await page.locator(STEPS).nth(i).focus();
      await expect.poll(async () => (await state(page)).current).toBe(i);
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page, "route-steps"), `step ${i}, ${colorScheme}`).toEqual([]);
      }
    }
    await close();
  });
});
