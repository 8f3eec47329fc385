/// <reference types="vite/client" />
import type { FigureRecord } from "../schemas/dataset.ts";
import type { CitedSource } from "../lib/provenance.ts";
import { declaredChart } from "./kit/declared/declaredChart.ts";
import type { ChartSpec } from "./kit/types.ts";
import { parseJson } from "../lib/validate.ts";

export type { ChartSpec, ChartTable } from "./kit/types.ts";

/** A public chart id: the name of a folder in src/charts/. */
export type ChartId = string;

// Each chart registers itself by living in its own folder: `chart.json` declares a standard chart
// (drawn with Observable Plot), `chart.ts` exports a bespoke one. Nothing else names a chart.
const bespoke = import.meta.glob<ChartSpec>("./*/chart.ts", { eager: true, import: "default" });
// Read as text and parsed here, so that a syntax error names the file, line and column (Vite's
// JSON plugin would report it from inside node_modules, under a hint about the content config).
const declared = import.meta.glob<string>("./*/chart.json", {
  eager: true,
  query: "?raw",
  import: "default",
});

function discover(): Map<string, ChartSpec> {
  const found = new Map<string, ChartSpec>();
  const add = (path: string, spec: ChartSpec) => {
    const folder = path.split("/")[1]!;
    if (spec.id !== folder)
      throw new Error(`${spec.file}: id "${spec.id}" must match its folder name "${folder}"`);
    const other = found.get(folder);
    if (other) throw new Error(`src/charts/${folder}/: has both ${other.file} and ${spec.file}: keep one`);
    found.set(folder, spec);
  };
  for (const [path, spec] of Object.entries(bespoke)) add(path, spec);
  for (const [path, raw] of Object.entries(declared)) {
    const folder = path.split("/")[1]!;
    const file = `src/charts/${folder}/chart.json`;
    add(path, declaredChart(folder, file, parseJson(raw, file)));
  }
  return new Map([...found].sort(([a], [b]) => a.localeCompare(b)));
}

// What publishing wrote beside a chart, read as text (parsed where it is used, naming the file):
// its measured embed heights and its published versions.
const heightsFiles = import.meta.glob<string>("./*/embedHeights.json", {
  eager: true,
  query: "?raw",
  import: "default",
});
const versionsFiles = import.meta.glob<string>("./*/versions.json", {
  eager: true,
  query: "?raw",
  import: "default",
});

/** A publishing file of a chart folder: its project path and its text. */
export interface FolderFile {
  file: string;
  text: string;
}

const byFolder = (files: Record<string, string>) =>
  new Map<string, FolderFile>(
    Object.entries(files).map(([path, text]) => {
      const folder = path.split("/")[1]!;
      return [folder, { file: `src/charts/${folder}/${path.split("/")[2]}`, text }];
    }),
  );

/** Each chart folder's `embedHeights.json` (written by `npm run measure-embeds`), by folder name. */
export const embedHeightFiles: ReadonlyMap<string, FolderFile> = byFolder(heightsFiles);

/** Each chart folder's `versions.json` (written by `npm run publish-chart`), by folder name. */
export const versionFiles: ReadonlyMap<string, FolderFile> = byFolder(versionsFiles);

/** Every chart, by id, in id order. */
export const charts: ReadonlyMap<string, ChartSpec> = discover();

/** Every public chart id, discovered from src/charts/<id>/. */
export const chartIds: readonly string[] = [...charts.keys()];

/** The chart with this id; an unknown id throws, listing the valid ones. */
export function chartById(id: string, where = "chart"): ChartSpec {
  const spec = charts.get(id);
  if (!spec)
    throw new Error(
      `${where}: unknown chart id "${id}": expected one of ${chartIds.map((c) => `"${c}"`).join(", ")} (a folder in src/charts/)`,
    );
  return spec;
}

/** Unique sources in first-cited order, each with the copy its figures were read in (`via`), if any. */
export function sourcesOf(records: readonly FigureRecord[]): CitedSource[] {
  const seen = new Map<string, CitedSource>();
  for (const r of records) {
    const key = `${r.source.name}|${r.source.url}|${r.via?.url ?? ""}`;
    if (!seen.has(key)) seen.set(key, r.via ? { ...r.source, via: r.via } : r.source);
  }
  return [...seen.values()];
}
