import { describe, expect, it } from "vitest";
import { locales, messages } from "../../src/i18n/index.ts";
import type { PackedTree } from "../../src/charts/kit/explore/tree.ts";
import { distFiles } from "../support/dist.ts";
import { useBuiltSite } from "../support/browser.ts";
import { editions } from "../support/published.ts";

const site = useBuiltSite();
const pages = distFiles();
/** A story page and an embed page of the default locale, discovered from the build. */
const lead = editions().find((e) => e.locale === locales[0] && e.charts.length > 0)!;
const story = `/${lead.locale}/${lead.slug}/`;

/** Records every tone Web Audio is asked to play, and whether the context was closed. */
function instrumentAudio(): void {
  const w = window as unknown as { __tones: { frequency: number; when: number }[]; __closed: number };
  w.__tones = [];
  w.__closed = 0;
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (when?: number) {
    w.__tones.push({ frequency: this.frequency.value, when: when ?? 0 });
    return start.call(this, when);
  };
  const close = AudioContext.prototype.close;
  AudioContext.prototype.close = function () {
    w.__closed++;
    return close.call(this);
  };
}

describe("Listen", () => {
  it("plays one tone per figure of a line chart's series, pitched in the order of the values, and Escape stops it", async () => {
    const { page, problems } = await site.revisit(story, { viewport: { width: 1280, height: 900 } });
    await page.addInitScript(instrumentAudio);
    await page.reload({ waitUntil: "load" });
    // Nothing sounds before a press.
    expect(await page.evaluate(() => (window as unknown as { __tones: unknown[] }).__tones.length)).toBe(0);
    // The first line chart: its tree's top sentence names the type in the catalogue's words.
    const line = messages(locales[0]).explore.type.line;
    // (Not one that asks for a guess first: it offers Listen only once the reader has guessed.)
    const trees = await page
      .locator("figure.chart-figure chart-tips")
      .evaluateAll((els) =>
        els.map((el) => (el.closest("guess-first") ? "" : (el as HTMLElement).dataset.explore!)),
      );
    const index = trees.findIndex((t) => t !== "" && (JSON.parse(t) as PackedTree).r.t.startsWith(line));
    expect(index).toBeGreaterThanOrEqual(0);
    const figure = page.locator("figure.chart-figure").nth(index);
    const data = JSON.parse(trees[index]!) as PackedTree;
    const series = data.s![0]!;
    const button = figure.locator("[data-listen]");
    const label = await button.textContent();
    await button.click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __tones: unknown[] }).__tones.length))
      .toBe(series.filter(([v]) => v !== null).length);
    const tones = await page.evaluate(
      () => (window as unknown as { __tones: { frequency: number; when: number }[] }).__tones,
    );
    // In time order, about half a second apart (more across a gap or before a part-year).
    const whens = tones.map((t) => t.when);
    expect(whens).toEqual([...whens].sort((a, b) => a - b));
    for (let i = 1; i < whens.length; i++) expect(whens[i]! - whens[i - 1]!).toBeGreaterThanOrEqual(0.45);
    // Pitch ordered as the values: a higher value never sounds lower.
    const values = series.flatMap(([v]) => (v === null ? [] : [v]));
    for (let i = 0; i < values.length; i++)
      for (let j = 0; j < values.length; j++)
        if (values[i]! < values[j]!) expect(tones[i]!.frequency).toBeLessThan(tones[j]!.frequency);
    expect(await button.textContent()).not.toBe(label);
    await page.keyboard.press("Escape");
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __closed: number }).__closed))
      .toBe(1);
    expect(await button.textContent()).toBe(label);
    expect(problems).toEqual([]);
  });

  it("is offered only for charts whose data is a series, and plays in an embed", async () => {
    const { page } = await site.revisit(story, { viewport: { width: 1280, height: 900 } });
    const figures = await page.locator("figure.chart-figure chart-tips").evaluateAll((els) =>
      els.map((el) => ({
        sound: Array.isArray((JSON.parse((el as HTMLElement).dataset.explore!) as PackedTree).s),
        button: el.querySelector("[data-listen]") !== null,
        id: el.closest("figure")!.id.replace(/^chart-/, ""),
      })),
    );
    for (const f of figures) expect(f.button, f.id).toBe(f.sound);
    const id = figures.find((f) => f.sound)!.id;
    // The chart's latest embed (its frozen versions keep the scripts they were published with).
    const embed = `/embed/${locales[0]}/${id}/`;
    expect(pages).toContain(`embed/${locales[0]}/${id}/index.html`);
    const visit = await site.revisit(embed, { viewport: { width: 720, height: 900 } });
    await visit.page.addInitScript(instrumentAudio);
    await visit.page.reload({ waitUntil: "load" });
    await visit.page.locator("[data-listen]").click();
    await expect
      .poll(() => visit.page.evaluate(() => (window as unknown as { __tones: unknown[] }).__tones.length))
      .toBeGreaterThan(0);
    await visit.page.keyboard.press(" ");
    await expect
      .poll(() => visit.page.evaluate(() => (window as unknown as { __closed: number }).__closed))
      .toBe(1);
    expect(visit.problems).toEqual([]);
  });
});
