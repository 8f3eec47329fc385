import { describe, expect, it } from "vitest";
import { chartById } from "../index.ts";
import { readDatasets } from "../../lib/readDatasets.ts";
import { texts } from "./texts.ts";

describe("the deals chart's table", () => {
  const spec = chartById("deals-by-sector");
  const records = readDatasets("src/data").find((d) => d.dataset.id === spec.dataset)!.dataset.records;
  it.each(texts.locales)("%s: labels its rows with the chart's own labels", (locale) => {
    const table = spec.table(records, locale);
    // The chart's own label where its texts give one, else the dataset's (English) label.
    const own = texts.text(locale).records["deals.count"];
    expect(table.rows[0]!.cells[0]).toBe(own ?? records.find((r) => r.id === "deals.count")!.label);
    if (locale !== "en") expect(own).toBeDefined();
  });
});
