import { describe, expect, it } from "vitest";
import { chartById, chartIds } from "../../src/charts/index.ts";
import { dataRows } from "../../src/publish/chartData.ts";
import { readDatasets } from "../../src/lib/readDatasets.ts";

const datasets = new Map(readDatasets("src/data").map(({ dataset }) => [dataset.id, dataset]));
// Every chart that draws at least two figures: the rule holds for any of them.
const cases = chartIds.filter((id) => {
  const spec = chartById(id);
  return spec.cited(datasets.get(spec.dataset)?.records ?? []).length >= 2;
});

describe("a chart's data rows", () => {
  it.each(cases)(
    "%s: name a correction on the row of the figure it touched, and a chart-wide one on every row",
    (id) => {
      const spec = chartById(id);
      const dataset = datasets.get(spec.dataset)!;
      const [touched, other] = spec.cited(dataset.records);
      const log = [
        { date: "2026-12-02", kind: "correction", text: "Fixed a figure.", figures: [touched!.id] },
        { date: "2026-12-03", kind: "update", text: "Added a note.", figures: [] },
      ];
      const rows = dataRows(id, dataset, spec.locales[0]!, log);
      expect(rows.find((r) => r.id === touched!.id)?.corrected).toBe(
        "2026-12-02 correction: Fixed a figure. | 2026-12-03 update: Added a note.",
      );
      expect(rows.find((r) => r.id === other!.id)?.corrected).toBe("2026-12-03 update: Added a note.");
    },
  );
});
