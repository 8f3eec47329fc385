import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DataError, parseDataset } from "../../src/lib/validate.ts";
import { readDatasets } from "../../src/lib/readDatasets.ts";

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
  ])("%s names the file, the field and what was expected", (name, field, expected) => {
    const message = problem(name);
    expect(message).toContain(`tests/fixtures/datasets/${name}.json: ${field}: `);
    expect(message).toMatch(expected);
  });

  it("validates every dataset in src/data, with record ids unique across files", () => {
    const datasets = readDatasets("src/data");
    expect(datasets.map((d) => d.dataset.id).sort()).toEqual(
      ["business-confidence-survey", "conference", "context", "places"].sort(),
    );
    const ids = datasets.flatMap((d) => d.dataset.records.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("rejects a record id used in two dataset files", () => {
    expect(() => readDatasets("tests/fixtures/datasets-cross-duplicate")).toThrow(
      /datasets-cross-duplicate\/b\.json: records\[0\] \(id "deals\.count"\)\.id: expected a unique id: already used in .*a\.json/,
    );
  });
});
