import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { formatHeaders, headerRules } from "../publish/headers.ts";

/** Every HTML file below `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith(".html") ? [path] : [];
  });
}

/** CSP sources ('sha256-…') for every distinct inline <style> in `files`. */
function styleHashes(files: readonly string[]): string[] {
  const hashes = new Set<string>();
  for (const file of files) {
    for (const [, css] of readFileSync(file, "utf8").matchAll(/<style>([\s\S]*?)<\/style>/g)) {
      hashes.add(`'sha256-${createHash("sha256").update(css!).digest("base64")}'`);
    }
  }
  return [...hashes].sort();
}

/**
 * Writes dist/_headers after the build. Page folders are the top-level folders holding HTML
 * pages, except embed/, which has rules of its own.
 */
export default function headers(): AstroIntegration {
  return {
    name: "hefei-headers",
    hooks: {
      "astro:build:done": ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = htmlFiles(root);
        const folders = pages
          .map((file) => relative(root, file).split(sep))
          .filter((parts) => parts.length > 1);
        const pageDirs = [...new Set(folders.map((parts) => parts[0]!))]
          .filter((name) => name !== "embed")
          .sort();
        writeFileSync(join(root, "_headers"), formatHeaders(headerRules(pageDirs, styleHashes(pages))));
      },
    },
  };
}
