import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { readDatasets } from "../lib/readDatasets.ts";
import { handTypedFigures, placeholderIds } from "../lib/factText.ts";
import { pathToFileURL } from "node:url";

/** A check of one MDX component's attributes (a chart folder's `mdx.ts`): a message, or undefined. */
export type MdxCheck = (attrs: Record<string, unknown>, figureIds: ReadonlySet<string>) => string | undefined;

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/**
 * Checks a story's MDX at compile time: every `<Fact id>` names a record that exists, and the
 * prose types no figure by hand. Problems fail the build with file, line and what was expected.
 */
export function checkStory(
  tree: Root,
  file: VFile,
  ids: ReadonlySet<string>,
  /** Chart ids (folders in src/charts/); when given, every `<ChartFigure id>` must name one. */
  charts?: ReadonlySet<string>,
  /** Checks of the chart folders' own MDX components (`src/charts/<id>/mdx.ts`), by component name. */
  checks?: Readonly<Record<string, MdxCheck>>,
): void {
  visit(tree, (node) => {
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const element = node as unknown as { name: string | null; attributes: JsxAttribute[] };
      if (element.name === "ChartFigure" && charts) {
        const id = element.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "id")?.value;
        if (typeof id !== "string" || !charts.has(id))
          file.fail(
            `<ChartFigure id="${String(id)}">: unknown chart id: expected one of ${[...charts].map((c) => `"${c}"`).join(", ")} (a folder in src/charts/)`,
            node,
          );
        return "skip";
      }
      const check = element.name ? checks?.[element.name] : undefined;
      if (check) {
        const attrs = Object.fromEntries(
          element.attributes
            .filter((a) => a.type === "mdxJsxAttribute" && a.name)
            .map((a) => [a.name!, a.value]),
        );
        const problem = check(attrs, ids);
        if (problem) file.fail(problem, node);
        // Its text is prose like any other: its facts and figures are checked below.
        return undefined;
      }
      if (element.name !== "Fact") return;
      const id = element.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "id")?.value;
      if (typeof id !== "string")
        file.fail('<Fact>: expected an id attribute, e.g. <Fact id="deals.count" />', node);
      else if (!ids.has(id))
        file.fail(`<Fact id="${id}">: unknown fact id: expected an id from src/data/*.json`, node);
      return "skip";
    }
    if (node.type === "text") {
      const typed = handTypedFigures(node.value);
      if (typed.length) {
        file.fail(
          `prose: "${typed[0]}" looks like a hand-typed figure: expected it through <Fact id="..." />; ` +
            `if it is computed from other figures, add a derived record (status "derived" with its formula) to src/data/ and cite that`,
          node,
        );
      }
    }
    return undefined;
  });
  const data = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
  for (const key of ["title", "dek"]) {
    const text = data[key];
    if (typeof text !== "string") continue;
    for (const id of placeholderIds(text)) {
      if (!ids.has(id))
        file.fail(`frontmatter ${key}: unknown fact id "${id}": expected an id from src/data/*.json`);
    }
    const typed = handTypedFigures(text.replace(/\{fact:[^}]+\}/g, ""));
    if (typed.length)
      file.fail(`frontmatter ${key}: "${typed[0]}" looks like a hand-typed figure: expected {fact:id}`);
  }
}

const idSets = new WeakMap<object, Set<string>>();

/**
 * Every record id in `dir`: readDatasets keeps one read per build while the files are unchanged
 * (so `astro dev` sees an edited dataset at once), and the set is made once per read.
 */
export function datasetIds(dir: string): Set<string> {
  const datasets = readDatasets(dir);
  let ids = idSets.get(datasets);
  if (!ids)
    idSets.set(
      datasets,
      (ids = new Set(datasets.flatMap(({ dataset }) => dataset.records.map((r) => r.id)))),
    );
  return ids;
}

/** Chart ids: the folders of `dir` holding a chart.json or chart.ts (the same rule the registry uses). */
export function chartFolders(dir: string): Set<string> {
  return new Set(
    readdirSync(dir, { withFileTypes: true })
      .filter(
        (d) => d.isDirectory() && ["chart.json", "chart.ts"].some((f) => existsSync(join(dir, d.name, f))),
      )
      .map((d) => d.name)
      .sort(),
  );
}

/**
 * The checks chart folders give their MDX components (`src/charts/<id>/mdx.ts` exporting
 * `mdxChecks`): a component registers its rule by living in its chart's folder. Two folders
 * checking one component name fail, naming both.
 */
export async function mdxChecks(dir: string): Promise<Record<string, MdxCheck>> {
  const found: Record<string, MdxCheck> = {};
  const owner: Record<string, string> = {};
  for (const folder of chartFolders(dir)) {
    const file = join(dir, folder, "mdx.ts");
    if (!existsSync(file)) continue;
    const { mdxChecks: checks } = (await import(pathToFileURL(file).href)) as {
      mdxChecks?: Record<string, MdxCheck>;
    };
    for (const [name, check] of Object.entries(checks ?? {})) {
      if (owner[name])
        throw new Error(`${file}: <${name}> is checked by src/charts/${owner[name]}/mdx.ts already`);
      owner[name] = folder;
      found[name] = check;
    }
  }
  return found;
}

/** Remark plugin running checkStory on every MDX story, against the datasets in `dataDir`. */
export default function remarkFacts(options: { dataDir?: string; chartsDir?: string } = {}) {
  const dataDir = options.dataDir ?? join(process.cwd(), "src/data");
  const chartsDir = options.chartsDir ?? join(process.cwd(), "src/charts");
  let checks: Promise<Record<string, MdxCheck>> | undefined;
  return async (tree: Root, file: VFile) => {
    if (!file.path?.includes("/stories/")) return;
    const ids = datasetIds(dataDir);
    checks ??= mdxChecks(chartsDir);
    checkStory(tree, file, ids, chartFolders(chartsDir), await checks);
  };
}
