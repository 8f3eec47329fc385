import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { Dataset } from "../schemas/dataset.ts";
import { checkUniqueRecordIds, parseDataset, parseJson } from "./validate.ts";

/** Reads and validates every `*.json` dataset in `dir`; throws a DataError naming file and field. */
export function readDatasets(dir: string, root = process.cwd()): { file: string; dataset: Dataset }[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  const datasets = files.map((name) => {
    const path = join(dir, name);
    const file = relative(root, path) || path;
    return { file, dataset: parseDataset(parseJson(readFileSync(path, "utf8"), file), file) };
  });
  checkUniqueRecordIds(datasets);
  return datasets;
}
