import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../lib/validate.ts";
import type { FigureRecord } from "../../schemas/dataset.ts";
import { ARTBOARDS } from "../kit/svg.ts";
import { dealsBySector } from "./dealsBySector.ts";
import { dealsData } from "./dealsData.ts";

const conference = parseDataset(
  JSON.parse(readFileSync("src/data/conference.json", "utf8")),
  "conference",
).records;
const doc = () => parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
const draw = (records: readonly FigureRecord[], width = 720, locale: "en" | "de" | "zh" = "en") =>
  dealsBySector(records, { width, locale, document: doc() });
const tips = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll("[data-tip]")].map((e) => e.getAttribute("data-tip")!);

describe("deals-by-sector", () => {
  it.each([...ARTBOARDS, 280, 1000])("draws one unit per deal at width %i, one tooltip for all", (width) => {
    const svg = draw(conference, width);
    expect(svg.querySelectorAll(".units rect").length).toBe(28);
    expect(tips(svg).filter((t) => t.startsWith("28 trade and investment deals"))).toHaveLength(1);
  });

  it("lists the sectors in Chinese with the enumeration comma, not a Latin one", () => {
    const label = draw(conference, 340, "zh").getAttribute("aria-label");
    expect(label).toContain("新能源、智能网联汽车、");
    expect(label).not.toMatch(/, /);
  });

  it("names all six sectors and says each split is not disclosed", () => {
    const svg = draw(conference);
    const sectorTips = tips(svg).filter((t) => t.includes("covered by the deals"));
    expect(sectorTips).toHaveLength(6);
    expect(sectorTips.every((t) => t.endsWith("not disclosed"))).toBe(true);
    expect(svg.textContent!.match(/not disclosed/g)).toHaveLength(6);
    expect(svg.querySelectorAll('.units rect[fill^="var(--series-"]').length).toBe(0);
  });

  it("draws the split from the dataset if one is ever published", () => {
    const split = [10, 6, 5, 3, 2, 2];
    const published = conference.map((r) => {
      const i = conference.filter((c) => c.series === "deals-by-sector").indexOf(r);
      return i >= 0 ? ({ ...r, value: split[i] } as FigureRecord) : r;
    });
    expect(dealsData(published).disclosed).toBe(true);
    const svg = draw(published);
    expect(svg.querySelectorAll('.units rect[fill="var(--series-china)"]').length).toBe(10);
    expect(svg.querySelectorAll('.units rect[fill="var(--series-neutral)"]').length).toBe(2);
    expect(svg.textContent).not.toContain("not disclosed");
    expect(tips(svg)).toContain("New energy: 10 deals");
  });

  it("does not draw a split whose parts do not add up to the total", () => {
    const wrong = conference.map((r) =>
      r.series === "deals-by-sector" ? ({ ...r, value: 1 } as FigureRecord) : r,
    );
    expect(dealsData(wrong).disclosed).toBe(false);
    expect(draw(wrong).textContent!.match(/not disclosed/g)).toHaveLength(6);
  });
});
