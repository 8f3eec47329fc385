import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { locales as siteLocales } from "../../src/i18n/index.ts";
import { axeViolations } from "../support/axe.ts";
import { useBuiltSite } from "../support/browser.ts";
import { editions } from "../support/published.ts";

const site = useBuiltSite();
/** Story editions with charts, from the content. */
const stories = editions().filter((e) => e.charts.length > 0);
const storyIn = (locale: string) => {
  const edition = stories.find((e) => e.locale === locale)!;
  return `/${edition.locale}/${edition.slug}/`;
};
// The default locale first, then the others with a story.
const locales = siteLocales.filter((l) => stories.some((e) => e.locale === l));

interface Item {
  name: string;
  level: number;
  expanded: boolean | undefined;
}

/** The focused tree item as the accessibility tree has it (Chromium's, through CDP). */
async function focusedItem(page: Page): Promise<Item> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
      nodes: {
        role?: { value: string };
        name?: { value: string };
        properties?: { name: string; value: { value: unknown } }[];
      }[];
    };
    const prop = (n: (typeof nodes)[number], key: string) =>
      n.properties?.find((p) => p.name === key)?.value.value;
    const focused = nodes.filter((n) => prop(n, "focused") === true && n.role?.value !== "RootWebArea");
    expect(focused.map((n) => n.role?.value)).toEqual(["treeitem"]);
    const n = focused[0]!;
    return {
      name: n.name!.value,
      level: Number(prop(n, "level")),
      expanded: prop(n, "expanded") as boolean | undefined,
    };
  } finally {
    await cdp.detach();
  }
}

/** The figure's data table: first cell and value cell (the third) of each row, as printed. */
const tableRows = (page: Page, id: string) =>
  page
    .locator(`#${id} table tbody tr`)
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent!.trim())),
    );

/** Tabs until the focus is in `figure`'s tree (the explorer loads on the first Tab into the chart). */
async function tabInto(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press("Tab");
    const inside = await page.evaluate(
      (id) =>
        !!document.activeElement?.closest(`#${id}`) &&
        document.activeElement?.closest(".chart-canvas, [role=tree]") !== null,
      id,
    );
    if (inside) break;
  }
  await expect
    .poll(() => page.evaluate((id) => document.activeElement?.closest(`#${id} [role=tree]`) !== null, id))
    .toBe(true);
}

/**
 * Walks the whole tree by keyboard: down into every item with children, through its children,
 * back up. Returns every leaf's name, in order, and checks levels and positions on the way.
 */
async function walk(page: Page): Promise<string[]> {
  const leaves: string[] = [];
  const visit = async (level: number): Promise<void> => {
    const here = await focusedItem(page);
    expect(here.level).toBe(level);
    if (here.expanded === undefined) {
      leaves.push(here.name);
      return;
    }
    expect(here.expanded).toBe(false);
    await page.keyboard.press("ArrowRight");
    let previous = "";
    for (;;) {
      await visit(level + 1);
      const child = await focusedItem(page);
      if (child.name === previous) break;
      previous = child.name;
      await page.keyboard.press("ArrowDown");
      const next = await focusedItem(page);
      if (next.name === child.name) break; // the last child: Down stays
    }
    await page.keyboard.press("ArrowLeft");
    expect((await focusedItem(page)).name).toBe(here.name);
  };
  await visit(1);
  return leaves;
}

describe("the chart explorer", () => {
  it("enters each chart of the story by keyboard and reads every figure as its data table prints it", async () => {
    const { page, problems } = await site.revisit(storyIn(locales[0]!), {
      viewport: { width: 1280, height: 900 },
    });
    // A chart that asks for a guess keeps its data back until the reader guesses or skips: skip,
    // then start again from the top of the page, with the keyboard alone.
    for (const skip of await page.locator("[data-guess=skip]").all()) await skip.click();
    await page.locator(".skip-link").focus();
    const figures = await page.locator("figure.chart-figure").evaluateAll((els) => els.map((el) => el.id));
    expect(figures.length).toBeGreaterThan(0);
    for (const id of figures) {
      await tabInto(page, id);
      const root = await focusedItem(page);
      expect(root.name).toContain(await page.locator(`#${id} .chart-title`).textContent());
      const leaves = await walk(page);
      for (const [label, , value] of await tableRows(page, id)) {
        expect(
          leaves.some((leaf) => leaf.includes(label!) && leaf.includes(value!)),
          `${id}: ${label}: ${value} in ${JSON.stringify(leaves)}`,
        ).toBe(true);
      }
      // Escape leaves the tree.
      await page.keyboard.press("Escape");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("role") ?? "")).not.toBe(
        "treeitem",
      );
    }
    expect(problems).toEqual([]);
  });

  it("shows the tree in the accessibility tree with levels, and the keys under the chart", async () => {
    const { page } = await site.revisit(storyIn(locales[0]!), { viewport: { width: 1280, height: 900 } });
    const id = (await page.locator("figure.chart-figure").first().getAttribute("id"))!;
    await tabInto(page, id);
    await page.keyboard.press("ArrowRight");
    const snapshot = await page.locator(`#${id} [role=tree]`).ariaSnapshot();
    expect(snapshot).toMatch(/^- '?tree /);
    expect(snapshot).toMatch(/- '?treeitem .+ \[expanded\] \[level=1\]/);
    expect(snapshot).toMatch(/- '?treeitem .+ \[level=2\] \[selected\]/);
    expect(await page.locator(`#${id} .chart-keys`).isVisible()).toBe(true);
    // The open tree, its focus ring and the tip pass axe, in light and dark.
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page, `#${id}`)).toEqual([]);
    }
  });

  it.each(locales.slice(1))("reads a series figure by figure in the %s edition", async (locale) => {
    const { page, problems } = await site.revisit(storyIn(locale), { viewport: { width: 360, height: 800 } });
    // The first chart with a series (it offers Listen).
    const id = (await page.locator("figure.chart-figure:has([data-listen])").first().getAttribute("id"))!;
    await tabInto(page, id);
    const leaves = await walk(page);
    for (const [label, , value] of await tableRows(page, id))
      expect(
        leaves.some((leaf) => leaf.includes(label!) && leaf.includes(value!)),
        `${label}: ${value}`,
      ).toBe(true);
    expect(problems).toEqual([]);
  });
});
