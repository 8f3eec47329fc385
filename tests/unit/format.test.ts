import { describe, expect, it } from "vitest";
import { formatDate, formatFigure, formatNumber, formatPercent, statedDigits } from "../../src/lib/format.ts";
import type { FigureRecord, RecordOf } from "../../src/schemas/dataset.ts";

const source = { name: "Test", url: "https://example.org/" };
const rec = (r: Record<string, unknown>) =>
  ({ id: "x", label: "x", status: "reported", source, ...r }) as FigureRecord;

describe("statedDigits", () => {
  it("counts the significant digits a source stated", () => {
    expect(statedDigits(6_800_000_000)).toBe(2);
    expect(statedDigits(949_460_000)).toBe(5);
    expect(statedDigits(28)).toBe(2);
    expect(statedDigits(0.4)).toBe(1);
  });
});

describe("formatting in English", () => {
  it("keeps compact amounts at their stated precision", () => {
    expect(formatNumber(6_800_000_000, "en")).toBe("6.8 billion");
    expect(formatNumber(949_460_000, "en")).toBe("949.46 million");
    expect(formatNumber(1_684_000, "en")).toBe("1.684 million");
    expect(formatNumber(546, "en")).toBe("546");
    expect(formatNumber(2000, "en")).toBe("2,000");
  });
  it("formats currencies with the catalogue's words", () => {
    expect(formatFigure(rec({ unit: "CNY", value: 6.8e9 }), "en")).toBe("6.8 billion yuan");
    expect(formatFigure(rec({ unit: "USD", value: 949.46e6 }), "en")).toBe("949.46 million US dollars");
    expect(formatFigure(rec({ unit: "EUR", value: 2.5e9 }), "en")).toBe("2.5 billion euros");
  });
  it("puts the source's qualifier in front and never drops it", () => {
    expect(formatFigure(rec({ unit: "CNY", value: 6.8e9, qualifier: "over" }), "en")).toBe(
      "over 6.8 billion yuan",
    );
    expect(formatFigure(rec({ unit: "count", value: 100, qualifier: "nearly" }), "en")).toBe("nearly 100");
  });
  it("formats percentages, including fractions and signed changes", () => {
    expect(formatPercent(92, "en")).toBe("92%");
    expect(formatPercent(0.4, "en")).toBe("0.4%");
    expect(formatFigure(rec({ unit: "percent-change", value: 43.3 }), "en")).toBe("+43.3%");
  });
  it("says 'not disclosed' for a count the source withheld, with no qualifier", () => {
    expect(formatFigure(rec({ unit: "count", value: null, qualifier: "about" }), "en")).toBe("not disclosed");
  });
  it("formats dates and date ranges in UTC", () => {
    expect(formatDate("2025-06-26", "en")).toBe("June 26, 2025");
    expect(
      formatFigure(rec({ unit: "date-range", value: { start: "2025-06-24", end: "2025-06-26" } }), "en"),
    ).toBe("June 24\u2009–\u200926, 2025");
  });
  it('types a money record of any currency (RecordOf<"EUR"> is not never: astro check fails if it is)', () => {
    const euros: RecordOf<"EUR"> = { ...rec({ value: 246_300_000_000 }), unit: "EUR" } as RecordOf<"EUR">;
    const value: number = euros.value;
    expect(formatFigure(euros, "en")).toBe("246.3 billion euros");
    expect(value).toBe(246_300_000_000);
  });

  it("lists items by their labels in the record, and names a missing label", () => {
    const items = {
      "new-energy": { en: "New energy", de: "Neue Energien" },
      "life-sciences": { en: "Life sciences" },
    };
    const list = rec({ unit: "list", value: ["new-energy", "life-sciences"], items });
    expect(formatFigure(list, "en")).toBe("New energy and Life sciences");
    expect(() => formatFigure(list, "de")).toThrow(
      /item "life-sciences" has no "de" label: add it to "items"/,
    );
  });
});
