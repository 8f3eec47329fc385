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
