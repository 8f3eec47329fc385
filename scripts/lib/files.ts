import { readdirSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

/** Every file under dist/, as paths relative to it. */
export function distFiles(dir = "dist", prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? distFiles(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

/** Gzipped size in bytes (level 9, as a CDN would serve it). */
export const gzipSize = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;
