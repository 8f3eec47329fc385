import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";

/**
 * Indexes the built site with Pagefind after every build into dist/pagefind/: the pages marked
 * `data-pagefind-body` (stories, the chart desk, the facts), one index per `<html lang>`, so each
 * locale's search page searches its own language (Chinese segmented by Pagefind). Drawn charts,
 * embed snippets and download links are left out: their words are axis labels and URLs.
 */
export default function search(): AstroIntegration {
  return {
    name: "hefei-search",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { index, errors } = await createIndex({
          excludeSelectors: [
            ".artboard",
            ".chart-canvas",
            ".embed-this",
            ".chart-downloads",
            ".desk-card__facts",
          ],
        });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        const added = await index.addDirectory({ path: root });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
        const out = join(root, "pagefind");
        const written = await index.writeFiles({ outputPath: out });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
        await close();
        // Pagefind also writes its ready-made interfaces; the search page has its own small one.
        for (const name of readdirSync(out))
          if (/^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/.test(name))
            rmSync(join(out, name));
        logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
      },
    },
  };
}
