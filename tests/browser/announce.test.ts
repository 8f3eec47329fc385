import { describe, expect, it } from "vitest";
import { messages } from "../../src/i18n/index.ts";
import { paths } from "../../src/lib/embed.ts";
import { useBuiltSite } from "../support/browser.ts";
import { editions, publishedCharts, publishedVersions } from "../support/published.ts";

const site = useBuiltSite();

/** How often `text` occurs in an ARIA snapshot (YAML doubles single quotes inside quoted strings). */
const occurrences = (snapshot: string, text: string) => snapshot.replace(/''/g, "'").split(text).length - 1;

// Each page a chart is on: every story edition and latest embed, and one frozen version if any (the
// others are copies of latest embeds, frozen by the same code).
const frozen = publishedVersions().slice(0, 1);
const pages = [
  ...editions().map((e) => ({ locale: e.locale, path: paths.story(e.locale, e.slug), charts: e.charts })),
  ...publishedCharts().map(({ locale, id }) => ({ locale, path: paths.embed(locale, id), charts: [id] })),
  ...frozen.map(({ locale, id, number }) => ({
    locale,
    path: paths.embedVersion(locale, id, number),
    charts: [id],
  })),
];

describe("what a screen reader hears of each chart", () => {
  it.each(pages.map((p) => [p.path, p] as const))(
    "%s: its title once and its keyboard hint once",
    async (_, p) => {
      const { page, close } = await site.revisit(p.path);
      const hint = messages(p.locale).ui.chartHint;
      for (const id of p.charts) {
        const figure = page.locator(`figure#chart-${id}`);
        const title = (await figure.locator(".chart-title").textContent())!.trim();
        const snapshot = await figure.ariaSnapshot();
        expect(occurrences(snapshot, title), `${id}: ${snapshot}`).toBe(1);
        expect(occurrences(snapshot, hint), `${id}: ${snapshot}`).toBe(1);
        // Descriptions are not in the snapshot: nothing may repeat the hint or title that way either.
        expect(await figure.locator("[aria-describedby], [aria-labelledby]").count()).toBe(0);
        expect(await figure.getByRole("group", { name: hint, exact: true }).count()).toBe(1);
        expect(await figure.getByRole("heading", { name: title, exact: true }).count()).toBe(1);
      }
      await close();
    },
  );
});
