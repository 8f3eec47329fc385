/**
 * Screenshots of the built site for review: each page at 360 and 1280 px, light and dark.
 * Usage: npm run screenshots [-- /path/ ...]  (writes to screenshots/, which git ignores)
 */
import { mkdirSync } from "node:fs";
import { launchChromium } from "./lib/chromium.ts";
import { serveStatic } from "./lib/server.ts";
import { lighthousePages } from "./lib/lighthouse.ts";

const paths = process.argv.slice(2).filter((a) => a.startsWith("/"));
const pages = paths.length ? paths : [...lighthousePages().filter((p) => !p.startsWith("/embed/")), "/"];
const out = "screenshots";
mkdirSync(out, { recursive: true });
const { url, server } = await serveStatic("dist");
const browser = await launchChromium();
for (const path of pages) {
  for (const width of [360, 1280]) {
    for (const scheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
      await page.goto(url + path);
      const name = `${out}/${path.replace(/\W+/g, "_")}${width}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: true });
      console.log(name);
      for (const figure of await page.locator("figure.chart-figure").all()) {
        const id = await figure.getAttribute("id");
        const shot = `${out}/${path.replace(/\W+/g, "_")}${id}-${width}-${scheme}.png`;
        await figure.screenshot({ path: shot });
        console.log(shot);
      }
      await page.close();
    }
  }
}
await browser.close();
server.close();
