/**
 * Measures each embed page's real height in Chromium, framed in an iframe at the declared width
 * (720 px) as a newsroom's page without our loader would show it, and records the heights the
 * snippet and oEmbed declare in each chart's src/charts/<id>/embedHeights.json. Text wraps by the reader's fonts, so no
 * formula gives this height exactly; a browser does. `npm run publish-chart` runs it too.
 * Usage: npm run measure-embeds  (after `npm run build`)
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "./lib/chromium.ts";
import { serveHost } from "./lib/host.ts";
import { serveStatic } from "./lib/server.ts";
import { EMBED_WIDTH } from "../src/lib/embed.ts";

/** Where a chart's measured embed heights live, by locale: beside its other files. */
export const heightsFile = (id: string) => join("src/charts", id, "embedHeights.json");

/** The real height, in CSS pixels, of each embed page path (e.g. `/embed/en/<chart-id>/`) at 720 px. */
export async function measureEmbeds(dist: string, paths: readonly string[]): Promise<Map<string, number>> {
  const { url, server } = await serveStatic(dist);
  // A host page on another origin per embed, with a deliberately short iframe: the embed runs
  // exactly as when framed by a newsroom, and its document's height is its content's.
  const host = await serveHost(
    Object.fromEntries(
      paths.map((path, i) => [
        `/${i}`,
        `<!doctype html><body style="margin:0"><iframe src="${url}${path}" width="${EMBED_WIDTH}" height="150" style="border:0;display:block"></iframe>`,
      ]),
    ),
  );
  const browser = await launchChromium();
  const heights = new Map<string, number>();
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    for (const [i, path] of paths.entries()) {
      await page.goto(`${host.url}/${i}`, { waitUntil: "load" });
      const frame = page.frames().find((f) => f.url().startsWith(url + path));
      if (!frame) throw new Error(`${dist}${path}: the embed did not load`);
      await frame.evaluate(() => document.fonts.ready.then(() => undefined));
      heights.set(
        path,
        await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
      );
    }
  } finally {
    await browser.close();
    server.close();
    host.server.close();
  }
  return heights;
}

/** The latest embed pages in a build: `/embed/<locale>/<chart-id>/`. */
export function latestEmbeds(dist: string): string[] {
  const root = join(dist, "embed");
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(d.name))
    .flatMap((locale) =>
      readdirSync(join(root, locale.name))
        .filter((id) => existsSync(join(root, locale.name, id, "index.html")))
        .map((id) => `/embed/${locale.name}/${id}/`),
    )
    .sort();
}

/** Measures every latest embed in `dist` and writes each chart's heights file. */
export async function writeEmbedHeights(dist = "dist"): Promise<Record<string, Record<string, number>>> {
  const measured = await measureEmbeds(dist, latestEmbeds(dist));
  const byChart: Record<string, Record<string, number>> = {};
  for (const [path, height] of measured) {
    const [, , locale, id] = path.split("/");
    (byChart[id!] ??= {})[locale!] = height;
  }
  for (const [id, heights] of Object.entries(byChart))
    writeFileSync(heightsFile(id), JSON.stringify(heights, null, 2) + "\n");
  return byChart;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(await writeEmbedHeights());
}
