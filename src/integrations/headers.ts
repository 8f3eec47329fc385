import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { formatHeaders, headerRules } from "../lib/headers.ts";

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
        writeFileSync(join(root, "_headers"), formatHeaders(headerRules(pageDirs)));
      },
    },
  };
}
