import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { FigureRecord } from "../../../schemas/dataset.ts";
import { declaredChart } from "./declaredChart.ts";
import { locales } from "../../../i18n/index.ts";
import { axisFormat, valueFormat } from "./marks.ts";

const FILE = "src/charts/test-chart/chart.json";
const source = { name: "Test source", url: "https://example.org/table.html", date: "2025-01-01" };
const record = (
  id: string,
  series: string,
  period: string,
  value: number,
  extra: Partial<FigureRecord> = {},
) =>
  ({
    id,
    label: id,
    unit: "EUR",
    value,
    status: "reported",
    source,
    series,
    period,
    ...extra,
  }) as FigureRecord;
/** Two series over four periods: "b" has no 2021 figure, its 2022 figure is secondary, 2023-01/2023-06 is a half year. */
const records: FigureRecord[] = [
  record("a.2020", "a", "2020", 100),
  record("a.2021", "a", "2021", 120),
  record("a.2022", "a", "2022", 130),
  record("a.h1", "a", "2023-01/2023-06", 70),
  record("b.2020", "b", "2020", 90),
  record("b.2022", "b", "2022", 110, { status: "secondary" }),
  record("b.h1", "b", "2023-01/2023-06", 60),
];
const text = {
  title: "A and B, {fact:a.2022} at the peak",
  subtitle: "Goods trade in euros",
  finding: "A reached {fact:a.2022} in 2022.",
  notes: ["Gaps are gaps."],
  series: { a: "Alpha", b: "Beta" },
};
const declaration = (over: Record<string, unknown> = {}) => ({
  type: "line",
  dataset: "test",
  unit: "EUR",
  periods: ["2020", "2021", "2022", "2023-01/2023-06"],
  series: [
    { id: "a", color: "china" },
    { id: "b", color: "us" },
  ],
  texts: { en: text, de: { ...text, series: { a: "Alpha", b: "Beta" } } },
  ...over,
});
const doc = () => parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
const draw = (over: Record<string, unknown> = {}, width = 340, data = records) =>
  declaredChart("test-chart", FILE, declaration(over)).render(data, { width, locale: "en", document: doc() });

describe("a declared chart", () => {
  it("takes its title, finding and table from the texts and the dataset", () => {
    const chart = declaredChart("test-chart", FILE, declaration());
    expect(chart.locales).toEqual(["en", "de"]);
    expect(chart.title(records, "en")).toBe("A and B, 130 euros at the peak");
    expect(chart.cited(records).map((r) => r.id)).toEqual([
      "a.2020",
      "a.2021",
      "a.2022",
      "a.h1",
      "b.2020",
      "b.2022",
      "b.h1",
    ]);
    // Intl puts thin spaces around the dash of a month range.
    expect(chart.table(records, "en").rows[3]!.cells[0]).toMatch(/^Alpha, Jan\s–\sJun 2023$/u);
    const svg = draw();
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("A reached 130 euros in 2022.");
  });

  it.each(["line", "bar", "grouped-bar", "stacked-bar", "dot"])(
    "draws a %s chart with Plot, without <style> or small text",
    (type) => {
      for (const width of [340, 720]) {
        const svg = draw({ type }, width);
        expect(svg.querySelector("style")).toBeNull();
        expect(svg.querySelector("title")).toBeNull();
        const sizes = [...svg.querySelectorAll("[font-size]")].map((e) =>
          Number.parseFloat(e.getAttribute("font-size")!),
        );
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
        // One tooltip per figure drawn: six figures with a value.
        const tips = [...svg.querySelectorAll("[data-tip]")].map((e) => e.getAttribute("data-tip")!);
        expect(tips.filter((t) => !t.endsWith("no sourced figure"))).toHaveLength(7);
      }
    },
  );

  it("leaves a period without a figure as a gap and never joins a half year to a full one", () => {
    const svg = draw();
    // Alpha: 2020-2021-2022 joined (two segments); Beta: 2020 and 2022 are not neighbours.
    const links = (colour: string) =>
      svg.querySelectorAll(`path[stroke="var(--series-${colour})"]:not([data-tip])`).length;
    expect(links("china")).toBe(2);
    expect(links("us")).toBe(0);
    const half = [...svg.querySelectorAll("[data-tip]")].filter((e) =>
      /Jan\s–\sJun 2023/u.test(e.getAttribute("data-tip")!),
    );
    expect(half).toHaveLength(2);
    expect(svg.textContent).toMatch(/Jan\s–\sJun 2023: part of the year only/u);
  });

  it("draws a secondary figure hollow and says so in its tooltip and the key", () => {
    const svg = draw();
    const hollow = [...svg.querySelectorAll('[data-tip][fill="var(--bg)"]')].map((e) =>
      e.getAttribute("data-tip"),
    );
    expect(hollow).toEqual(["Beta, 2022: 110 euros (secondary source, uncertain)"]);
    expect(svg.textContent).toContain("Hollow or dashed");
  });

  it("marks a missing bar with a dash and a tooltip, never a zero", () => {
    const tips = [...draw({ type: "grouped-bar" }).querySelectorAll("[data-tip]")].map((e) =>
      e.getAttribute("data-tip"),
    );
    expect(tips).toContain("Beta, 2021: no sourced figure");
  });
});

