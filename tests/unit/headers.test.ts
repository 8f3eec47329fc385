import { describe, expect, it } from "vitest";
import { formatHeaders, headerRules } from "../../src/publish/headers.ts";
import { headersFor, parseHeaders } from "../../scripts/lib/server.ts";

// The test server and the build tests resolve `_headers` like the hosts do; pin that down first.
const sample = parseHeaders(`/*
  A: site
  B: site
/x/*
  ! A
  A: x
  B: x
`);

describe("resolving _headers like the hosts", () => {
  it("Cloudflare Pages: detaches first, joins a header set twice", () => {
    expect(Object.fromEntries(headersFor(sample, "/x/1", "cloudflare"))).toEqual({ a: "x", b: "site, x" });
    expect(Object.fromEntries(headersFor(sample, "/y", "cloudflare"))).toEqual({ a: "site", b: "site" });
  });

  it("Netlify: the later rule's value wins, detach lines are ignored", () => {
    expect(Object.fromEntries(headersFor(sample, "/x/1", "netlify"))).toEqual({ a: "x", b: "x" });
  });
});

describe("the generated rules", () => {
  const rules = parseHeaders(formatHeaders(headerRules(["en"])));

  it("round-trip through the _headers format, detach lines included", () => {
    const embed = rules.find((r) => r.pattern.test("/embed/en/x/") && r.detach.length);
    expect(embed?.detach).toEqual(["Content-Security-Policy", "X-Frame-Options"]);
  });

  it("put the page CSP on a path nothing else names", () => {
    expect(headersFor(rules, "/wp-login.php").get("content-security-policy")).toMatch(
      /frame-ancestors 'self'$/,
    );
  });
});

describe("the search pages' policy", () => {
  const rules = parseHeaders(formatHeaders(headerRules(["en", "xx"])));

  it.each(["cloudflare", "netlify"] as const)(
    "lets only the search pages and Pagefind's worker compile WebAssembly, with one CSP each (%s)",
    (host) => {
      for (const path of ["/en/search/", "/xx/search/", "/pagefind/pagefind-worker.js"]) {
        const csp = headersFor(rules, path, host).get("content-security-policy")!;
        expect(csp.match(/script-src/g)?.length, path).toBe(1);
        expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
        expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      }
      for (const path of ["/en/", "/en/facts/", "/en/search-tips/", "/pagefind/pagefind.js", "/embed/en/x/"])
        expect(headersFor(rules, path, host).get("content-security-policy"), path).not.toContain("wasm");
    },
  );
});

describe("/facts.json", () => {
  it("may be read by any site", () => {
    const rules = parseHeaders(formatHeaders(headerRules(["en"])));
    expect(headersFor(rules, "/facts.json").get("access-control-allow-origin")).toBe("*");
    expect(headersFor(rules, "/en/facts/").get("access-control-allow-origin")).toBeUndefined();
  });
});
