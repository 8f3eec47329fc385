import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { Dataset } from "../schemas/dataset.ts";
import { DataError, checkUniqueRecordIds, parseDataset } from "./validate.ts";

/** Reads and validates every `*.json` dataset in `dir`; throws a DataError naming file and field. */
export function readDatasets(dir: string, root = process.cwd()): { file: string; dataset: Dataset }[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  const datasets = files.map((name) => {
    const path = join(dir, name);
    const file = relative(root, path) || path;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new DataError(`${file}: (root): expected valid JSON: ${(error as Error).message}`);
    }
    return { file, dataset: parseDataset(json, file) };
  });
  checkUniqueRecordIds(datasets);
  return datasets;
}
