import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
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

/** Every file under dist/, as paths relative to it. */
export function distFiles(dir = DIST, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? distFiles(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

/** Gzipped size in bytes (level 9, as a CDN would serve it). */
export const gzipSize = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;
