import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "zod";
import { datasetSchema } from "./schemas/dataset.ts";
import { refineStory, storyShape } from "./schemas/story.ts";
import { readDatasets } from "./lib/readDatasets.ts";

/** Sourced datasets, validated with messages that name file, field and expectation. */
const datasets = defineCollection({
  loader: async () => readDatasets("src/data").map(({ file, dataset }) => ({ ...dataset, file })),
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
    .superRefine(refineStory),
});

export const collections = { datasets, stories };
