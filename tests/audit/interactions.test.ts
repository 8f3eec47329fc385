import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import {
  bestOfThreeInteractions,
  CPU_SLOWDOWN,
  expectedInteractions,
  NEXT_FRAME_BUDGET,
} from "../../scripts/lib/interactions.ts";
import { serveStatic } from "../../scripts/lib/server.ts";
import { DEFAULT_LOCALE } from "../../src/i18n/index.ts";
import { distFile } from "../support/dist.ts";
import { editions } from "../support/published.ts";

// The default locale's editions that offer any interaction: each is measured (the other
// editions are the same markup in other words).
const stories = editions()
  .filter((e) => e.locale === DEFAULT_LOCALE)
  .map((e) => `/${e.locale}/${e.slug}/`)
  .map((path) => [path, expectedInteractions(distFile(`${path.slice(1)}index.html`))] as const)
  .filter(([, kinds]) => kinds.length > 0);

// Runs with the audit project, on its own, so no other test competes for the CPU.
let site: { url: string; server: Server };
let browser: Browser;
beforeAll(async () => {
  site = await serveStatic("dist");
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  site?.server.close();
});

describe(`responsiveness on a phone-sized page with the CPU slowed ${CPU_SLOWDOWN}×`, () => {
  it.each(stories)(
    `%s paints the next frame of every interaction within ${NEXT_FRAME_BUDGET} ms`,
    async (path, kinds) => {
      const { frames, runs } = await bestOfThreeInteractions(browser, `${site.url}${path}`);
      console.log(`interactions on ${path} (best of ${runs}):`, frames);
      // Every interaction the page offers was exercised and measured: an instrument that saw nothing cannot pass.
      expect(frames.map((t) => t.interaction)).toEqual(expect.arrayContaining(kinds));
      const slow = frames.filter((t) => t.worst > NEXT_FRAME_BUDGET);
      expect(slow, JSON.stringify(slow)).toEqual([]);
    },
  );
});
