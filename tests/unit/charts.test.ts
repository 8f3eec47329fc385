import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { dealsBySector } from "../../src/charts/dealsBySector.ts";
import { dealsData } from "../../src/charts/dealsData.ts";
import { EXPORT_PALETTE } from "../../src/charts/exportStyle.ts";
import { surveyConfidence } from "../../src/charts/surveyConfidence.ts";
import { surveyData } from "../../src/charts/surveyData.ts";
import { ARTBOARDS } from "../../src/charts/svg.ts";
import { parseDataset } from "../../src/lib/validate.ts";
import type { FigureRecord } from "../../src/schemas/dataset.ts";

const records = (name: string): FigureRecord[] =>
  parseDataset(JSON.parse(readFileSync(`src/data/${name}.json`, "utf8")), name).records;
const doc = () => parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;

describe("deals-by-sector", () => {
  const conference = records("conference");

  it.each([...ARTBOARDS, 280, 1000])("draws one unit per deal at width %i", (width) => {
    const svg = dealsBySector(conference, { width, locale: "en", document: doc() });
    expect(svg.querySelectorAll("rect.unit").length).toBe(28);
  });

  it("lists the sectors in Chinese with the enumeration comma, not a Latin one", () => {
    const label = dealsBySector(conference, { width: 340, locale: "zh", document: doc() }).getAttribute(
      "aria-label",
    );
    expect(label).toContain("新能源、智能网联汽车、");
    expect(label).not.toMatch(/, /);
  });

  it("names all six sectors and says each split is not disclosed", () => {
    const svg = dealsBySector(conference, { width: 720, locale: "en", document: doc() });
    expect(svg.querySelectorAll("g.sector").length).toBe(6);
    expect(svg.querySelectorAll(".undisclosed").length).toBe(6);
    expect(svg.textContent).toContain("not disclosed");
    expect(svg.querySelectorAll(".bar").length).toBe(0);
  });

  it("draws the split from the dataset if one is ever published", () => {
    const split = [10, 6, 5, 3, 2, 2];
    const published = conference.map((r) => {
      const i = conference.filter((c) => c.series === "deals-by-sector").indexOf(r);
      return i >= 0 ? ({ ...r, value: split[i] } as FigureRecord) : r;
    });
    expect(dealsData(published).disclosed).toBe(true);
    const svg = dealsBySector(published, { width: 720, locale: "en", document: doc() });
    expect(svg.querySelectorAll("rect.unit.sector-0").length).toBe(10);
    expect(svg.querySelectorAll("rect.unit.sector-5").length).toBe(2);
    expect(svg.querySelectorAll(".undisclosed").length).toBe(0);
  });

  it("does not draw a split whose parts do not add up to the total", () => {
    const wrong = conference.map((r) =>
      r.series === "deals-by-sector" ? ({ ...r, value: 1 } as FigureRecord) : r,
    );
    expect(dealsData(wrong).disclosed).toBe(false);
  });
});

describe("survey-confidence", () => {
  const survey = records("business-confidence-survey");

  it("lists every edition, oldest first", () => {
    expect(surveyData(survey).editions).toEqual([
      "2019/20",
      "2020/21",
      "2021/22",
      "2022/23",
      "2023/24",
      "2024/25",
      "2025/26",
    ]);
  });

  it("draws no mark for an edition without a figure", () => {
    const svg = surveyConfidence(survey, { width: 720, locale: "en", document: doc() });
    const dots = (measure: string) =>
      [...svg.querySelectorAll(`.series.measure-${measure} circle.dot`)].map((d) =>
        d.getAttribute("data-edition"),
      );
    expect(dots("leaders-5y")).toEqual(["2021/22", "2023/24", "2024/25", "2025/26"]);
    expect(dots("invest")).toEqual(["2020/21", "2021/22", "2022/23", "2023/24", "2024/25", "2025/26"]);
  });

  it("never joins a line across a missing edition", () => {
    const svg = surveyConfidence(survey, { width: 340, locale: "en", document: doc() });
    // leaders-5y: 2021/22 stands alone; 2023/24 -> 2024/25 -> 2025/26 are joined.
    expect(svg.querySelectorAll(".series.measure-leaders-5y line.line:not(.key)").length).toBe(2);
  });

  it("draws secondary figures as uncertain", () => {
    const svg = surveyConfidence(survey, { width: 720, locale: "en", document: doc() });
    const uncertain = [...svg.querySelectorAll("circle.dot.uncertain[data-edition]")].map((d) =>
      d.getAttribute("data-edition"),
    );
    expect(uncertain).toEqual(["2025/26", "2025/26"]);
    expect(svg.querySelectorAll("line.line.uncertain").length).toBe(2);
  });

  it("states the finding in its text alternative, from the data", () => {
    const svg = surveyConfidence(survey, { width: 720, locale: "en", document: doc() });
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toContain("92% of German companies in China planned to stay");
    expect(svg.getAttribute("aria-label")).toContain("from 72% in 2020/21 to 51% in 2024/25");
  });
});

describe("the export palette", () => {
  it("is the light palette of site.css, colour for colour", () => {
    const css = readFileSync("src/styles/site.css", "utf8");
    const root = /:root \{([\s\S]*?)\n\}/.exec(css)![1]!;
    // The light value of each custom property: light-dark(light, dark) or a plain colour.
    const light = new Map(
      [...root.matchAll(/--([\w-]+):\s*(?:light-dark\((#[0-9a-f]{6}),|(#[0-9a-f]{6});)/g)].map((m) => [
        m[1]!,
        m[2] ?? m[3]!,
      ]),
    );
    const { measure, sector, ...plain } = EXPORT_PALETTE;
    const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const expected = new Map([
      ...Object.keys(plain).map((key) => [kebab(key), light.get(kebab(key))] as const),
      ...Object.keys(measure).map((key) => [`m-${key}`, light.get(`m-${key}`)] as const),
      ...sector.map((_, i) => [`s${i}`, light.get(`s${i}`)] as const),
    ]);
    const actual = new Map([
      ...Object.entries(plain).map(([key, value]) => [kebab(key), value] as const),
      ...Object.entries(measure).map(([key, value]) => [`m-${key}`, value] as const),
      ...sector.map((value, i) => [`s${i}`, value] as const),
    ]);
    expect(actual).toEqual(expected);
  });
});
