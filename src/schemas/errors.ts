import type { z } from "zod";

/** A dataset or story that does not match its schema; the message names file, field and expectation. */
export class DataError extends Error {
  override name = "DataError";
}

/** `records[3].value` from zod's path, with the record's id when there is one. */
export function formatPath(path: readonly PropertyKey[], input: unknown): string {
  let out = "";
  let node: unknown = input;
  for (const key of path) {
    if (typeof key === "number") {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = (node as { id?: unknown } | undefined)?.id;
      if (typeof id === "string") out += ` (id "${id}")`;
    } else {
      out += out ? `.${String(key)}` : String(key);
      node = node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    }
  }
  return out || "(root)";
}

/** One line per problem: `file: field: expected ...`. */
export function describeIssues(file: string, error: z.ZodError, input: unknown): string {
  return error.issues
    .map((issue) => `${file}: ${formatPath(issue.path, input)}: ${issue.message}`)
    .join("\n");
}
