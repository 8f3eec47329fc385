import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { formatHeaders, headerRules } from "../lib/headers.ts";

/** Every HTML file below `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith(".html") ? [path] : [];
  });
}

/** CSP sources ('sha256-…') for every distinct inline <style> in the built pages. */
export function styleHashes(root: string): string[] {
  const hashes = new Set<string>();
  for (const file of htmlFiles(root)) {
    for (const [, css] of readFileSync(file, "utf8").matchAll(/<style>([\s\S]*?)<\/style>/g)) {
      hashes.add(`'sha256-${createHash("sha256").update(css!).digest("base64")}'`);
    }
  }
  return [...hashes].sort();
}

/** Writes dist/_headers after the build, covering every top-level folder of HTML pages. */
export default function headers(): AstroIntegration {
  return {
    name: "hefei-headers",
    hooks: {
      "astro:build:done": ({ dir }) => {
        const root = fileURLToPath(dir);
        const special = new Set(["_astro", "embed", "downloads", "oembed", "share"]);
        const pageDirs = readdirSync(root).filter(
          (name) => !special.has(name) && statSync(join(root, name)).isDirectory(),
        );
        writeFileSync(join(root, "_headers"), formatHeaders(headerRules(pageDirs, styleHashes(root))));
      },
    },
  };
}
