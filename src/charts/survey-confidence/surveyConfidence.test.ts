import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../lib/validate.ts";
import { surveyConfidence } from "./surveyConfidence.ts";
import { surveyData } from "../survey/surveyData.ts";

const survey = parseDataset(
  JSON.parse(readFileSync("src/data/business-confidence-survey.json", "utf8")),
  "business-confidence-survey",
).records;
const doc = () => parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
const draw = (width: number) => surveyConfidence(survey, { width, locale: "en", document: doc() });

/** The dots of one measure across editions: marks with a tooltip that are not bars. */
const dots = (svg: SVGSVGElement, measure: string) =>
  [...svg.querySelectorAll("[data-tip]")]
    .filter((e) => e.tagName.toLowerCase() !== "rect" && e.getAttribute("data-tip")!.includes(measure))
    .map((e) => e.getAttribute("data-tip")!.split(":")[0]);

/** Segments of one measure's line, by colour and dash. */
const segments = (svg: SVGSVGElement, colour: string, dashed: boolean) =>
  [...svg.querySelectorAll(`path[stroke="var(--series-${colour})"]:not([data-tip])`)].filter(
    (p) => (p.parentElement!.getAttribute("stroke-dasharray") === "5 4") === dashed,
  ).length;

describe("survey-confidence", () => {
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
    const svg = draw(720);
    expect(dots(svg, "Expect Chinese firms to lead innovation within five years")).toEqual([
      "2021/22",
      "2023/24",
      "2024/25",
      "2025/26",
    ]);
    expect(dots(svg, "Plan to increase investment")).toEqual([
      "2020/21",
      "2021/22",
      "2022/23",
      "2023/24",
      "2024/25",
      "2025/26",
    ]);
  });

  it("never joins a line across a missing edition, and dashes the segments to uncertain figures", () => {
    const svg = draw(340);
    // leaders-5y (china): 2021/22 stands alone; 2023/24 -> 2024/25 solid, 2024/25 -> 2025/26 dashed.
    expect(segments(svg, "china", false)).toBe(1);
    expect(segments(svg, "china", true)).toBe(1);
    // invest (germany): five joins from 2020/21 to 2025/26, the last one dashed.
    expect(segments(svg, "germany", false)).toBe(4);
    expect(segments(svg, "germany", true)).toBe(1);
  });

  it("draws secondary figures hollow and says so in their tooltip", () => {
    const svg = draw(720);
    const hollow = [...svg.querySelectorAll('[data-tip][fill="var(--bg)"]')].map((d) =>
      d.getAttribute("data-tip")!,
    );
    expect(hollow.map((t) => t.split(":")[0])).toEqual(["2025/26", "2025/26"]);
    expect(hollow.every((t) => t.endsWith("(secondary source, uncertain)"))).toBe(true);
  });

  it("states the finding in its text alternative, from the data", () => {
    const svg = draw(720);
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toContain("92% of German companies in China planned to stay");
    expect(svg.getAttribute("aria-label")).toContain("from 72% in 2020/21 to 51% in 2024/25");
  });

  it("carries no <style> and no text below the minimum size", () => {
    const svg = draw(340);
    expect(svg.querySelector("style")).toBeNull();
    const sizes = [...svg.querySelectorAll("[font-size]")].map((e) =>
      Number.parseFloat(e.getAttribute("font-size")!),
    );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
  });
});
