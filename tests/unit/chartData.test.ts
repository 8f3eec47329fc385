import { describe, expect, it } from "vitest";
import { dataRows } from "../../src/publish/chartData.ts";
import { readDatasets } from "../../src/lib/readDatasets.ts";

const context = readDatasets("src/data").find((d) => d.dataset.id === "context")!.dataset;

describe("a chart's data rows", () => {
  it("name a correction on the row of the figure it touched, and a chart-wide one on every row", () => {
    const log = [
      {
        date: "2026-12-02",
        kind: "correction",
        text: "Fixed the 2024 figure.",
        figures: ["trade.de-cn.2024"],
      },
      { date: "2026-12-03", kind: "update", text: "Added a note.", figures: [] },
    ];
    const rows = dataRows("trade-partners", context, "en", log);
    expect(rows.find((r) => r.id === "trade.de-cn.2024")?.corrected).toBe(
      "2026-12-02 correction: Fixed the 2024 figure. | 2026-12-03 update: Added a note.",
    );
    expect(rows.find((r) => r.id === "trade.de-cn.2022")?.corrected).toBe("2026-12-03 update: Added a note.");
  });
});
