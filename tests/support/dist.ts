import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";

/** The built site, produced once by tests/support/globalSetup.ts. */
export const DIST = "dist";

/** Reads a built file, failing with a clear message if the build did not produce it. */
export function distFile(path: string): string {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${file} was not built`);
  return readFileSync(file, "utf8");
}

/** Parses a built HTML page. */
export function distPage(path: string): Document {
  return parseHTML(distFile(path)).document as unknown as Document;
}

export { distFiles, gzipSize } from "../../scripts/lib/files.ts";
