import { describe, expect, it } from "vitest";
import { charts } from "../../src/charts/index.ts";
import { exploreTree } from "../../src/charts/kit/explore/exploreTree.ts";
import type { ExploreNode } from "../../src/charts/kit/explore/tree.ts";
import { readDatasets } from "../../src/lib/readDatasets.ts";

const datasets = new Map(readDatasets("src/data").map(({ dataset }) => [dataset.id, dataset]));
const leaves = (node: ExploreNode): ExploreNode[] =>
  node.children?.length ? node.children.flatMap(leaves) : [node];

describe.each([...charts.values()])("the navigation tree of $id", (spec) => {
  const records = datasets.get(spec.dataset)!.records;
  it.each([...spec.locales])("reads every row of the data table as a place in %s", (locale) => {
    const tree = exploreTree(spec, records, locale);
    const texts = leaves(tree.root).map((n) => n.text);
    for (const row of spec.table(records, locale).rows) {
      const match = texts.find((t) => t.includes(row.cells[0]!) && t.includes(row.cells[2]!));
      expect(match, `${row.cells[0]}: ${row.cells[2]}`).toBeDefined();
    }
    expect(tree.root.text).toContain(spec.title(records, locale));
  });

  it.each([...spec.locales])("plays tones only on its chart's scale in %s", (locale) => {
    const sound = exploreTree(spec, records, locale).sound;
    if (!sound) return expect(sound).toBeUndefined();
    const [min, max] = sound.domain;
    for (const tone of sound.series.flat())
      if (tone.value !== null) expect(tone.value >= min && tone.value <= max).toBe(true);
  });
});