describe("numbers on a declared chart", () => {
  it("label bars at the precision the source stated, while axis ticks may round", () => {
    expect(valueFormat("count", "en")(3_570_000)).toBe("3.57M");
    expect(valueFormat("count", "en")(1_684_000)).toBe("1.684M");
    expect(valueFormat("EUR", "en")(246_300_000_000)).toBe("€246.3B");
    expect(axisFormat("count", "en")(3_000_000)).toBe("3M");
    expect(axisFormat("EUR", "de")(200_000_000_000)).toMatch(/^200\sMrd\.\s€$/u);
  });
});

describe("a declared chart that is wrong, or draws a window", () => {
  const fails =
    (over: Record<string, unknown>, data = records) =>
    () =>
      declaredChart("test-chart", FILE, declaration(over)).cited(data);

  it("names the file and field of an unknown chart type or colour", () => {
    expect(fails({ type: "pie" })).toThrow(
      `${FILE}: type: expected a chart type: line, bar, grouped-bar, stacked-bar, dot`,
    );
    expect(fails({ series: [{ id: "a", color: "pink" }] })).toThrow(
      `${FILE}: series[0] (id "a").color: expected a palette colour: china, germany, us`,
    );
    expect(fails({ series: [{ id: "a" }] })).toThrow(
      `${FILE}: series[0] (id "a").color: expected a palette colour`,
    );
  });

  it("names an unknown series and lists the dataset's series", () => {
    const labelled = { en: { ...text, series: { c: "Gamma" } } };
    expect(fails({ series: [{ id: "c", color: "china" }], texts: labelled })).toThrow(
      `${FILE}: series[0].id: no record in dataset "test" has series "c" (its series: a, b)`,
    );
  });

  it("reports a mistyped series id as the declaration's mistake, not as the labels that follow from it", () => {
    const typo = fails({
      series: [
        { id: "a", color: "china" },
        { id: "bb", color: "us" },
      ],
    });
    expect(typo).toThrow(
      `${FILE}: series[1].id: "bb" is labelled in no locale's texts, which label "b" instead: check the id against the series of dataset "test"`,
    );
    expect(typo).not.toThrow(/expected a label for series/);
  });

  it("names a record of the wrong unit", () => {
    const mixed = [...records, { ...record("a.usd", "a", "2020", 1), unit: "USD" } as FigureRecord];
    expect(fails({}, mixed)).toThrow(`${FILE}: unit: record "a.usd" (series "a") is in USD, expected EUR`);
  });

  it("draws only the periods it declares: they are its window on the series", () => {
    const chart = declaredChart("test-chart", FILE, declaration({ periods: ["2021", "2022"] }));
    expect(chart.cited(records).map((r) => r.id)).toEqual(["a.2021", "a.2022", "b.2022"]);
  });

  it("names a missing text and a missing series label, per locale", () => {
    const { title: _title, ...untitled } = text;
    expect(fails({ texts: { en: text, de: untitled } })).toThrow(
      `${FILE}: texts.de.title: expected the chart's title`,
    );
    expect(fails({ texts: { en: text, de: { ...text, series: { a: "Alpha" } } } })).toThrow(
      `${FILE}: texts.de.series.b: missing text (present in en)`,
    );
    expect(fails({ texts: { en: { ...text, series: { a: "Alpha" } } } })).toThrow(
      `${FILE}: texts.en.series.b: expected a label for series "b" (series[1])`,
    );
    // A tag no catalogue has (src/i18n/): "xx" is reserved for private use and never a language.
    expect(fails({ texts: { xx: text } })).toThrow(
      `${FILE}: texts.xx: expected a locale: ${locales.join(", ")}`,
    );
  });

  it("rejects a hand-typed figure and suggests a derived record", () => {
    expect(fails({ texts: { en: { ...text, subtitle: "Up 12% since 2020" } } })).toThrow(
      /texts\.en\.subtitle: "12%" looks like a hand-typed figure: cite a record as \{fact:id\}, or, .* add a derived record/,
    );
  });
});
