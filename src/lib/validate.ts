import { parse as parseJsonc, type ParseError } from "jsonc-parser";
import { datasetSchema, type Dataset } from "../schemas/dataset.ts";
import { DataError, describeIssues } from "../schemas/errors.ts";

export { DataError, describeIssues, formatPath } from "../schemas/errors.ts";

/** Validates one dataset file's parsed JSON, or throws a DataError naming file and field. */
export function parseDataset(input: unknown, file: string): Dataset {
  const result = datasetSchema.safeParse(input);
  if (!result.success) throw new DataError(describeIssues(file, result.error, input));
  return result.data;
}

/** Record ids are cited across the whole site, so they must be unique across datasets too. */
export function checkUniqueRecordIds(datasets: { file: string; dataset: Dataset }[]): void {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const { file, dataset } of datasets) {
    dataset.records.forEach((record, index) => {
      const first = owner.get(record.id);
      if (first) {
        problems.push(
          `${file}: records[${index}] (id "${record.id}").id: expected a unique id: already used in ${first}`,
        );
      } else owner.set(record.id, file);
    });
  }
  if (problems.length) throw new DataError(problems.join("\n"));
}

/**
 * Parses a JSON file's text, or throws a DataError naming the file, line and column, as an editor
 * would jump to them: `src/charts/x/chart.json:4:3: expected valid JSON: Expected double-quoted property name`.
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
    const position = /at position (\d+)/.exec(message);
    // V8 gives no position for some mistakes ("Unexpected token ','"): a JSON scanner finds it.
    const offset = position ? Number(position[1]) : firstJsonError(text);
    let where = "";
    if (lineColumn) where = `:${lineColumn[1]}:${lineColumn[2]}`;
    else if (offset !== undefined) {
      const before = text.slice(0, offset).split("\n");
      where = `:${before.length}:${before.at(-1)!.length + 1}`;
    }
    const reason = message
      .replace(/\s*(in JSON )?at position \d+( \(line \d+ column \d+\))?/, "")
      .replace(/, "[\s\S]*" is not valid JSON$/, "");
    throw new DataError(`${file}${where}: expected valid JSON: ${reason}`);
  }
}

/** The offset of the first syntax error in a JSON text, as strict JSON (no comments, no trailing commas). */
function firstJsonError(text: string): number | undefined {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
  return errors[0]?.offset;
}
