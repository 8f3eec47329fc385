import { describe, expect, it } from "vitest";
import { fill, locales, messages } from "../../../i18n/index.ts";
import { formatFigure } from "../../../lib/format.ts";
import type { FigureRecord } from "../../../schemas/dataset.ts";
import { periodLabel } from "../periods.ts";
import { seriesTree, type SeriesChart } from "./seriesTree.ts";
import { packTree } from "./tree.ts";

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
/** Two series over four periods: "b" has no 2021 figure, its 2022 figure is secondary, the last period is a half year. */
const periods = ["2020", "2021", "2022", "2023-01/2023-06"];
const records: FigureRecord[] = [
  record("a.2020", "a", "2020", 100),
  record("a.2021", "a", "2021", 120, { preliminary: true }),
  record("a.2022", "a", "2022", 130),
  record("a.h1", "a", "2023-01/2023-06", 70),
  record("b.2020", "b", "2020", 90),
  record("b.2022", "b", "2022", 110, { status: "secondary" }),
  record("b.h1", "b", "2023-01/2023-06", 60),
];
const chart: SeriesChart = {
  type: "line",
  title: "A and B",
  finding: "A peaked in 2022.",
  periods,
  series: [
    { name: "Alpha", records: records.filter((r) => r.series === "a") },
    { name: "Beta", records: records.filter((r) => r.series === "b") },
  ],
  label: (r) => `label ${r.id}`,
};
const byId = (id: string) => records.find((r) => r.id === id)!;

describe.each(locales)("a series chart's navigation tree in %s", (locale) => {
  const m = messages(locale);
  const tree = seriesTree(chart, locale);
  const [alpha, beta] = tree.root.children!;

  it("names the chart type, its finding, its series and its range, from the records", () => {
    const text = tree.root.text;
    expect(text).toContain(fill(m.explore.chart, { type: m.explore.type.line, title: "A and B" }));
    expect(text).toContain("A peaked in 2022.");
    expect(text).toContain(formatFigure(byId("b.h1"), locale)); // the lowest figure
    expect(text).toContain(formatFigure(byId("a.2022"), locale)); // the highest figure
    expect(text).toContain(periodLabel(periods.at(-1)!, locale));
  });

  it("gives each series its first, last, highest and lowest figure, and names its gaps", () => {
    expect(alpha!.text.startsWith("Alpha")).toBe(true);
    for (const id of ["a.2020", "a.h1", "a.2022"])
      expect(alpha!.text).toContain(formatFigure(byId(id), locale));
    expect(alpha!.text).not.toContain(m.explore.gaps.split("{")[0]!);
    expect(beta!.text).toContain(fill(m.explore.gaps, { periods: periodLabel("2021", locale) }));
    expect(beta!.text).toContain(formatFigure(byId("b.2022"), locale));
  });

  it("reads each period as the table prints it, with its status in words, and a gap as a gap", () => {
    expect(alpha!.children!.map((c) => c.text)).toEqual(
      ["a.2020", "a.2021", "a.2022", "a.h1"].map((id) =>
        expect.stringContaining(formatFigure(byId(id), locale)),
      ),
    );
    expect(alpha!.children![0]!.text.startsWith(`label a.2020${m.punctuation.colon}`)).toBe(true);
    expect(alpha!.children![1]!.text).toContain(m.ui.preliminary);
    expect(alpha!.children![3]!.text).toContain(m.explore.partYear);
    expect(beta!.children![1]!.text).toBe(fill(m.explore.gap, { period: periodLabel("2021", locale) }));
    expect(beta!.children![2]!.text).toContain(m.status.secondary);
  });

  it("plays every series on the chart's scale: gaps silent, uncertain and part-year points marked", () => {
    expect(tree.sound!.domain).toEqual([60, 130]);
    expect(tree.sound!.series[1]).toEqual([
      { value: 90, uncertain: false, partYear: false },
      { value: null, uncertain: false, partYear: false },
      { value: 110, uncertain: true, partYear: false },
      { value: 60, uncertain: false, partYear: true },
    ]);
    expect(JSON.parse(packTree(tree)).s[1]).toEqual([
      [90, 0],
      [null, 0],
      [110, 1],
      [60, 2],
    ]);
  });
});
