import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { DEFAULT_LOCALE, locales, messages, type Messages } from "../../src/i18n/index.ts";
import { assertComplete, missingPaths } from "../../src/i18n/check.ts";
import { chartById, chartIds } from "../../src/charts/index.ts";
import { readDatasets } from "../../src/lib/readDatasets.ts";

const en = messages(DEFAULT_LOCALE);
/** Every catalogue but the reference, as discovered. */
const translated = locales.filter((l) => l !== DEFAULT_LOCALE);
const translations = Object.fromEntries(translated.map((l) => [l, messages(l)])) as Record<string, Messages>;
/** Locales written in Chinese characters, which set no spaces around figures. */
const cjk = (locale: string) => /^zh\b/.test(messages(locale).intlLocale);

/** Every string in a catalogue with its key path ("ui.copy", "status.primary"). */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  return [];
}

const placeholders = (template: string) => [...new Set(template.match(/\{\w+\}/g) ?? [])];

describe("message catalogues", () => {
  it("are the catalogue files of src/i18n, the reference first, then by tag", () => {
    const files = readdirSync("src/i18n")
      .filter((f) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*\.ts$/.test(f))
      .map((f) => f.slice(0, -3));
    expect([...locales]).toEqual([DEFAULT_LOCALE, ...files.filter((f) => f !== DEFAULT_LOCALE).sort()]);
    for (const locale of locales) {
      expect(messages(locale).ogLocale, locale).toMatch(/^[a-z]{2,3}_[A-Z]{2}$/);
      expect(["ltr", "rtl"]).toContain(messages(locale).dir);
      expect(new Intl.Locale(messages(locale).intlLocale).language).toBe(locale.split("-")[0]);
    }
  });

  it.each(translated)("%s has every key path of en", (locale) => {
    const missing = missingPaths(en, translations[locale]!);
    expect(missing, `${locale}: missing or misshapen key paths: ${missing.join(", ")}`).toEqual([]);
  });

  it("fails loudly, naming the file and key, when a catalogue lacks a message", () => {
    const broken = { ...en, ui: { ...en.ui, copy: undefined } };
    expect(() => assertComplete(en, { xx: broken })).toThrow(
      'src/i18n/xx.ts: missing message "ui.copy" (present in en.ts)',
    );
  });

  it.each(translated)("%s has no empty strings", (locale) => {
    const empty = leaves(translations[locale]!)
      .filter(([, value]) => value.trim() === "")
      .map(([path]) => path);
    expect(empty, `${locale}: empty values at ${empty.join(", ")}`).toEqual([]);
  });

  it.each(translated)("%s keeps every {placeholder} of the en templates", (locale) => {
    const theirs = new Map(leaves(translations[locale]!));
    const lost = leaves(en).flatMap(([path, template]) =>
      placeholders(template)
        .filter((p) => !(theirs.get(path) ?? "").includes(p))
        .map((p) => `${path} lacks ${p}`),
    );
    expect(lost, `${locale}: ${lost.join("; ")}`).toEqual([]);
  });

  it.each(translated.filter(cjk))(
    "%s writes its templates without spaces around their placeholders",
    (locale) => {
      const spaced = leaves(messages(locale))
        .filter(([, value]) => / \{\w+\}|\{\w+\} /.test(value))
        .map(([path]) => path);
      expect(spaced).toEqual([]);
    },
  );
});

describe("chart data tables", () => {
  const datasets = new Map(readDatasets("src/data").map(({ dataset }) => [dataset.id, dataset.records]));
  const cases = chartIds.flatMap((id) =>
    chartById(id)
      .locales.filter((l) => l !== DEFAULT_LOCALE)
      .map((locale) => ({ id, locale })),
  );

  it.each(cases)("$id: every tabled record is labelled in $locale", ({ id, locale }) => {
    const spec = chartById(id);
    const rows = spec.table(datasets.get(spec.dataset) ?? [], locale).rows;
    expect(rows.length, `${id}: no rows`).toBeGreaterThan(0);
    const english = spec.table(datasets.get(spec.dataset)!, DEFAULT_LOCALE).rows.map((r) => r.cells[0]);
    const labels = rows.map((r) => r.cells[0]!);
    if (cjk(locale)) expect(labels.filter((l) => !/[\u3000-\u9fff]/u.test(l))).toEqual([]);
    else expect(labels.filter((l, i) => l === english[i] && /\b[a-z]{4,}\b/.test(l))).toEqual([]);
  });
});
