import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import type { AxeResults } from "axe-core";

const source = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.2 AA and everything below it. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe-core in the page (through the DevTools protocol, so a strict CSP does not block it):
 * on the whole document, or on `within` (a CSS selector) when a test checks one part's states
 * and the page as a whole is checked elsewhere. Page-level rules then still see the document.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  await page.evaluate(`${source};void 0`);
  const results = (await page.evaluate(
    ([tags, selector]) =>
      (window as unknown as { axe: { run: (c: unknown, o: object) => Promise<unknown> } }).axe.run(
        selector ? { include: [selector] } : document,
        {
          runOnly: { type: "tag", values: tags },
        },
      ),
    [WCAG_TAGS, within] as const,
  )) as AxeResults;
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join(", ")}`,
  );
}
