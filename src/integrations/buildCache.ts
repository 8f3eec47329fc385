import type { AstroIntegration } from "astro";
import { cacheDir, cacheStats, pruneUnused, svgStats, useSvgCache } from "../publish/buildCache.ts";

/**
 * Prunes the build cache after a successful build: entries this build did not use are outputs
 * nothing produces any more (a changed figure, a removed chart). Logs hits and misses of PNGs
 * and, apart, of drawn chart SVGs.
 */
export default function buildCache(): AstroIntegration {
  return {
    name: "hefei-build-cache",
    hooks: {
      // Drawn chart SVGs are cached in builds only: in `astro dev` code edits must show at once.
      "astro:config:setup": ({ command }) => useSvgCache(command === "build"),
      "astro:build:done": ({ logger }) => {
        const { kept, pruned, svg } = pruneUnused();
        logger.info(
          `${cacheDir()}: ${cacheStats.hits} hits, ${cacheStats.misses} rendered, ${cacheStats.repaired} repaired; kept ${kept}, pruned ${pruned}` +
            ` | chart SVGs: ${svgStats.hits} hits, ${svgStats.misses} drawn, ${svgStats.repaired} repaired; kept ${svg.kept}, pruned ${svg.pruned}`,
        );
      },
    },
  };
}
