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
        const written = await index.writeFiles({ outputPath: `${root}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
        await close();
        logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
      },
    },
  };
}
