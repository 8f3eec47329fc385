/**
 * The Hefei story's figures as the German and Chinese editions print them: the locales' number
 * conventions applied to this story's records. They live with the story and go when it goes.
 */
import { describe, expect, it } from "vitest";
import { formatFigure } from "../../lib/format.ts";
import { readDatasets } from "../../lib/readDatasets.ts";
import type { FigureRecord } from "../../schemas/dataset.ts";

const records = new Map<string, FigureRecord>(
  readDatasets("src/data").flatMap(({ dataset }) => dataset.records.map((r) => [r.id, r] as const)),
);
const record = (id: string) => {
  const r = records.get(id);
  if (!r) throw new Error(`src/data: no record "${id}"`);
  return r;
};

describe("figures in German and Chinese", () => {
  it.each([
    [
      "German",
      "de",
      {
        "deals.value-cny": "über 6,8\u00a0Mrd. Yuan",
        "deals.value-usd": "rund 949,46\u00a0Mio. US-Dollar",
        "bcs.2024-25.stay": "92\u00a0%",
        "deals.implied-rate": "7,162 Yuan je US-Dollar",
        "attendees.german-enterprises": "fast 100",
      },
    ],
    [
      "Chinese, in 亿 and without spaces",
      "zh",
      {
        "deals.value-cny": "超过68亿元",
        "deals.value-usd": "约9.4946亿美元",
        "bcs.2024-25.stay": "92%",
        "deals.implied-rate": "1美元兑7.162元",
        "attendees.german-enterprises": "近100",
      },
    ],
  ] as const)("formats the deal values and percentages in %s", (_language, locale, expected) => {
    for (const [id, text] of Object.entries(expected)) expect(formatFigure(record(id), locale)).toBe(text);
  });

  it("names withheld counts in each language", () => {
    expect(formatFigure(record("deals.sector.new-energy"), "de")).toBe("nicht veröffentlicht");
    expect(formatFigure(record("deals.sector.new-energy"), "zh")).toBe("未公开");
  });
});
