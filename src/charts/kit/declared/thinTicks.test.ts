import { describe, expect, it } from "vitest";
import { thinTicks } from "./thinTicks.ts";

const years = ["2019", "2020", "2021", "2022", "2023", "2024", "2025-01/2025-09"];
const width = (p: string) => (p.length > 4 ? 64 : 34);

describe("thinTicks", () => {
  it("keeps every period when the labels fit", () => {
    expect(thinTicks(years, width, 80)).toEqual(years);
  });

  it("labels every other period back from the last when neighbours would touch", () => {
    expect(thinTicks(years, width, 36)).toEqual(["2019", "2021", "2023", "2025-01/2025-09"]);
  });

  it("leaves no two shown labels closer than their half-widths and a gap", () => {
    for (const step of [10, 20, 30, 45]) {
      const shown = thinTicks(years, width, step);
      expect(shown.at(-1)).toBe(years.at(-1));
      for (let i = 1; i < shown.length; i++) {
        const distance = (years.indexOf(shown[i]!) - years.indexOf(shown[i - 1]!)) * step;
        expect(distance).toBeGreaterThanOrEqual((width(shown[i]!) + width(shown[i - 1]!)) / 2);
      }
    }
  });
});
