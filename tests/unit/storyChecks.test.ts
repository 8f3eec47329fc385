import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "@mdx-js/mdx";
import { VFile } from "vfile";
import remarkFacts, { datasetIds } from "../../src/publish/remarkFacts.ts";
import { fillFacts, handTypedFigures } from "../../src/lib/factText.ts";
import { readDatasets } from "../../src/lib/readDatasets.ts";
import { chartIds } from "../../src/charts/index.ts";

const compileStory = (name: string) => {
  const path = `tests/fixtures/stories/${name}.mdx`;
  const value = readFileSync(path, "utf8").replace(/^---[\s\S]*?---\n/, "");
  const file = new VFile({ path: `/repo/src/stories/fixture/${name}.mdx`, value });
  return compile(file, { remarkPlugins: [[remarkFacts, { dataDir: "tests/fixtures/datasets-ok" }]] });
};

describe("story checks", () => {
  it("accepts a story whose facts all exist", async () => {
    await expect(compileStory("valid")).resolves.toBeDefined();
  });
  it("fails on an unknown fact id, naming the file, the line and the id", async () => {
    const error = await compileStory("unknown-fact").catch(
      (e: Error & { file?: string; line?: number }) => e,
    );
    expect(String(error)).toMatch(/src\/stories\/fixture\/unknown-fact\.mdx:\d+:\d+/);
    expect(String(error)).toContain('<Fact id="deals.total">: unknown fact id');
  });
  it("fails on an unknown chart id, listing the valid ones", async () => {
    const path = "tests/fixtures/stories/unknown-chart.mdx";
    const value = readFileSync(path, "utf8").replace(/^---[\s\S]*?---\n/, "");
    const file = new VFile({ path: "/repo/src/stories/fixture/unknown-chart.mdx", value });
    const error = await compile(file, {
      remarkPlugins: [[remarkFacts, { dataDir: "tests/fixtures/datasets-ok", chartsDir: "src/charts" }]],
    }).catch((e: Error) => e);
    expect(String(error)).toMatch(/unknown-chart\.mdx:\d+:\d+/);
    expect(String(error)).toContain('<ChartFigure id="deals-by-sektor">: unknown chart id: expected one of');
    expect(String(error)).toContain(chartIds.map((id) => `"${id}"`).join(", "));
  });
  it("fails on a map step with an unknown place or region, or neither, naming the file and line", async () => {
    const step = (attrs: string) =>
      compile(
        new VFile({
          path: "/repo/src/stories/fixture/route.mdx",
          value: `Intro.\n\n<RouteSteps>\n<RouteStep ${attrs}>\n\nText.\n\n</RouteStep>\n</RouteSteps>\n`,
        }),
        {
          remarkPlugins: [[remarkFacts, { dataDir: "src/data" }]],
        },
      ).then(
        () => "compiled",
        (e: Error) => String(e),
      );
    expect(await step('place="place.munich"')).toBe("compiled");
    expect(await step('region="anhui"')).toBe("compiled");
    expect(await step('place="place.munch"')).toMatch(
      /route\.mdx:\d+:\d+.*<RouteStep place="place\.munch">: unknown place: expected a record id from src\/data\/places\.json/,
    );
    expect(await step('region="bavaria"')).toContain(
      '<RouteStep region="bavaria">: unknown region: expected "anhui"',
    );
    expect(await step("")).toContain(
      '<RouteStep>: expected place="<id from src/data/places.json>" or region="anhui"',
    );
  });
  it("fails on a figure typed into the prose", async () => {
    const error = await compileStory("hand-typed").catch((e: Error) => e);
    expect(String(error)).toContain("hand-typed.mdx");
    expect(String(error)).toContain('"28" looks like a hand-typed figure');
  });
  it("allows years and survey editions but flags other digits", () => {
    expect(handTypedFigures("In 2025, the 2024/25 survey")).toEqual([]);
    expect(handTypedFigures("28 deals worth 6.8bn")).toEqual(["28", "6.8bn"]);
    expect(handTypedFigures("92% of firms")).toEqual(["92%"]);
    expect(handTypedFigures("2025年6月26日，28项")).toEqual(["年，28项"]);
  });
  it("fills {fact:id} placeholders and rejects unknown ids", () => {
    const facts = new Map(
      readDatasets("src/data").flatMap(({ dataset }) => dataset.records.map((r) => [r.id, r])),
    );
    expect(fillFacts("{fact:deals.count} deals", facts, "en", "x.mdx: title")).toBe("28 deals");
    expect(() => fillFacts("{fact:deals.nope}", facts, "en", "x.mdx: title")).toThrow(
      'x.mdx: title: unknown fact id "deals.nope": expected an id from src/data/*.json',
    );
  });
});

describe("dataset ids for the story checks", () => {
  it("are read once while the files stay the same, and again after an edit", () => {
    const dir = mkdtempSync(join(tmpdir(), "hefei-ids-"));
    try {
      cpSync("tests/fixtures/datasets-ok/valid.json", join(dir, "valid.json"));
      const first = datasetIds(dir);
      expect(datasetIds(dir)).toBe(first);
      const data = JSON.parse(readFileSync(join(dir, "valid.json"), "utf8"));
      data.records[0].id = "deals.renamed";
      writeFileSync(join(dir, "valid.json"), JSON.stringify(data));
      const second = datasetIds(dir);
      expect(second).not.toBe(first);
      expect(second.has("deals.renamed")).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
