import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Dataset } from "../schemas/dataset.ts";
import { checkUniqueRecordIds, parseDataset, parseJson } from "./validate.ts";

type Read = { file: string; dataset: Dataset }[];

/**
 * Datasets read and validated, per folder, while their files are unchanged: the content loader,
 * the story schema's figure ids and the story checks (remarkFacts) of one build share one read.
 * A file's size or modification time changing (an edit in `astro dev`) reads the folder again.
 */
const reads = new Map<string, { stamp: string; datasets: Read }>();

/** Reads and validates every `*.json` dataset in `dir`; throws a DataError naming file and field. */
export function readDatasets(dir: string, root = process.cwd()): Read {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  const stamp = files
    .map((name) => {
      const { size, mtimeMs } = statSync(join(dir, name));
      return `${name}:${size}:${mtimeMs}`;
    })
    .join("|");
  const key = `${resolve(dir)}|${resolve(root)}`;
  const known = reads.get(key);
  if (known?.stamp === stamp) return known.datasets;
  const datasets = files.map((name) => {
    const path = join(dir, name);
    const file = relative(root, path) || path;
    return { file, dataset: parseDataset(parseJson(readFileSync(path, "utf8"), file), file) };
  });
  checkUniqueRecordIds(datasets);
  reads.set(key, { stamp, datasets });
  return datasets;
}
