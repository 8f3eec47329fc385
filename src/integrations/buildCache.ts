import type { AstroIntegration } from "astro";
import { cacheDir, cacheStats, pruneUnused } from "../lib/buildCache.ts";

/**
 * Prunes the build cache after a successful build: entries this build did not use are outputs
 * nothing produces any more (a changed figure, a removed chart). Logs hits and misses.
 */
export default function buildCache(): AstroIntegration {
  return {
    name: "hefei-build-cache",
    hooks: {
      "astro:build:done": ({ logger }) => {
        const { kept, pruned } = pruneUnused();
        logger.info(
          `${cacheDir()}: ${cacheStats.hits} hits, ${cacheStats.misses} rendered, ${cacheStats.repaired} repaired; kept ${kept}, pruned ${pruned}`,
        );
      },
    },
  };
}
