import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.ts";
import { de } from "../../src/i18n/de.ts";
import { zh } from "../../src/i18n/zh.ts";
import { locales, type Messages } from "../../src/i18n/index.ts";
import { assertComplete, missingPaths } from "../../src/i18n/check.ts";
import { chartById, chartIds } from "../../src/charts/index.ts";
import { texts as dealsTexts } from "../../src/charts/deals-by-sector/texts.ts";
import { formatFigure } from "../../src/lib/format.ts";
import { readDatasets } from "../../src/lib/readDatasets.ts";
import type { FigureRecord } from "../../src/schemas/dataset.ts";

const translations = { de, zh } as const;
type Translated = keyof typeof translations;
const translated = Object.keys(translations) as Translated[];

/** Every string in a catalogue with its key path ("charts.hefei-map.notes[1]"). */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  return [];
}

const placeholders = (template: string) => [...new Set(template.match(/\{\w+\}/g) ?? [])];

const records = new Map<string, FigureRecord>(
  readDatasets("src/data").flatMap(({ dataset }) => dataset.records.map((r) => [r.id, r] as const)),
);
const record = (id: string) => {
  const r = records.get(id);
  if (!r) throw new Error(`src/data: no record "${id}"`);
  return r;
};

describe("message catalogues", () => {
  it("publishes en, de and zh, in that order", () => {
    expect([...locales]).toEqual(["en", "de", "zh"]);
  });

  it.each(translated)("%s has every key path of en", (locale) => {
    const missing = missingPaths(en, translations[locale]);
    expect(missing, `${locale}: missing or misshapen key paths: ${missing.join(", ")}`).toEqual([]);
  });

  it("fails loudly, naming the file and key, when a catalogue lacks a message", () => {
    const broken = { ...de, ui: { ...de.ui, copy: undefined } };
    expect(() => assertComplete(en, { de: broken })).toThrow(
      'src/i18n/de.ts: missing message "ui.copy" (present in en.ts)',
    );
  });

  it.each(translated)("%s has no empty strings", (locale) => {
    const empty = leaves(translations[locale] as Messages)
      .filter(([, value]) => value.trim() === "")
      .map(([path]) => path);
    expect(empty, `${locale}: empty values at ${empty.join(", ")}`).toEqual([]);
  });

  it.each(translated)("%s keeps every {placeholder} of the en templates", (locale) => {
    const theirs = new Map(leaves(translations[locale]));
    const lost = leaves(en).flatMap(([path, template]) =>
      placeholders(template)
        .filter((p) => !(theirs.get(path) ?? "").includes(p))
        .map((p) => `${path} lacks ${p}`),
    );
    expect(lost, `${locale}: ${lost.join("; ")}`).toEqual([]);
  });

  it("writes Chinese templates without spaces around their placeholders", () => {
    const spaced = leaves(zh)
      .filter(([, value]) => / \{\w+\}|\{\w+\} /.test(value))
      .map(([path]) => path);
    expect(spaced).toEqual([]);
  });
});

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

describe("chart data tables", () => {
  const datasets = new Map(readDatasets("src/data").map(({ dataset }) => [dataset.id, dataset.records]));
  const cases = chartIds.flatMap((id) =>
    chartById(id)
      .locales.filter((l) => l !== "en")
      .map((locale) => ({ id, locale })),
  );

  it.each(cases)("$id: every tabled record is labelled in $locale", ({ id, locale }) => {
    const spec = chartById(id);
    const rows = spec.table(datasets.get(spec.dataset) ?? [], locale).rows;
    expect(rows.length, `${id}: no rows`).toBeGreaterThan(0);
    const english = spec.table(datasets.get(spec.dataset)!, "en").rows.map((r) => r.cells[0]);
    const labels = rows.map((r) => r.cells[0]!);
    if (locale === "zh") expect(labels.filter((l) => !/[\u3000-\u9fff]/u.test(l))).toEqual([]);
    else expect(labels.filter((l, i) => l === english[i] && /\b[a-z]{4,}\b/.test(l))).toEqual([]);
  });

  it.each(translated)("%s: the deals table uses the chart's own labels", (locale) => {
    const spec = chartById("deals-by-sector");
    const table = spec.table(datasets.get(spec.dataset)!, locale);
    expect(table.rows[0]!.cells[0]).toBe(dealsTexts.text(locale).records["deals.count"]);
  });
});
