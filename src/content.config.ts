import { defineCollection, reference } from "astro:content";
import { relative, resolve } from "node:path";
import { glob } from "astro/loaders";
import { z } from "zod";
import { datasetSchema } from "./schemas/dataset.ts";
import { refineStory, storyShape } from "./schemas/story.ts";
import { readDatasets } from "./lib/readDatasets.ts";
import { chartIds } from "./charts/index.ts";
// The site configuration is checked against the discovered locales when content is first loaded
// (astro sync), before any page is built.
import "./lib/site.ts";

const DATA_DIR = "src/data";

/**
 * Sourced datasets, validated with messages that name file, field and expectation. A build
 * fails on a bad dataset. `astro dev` watches src/data/: an edit reloads every dataset (ids must
 * stay unique across files) and the next request shows it; an edit that breaks one is logged
 * and the last good data stays, so nothing is lost while an editor types.
 */
const datasets = defineCollection({
  loader: {
    name: "datasets",
    async load({ store, parseData, generateDigest, watcher, logger }) {
      const sync = async () => {
        const entries = await Promise.all(
          readDatasets(DATA_DIR).map(async ({ file, dataset }) => {
            const data = await parseData({ id: dataset.id, data: { ...dataset, file } });
            return { id: dataset.id, data, digest: generateDigest(data) };
          }),
        );
        store.clear();
        for (const entry of entries) store.set(entry);
      };
      await sync();
      if (!watcher) return;
      const dir = resolve(DATA_DIR);
      watcher.add(dir);
      const reload = async (path: string) => {
        if (!path.startsWith(dir) || !path.endsWith(".json")) return;
        try {
          await sync();
          logger.info(`Reloaded the datasets after a change to ${relative(process.cwd(), path)}`);
        } catch (error) {
          logger.error(`Kept the last good datasets: ${(error as Error).message}`);
        }
      };
      for (const event of ["change", "add", "unlink"] as const) watcher.on(event, reload);
    },
  },
  schema: datasetSchema.safeExtend({ file: z.string() }),
});

/** Story editions, one MDX file per story and locale; `datasets` must name existing datasets. */
const stories = defineCollection({
  // Ids come from the path ("hefei-deals/de"): editions share their `slug`, which glob would use.
  loader: glob({
    pattern: "**/*.mdx",
    base: "src/stories",
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  }),
  schema: z
    .object({
      ...storyShape,
      datasets: z.array(reference("datasets")).min(1, "expected at least one dataset id"),
    })
    .superRefine(
      refineStory({
        chartIds,
        figureIds: new Set(readDatasets(DATA_DIR).flatMap(({ dataset }) => dataset.records.map((r) => r.id))),
      }),
    ),
});

export const collections = { datasets, stories };
