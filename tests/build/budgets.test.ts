import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { distFile, distPage } from "../support/dist.ts";
import { editions, homeLocales } from "../support/published.ts";
import { headersFor, parseHeaders } from "../../scripts/lib/server.ts";

// The JS and total budgets of every page are in pageBudgets.test.ts.
const pages = [
  ...editions().map((e) => `/${e.locale}/${e.slug}/`),
  ...homeLocales().map((l) => `/${l}/`),
  "/",
];

describe.each(pages)("size budgets on %s", (path) => {
  const doc = distPage(`${path.slice(1)}index.html`);

  it("inlines no script, and only a stylesheet whose hash the CSP names", () => {
    expect(doc.querySelectorAll("script:not([src]):not([type='application/ld+json'])").length).toBe(0);
    const styles = [...doc.querySelectorAll("style")];
    expect(styles.length).toBe(1);
    const csp = headersFor(parseHeaders(distFile("_headers")), path).get("content-security-policy")!;
    for (const style of styles) {
      const hash = createHash("sha256").update(style.textContent!).digest("base64");
      expect(csp).toContain(`'sha256-${hash}'`);
    }
  });

  it("keeps each chart artboard under 80 KB", () => {
    for (const artboard of doc.querySelectorAll(".chart-figure .artboard"))
      expect(Buffer.byteLength(artboard.innerHTML), artboard.closest("figure")?.id).toBeLessThan(80 * 1024);
  });
});
