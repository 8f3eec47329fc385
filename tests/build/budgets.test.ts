import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { distFile, distPage } from "../support/dist.ts";
import { headersFor, parseHeaders } from "../support/server.ts";

// The JS and total budgets of every page are in pageBudgets.test.ts.
describe("size budgets on the built story", () => {
  const doc = distPage("en/hefei-deals/index.html");

  it("inlines no script, and only a stylesheet whose hash the CSP names", () => {
    expect(doc.querySelectorAll("script:not([src]):not([type='application/ld+json'])").length).toBe(0);
    const styles = [...doc.querySelectorAll("style")];
    expect(styles.length).toBe(1);
    const csp = headersFor(parseHeaders(distFile("_headers")), "/en/hefei-deals/").get(
      "content-security-policy",
    )!;
    for (const style of styles) {
      const hash = createHash("sha256").update(style.textContent!).digest("base64");
      expect(csp).toContain(`'sha256-${hash}'`);
    }
  });

  it("keeps each map artboard under 80 KB", () => {
    const artboards = [...doc.querySelectorAll("#chart-hefei-map .artboard")];
    expect(artboards.length).toBe(2);
    for (const artboard of artboards) expect(Buffer.byteLength(artboard.innerHTML)).toBeLessThan(80 * 1024);
  });
});
