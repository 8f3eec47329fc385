import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DataError, parseDataset } from "../../src/lib/validate.ts";
import { readDatasets } from "../../src/lib/readDatasets.ts";
import { isDocumentUrl, isListingUrl } from "../../src/schemas/dataset.ts";

const fixture = (name: string) => `tests/fixtures/datasets/${name}.json`;
const load = (name: string) => JSON.parse(readFileSync(fixture(name), "utf8")) as unknown;
const problem = (name: string) => {
  try {
    parseDataset(load(name), fixture(name));
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as Error).message;
  }
  throw new Error(`${name} passed validation`);
};

describe("dataset validation", () => {
  it("accepts a valid dataset", () => {
    expect(parseDataset(load("valid"), fixture("valid")).records[0]!.value).toBe(28);
  });

  it.each([
    ["no-source", 'records[0] (id "deals.count").source', /expected a source: \{ name, url, date \}/],
    ["percent-over-100", 'records[1] (id "bcs.stay").value', /expected a percentage between 0 and 100/],
    ["wrong-type", 'records[0] (id "deals.count").value', /expected a number/],
    [
      "unknown-status",
      'records[0] (id "deals.count").status',
      /expected a status: primary, reported, secondary or derived/,
    ],
    [
      "duplicate-id",
      'records[1] (id "deals.count").id',
      /expected a unique id: "deals.count" is already used by records\[0\]/,
    ],
    ["derived-without-formula", 'records[0] (id "deals.count").formula', /expected a formula/],
    [
      "home-page-source",
      'records[0] (id "deals.count").source.url',
      /expected the address of the document that shows the figure, not a site's home page/,
    ],
    [
      "listing-page-source",
      'records[0] (id "deals.count").source.url',
      /expected the address of the document that shows the figure, not a search or listing page/,
    ],
    [
      "primary-via-copy",
      'records[0] (id "deals.count").status',
      /a figure read in a copy \(via\) is never primary/,
    ],
  ])("%s names the file, the field and what was expected", (name, field, expected) => {
    const message = problem(name);
    expect(message).toContain(`tests/fixtures/datasets/${name}.json: ${field}: `);
    expect(message).toMatch(expected);
  });

  it("validates every dataset in src/data, with record ids unique across files", () => {
    const datasets = readDatasets("src/data");
    // One dataset per file, each named by its file, whatever datasets the site has.
    const files = readdirSync("src/data").filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThan(0);
    expect(datasets.map((d) => `${d.dataset.id}.json`).sort()).toEqual(files.sort());
    const ids = datasets.flatMap((d) => d.dataset.records.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ["https://www.geonames.org/", false],
    ["https://www.wehefei.com", false],
    ["https://hub.kpmg.de/#top", false],
    ["https://www.wehefei.com/news/2025/01/22/c_637481.htm", true],
    ["https://www.geonames.org/advanced-search.html?q=Bavaria&", true],
    ["https://example.org/?p=2075", true],
  ])("treats %s as a document: %s", (url, expected) => {
    expect(isDocumentUrl(url)).toBe(expected);
  });

  it.each([
    ["https://www.geonames.org/advanced-search.html?q=Bavaria&", true],
    ["https://example.org/search/?term=trade", true],
    ["https://example.org/suche?query=Handel", true],
    ["https://example.org/?s=survey", true],
    ["https://example.org/?p=2075", false],
    ["https://aktuell360.de/?p=1472", false],
    ["https://www.destatis.de/EN/Press/2021/02/PE21_077_51.html", false],
    ["https://www.example.org/research/report.pdf", false],
  ])("treats %s as a search or listing page: %s", (url, expected) => {
    expect(isListingUrl(url)).toBe(expected);
  });

  it("finds no search or listing page among the sources, copies and alternatives of the datasets", () => {
    const urls = readDatasets("src/data").flatMap((d) =>
      d.dataset.records.flatMap((r) => [
        r.source.url,
        ...(r.via ? [r.via.url] : []),
        ...(r.alternatives ?? []).map((a) => a.source.url),
      ]),
    );
    expect(urls.filter(isListingUrl)).toEqual([]);
  });

  it("finds no home page among the sources of the datasets and the stories", () => {
    const urls = [
      ...readDatasets("src/data").flatMap((d) => d.dataset.records.map((r) => r.source.url)),
      ...readdirSync("src/stories", { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".mdx"))
        .flatMap((f) => [...readFileSync(`src/stories/${f}`, "utf8").matchAll(/^\s+url: (\S+)$/gm)])
        .map((m) => m[1]!),
    ];
    expect(urls.length).toBeGreaterThan(60);
    expect(urls.filter((url) => !isDocumentUrl(url))).toEqual([]);
  });

  it("rejects a record id used in two dataset files", () => {
    expect(() => readDatasets("tests/fixtures/datasets-cross-duplicate")).toThrow(
      /datasets-cross-duplicate\/b\.json: records\[0\] \(id "deals\.count"\)\.id: expected a unique id: already used in .*a\.json/,
    );
  });
});
