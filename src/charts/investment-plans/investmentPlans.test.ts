import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { exportSvg } from "../../publish/exportChart.ts";
import { readDatasets } from "../../lib/readDatasets.ts";
import type { FigureRecord } from "../../schemas/dataset.ts";
import chart from "./chart.ts";
import { GUESS_START, finding, investmentPlans } from "./investmentPlans.ts";

const records = readDatasets("src/data").find(({ dataset }) => dataset.id === chart.dataset)!.dataset
  .records as FigureRecord[];

function draw(width: number, data: readonly FigureRecord[] = records) {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return investmentPlans(data, { width, locale: "en", document: document as unknown as Document });
}
const translate = (el: Element) =>
  (el.getAttribute("transform") ?? "")
    .match(/translate\(([-\d.]+),([-\d.]+)\)/)!
    .slice(1)
    .map(Number);

describe("investment-plans", () => {
  it.each([340, 720])(
    "puts a slider on each published figure at %i px, hidden until a script shows it",
    (width) => {
      const svg = draw(width);
      const layer = svg.querySelector(".guess-you")!;
      expect(layer.getAttribute("display")).toBe("none");
      const handles = [...layer.querySelectorAll("[role=slider]")];
      const dots = [...svg.querySelectorAll(".guess-answer [data-tip]")];
      // One slider per edition with a figure (2019/20 has none), each at its published dot's x.
      expect(handles.map((h) => h.getAttribute("data-edition"))).toEqual([
        "2020/21",
        "2021/22",
        "2022/23",
        "2023/24",
        "2024/25",
        "2025/26",
      ]);
      expect(handles.map((h) => translate(h)[0])).toEqual(dots.map((d) => translate(d)[0]));
      // Each starts at GUESS_START, which sits between the plot's 100% (top) and 0% (bottom).
      const plot = layer.querySelector(".guess-plot")!;
      const [top, bottom] = [Number(plot.getAttribute("data-top")), Number(plot.getAttribute("data-bottom"))];
      expect(top).toBeLessThan(bottom);
      for (const h of handles) {
        expect(h.getAttribute("aria-valuenow")).toBe(String(GUESS_START));
        expect(translate(h)[1]).toBeCloseTo(bottom - (GUESS_START / 100) * (bottom - top), 0);
      }
    },
  );

  it("leaves the guess layer out of the SVG and PNG downloads", () => {
    const { svg } = exportSvg("investment-plans", records, "en", {
      storyUrl: "https://example.org/en/story/",
    });
    expect(svg).not.toMatch(/guess-you|role="slider"|Your guess/);
    // The data itself is there, coloured for a file without the site's styles.
    expect(svg).toMatch(/#0a66a8/i);
  });

  it("states the finding from the records, and refuses one the records no longer support", () => {
    expect(finding(records, "en")).toBe(
      "The share of German companies in China planning to increase investment fell from 72% in the 2020/21 survey to 51% in 2024/25. " +
        "Copies of the 2025/26 results put it at 53%, an uncertain figure.",
    );
    const rose = records.map((r) => (r.id === "bcs.2024-25.invest" ? { ...r, value: 80 } : r));
    expect(() => finding(rose as FigureRecord[], "en")).toThrow(
      /says the share fell, but 2024\/25 is not below 2020\/21/,
    );
    const confirmed = records.map((r) =>
      r.id === "bcs.2025-26.invest" ? { ...r, status: "primary" as const } : r,
    );
    expect(() => finding(confirmed as FigureRecord[], "de")).toThrow(
      /findingLater: calls 2025\/26 uncertain/,
    );
  });
});
