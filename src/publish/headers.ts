/**
 * The `_headers` file (Netlify and Cloudflare Pages format) for dist/. Both hosts match rules
 * against the requested path, also when they answer it with 404.html, so the page CSP and frame
 * protection sit under `/*` and every response carries them, a missing path included. Embeds
 * override them, which the two hosts need said differently:
 * - Cloudflare Pages applies every matching rule and joins a header set twice with ", " (two
 *   CSPs, both enforced); the embed rule first detaches the inherited ones (`! Name`).
 * - Netlify lets the later, more specific rule's value win and ignores the detach lines (they have
 *   no colon). X-Frame-Options: SAMEORIGIN stays on embeds there, but browsers ignore it whenever
 *   the CSP has frame-ancestors (CSP Level 3), which the embed CSP has.
 * Caching never overlaps: each path family has one Cache-Control rule.
 */
export interface HeaderRule {
  /** Path pattern; `*` matches any characters. */
  path: string;
  /** Inherited headers this rule removes first (Cloudflare's `! Name`). */
  detach?: string[];
  headers: Record<string, string>;
}

const csp = (frameAncestors: string, styles: readonly string[], scripts: readonly string[] = []) =>
  [
    "default-src 'none'",
    ["script-src 'self'", ...scripts].join(" "),
    ["style-src 'self'", ...styles].join(" "),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");

const revalidate = "public, max-age=0, must-revalidate";

/**
 * How long, in seconds, caches may keep an oEmbed document: the `Cache-Control` the oEmbed files
 * are served with and the `cache_age` inside them, so consumers and CDNs agree.
 */
export const OEMBED_MAX_AGE = 3600;

/*
 * No Cross-Origin-Opener-Policy. It would cut a cross-origin opener's handle on the window, but
 * the pages hold no user state and open no windows, while every navigation into a COOP page
 * swaps the browsing context group into a fresh renderer process. Measured in Lighthouse traces of the story (mobile, simulated):
 * first contentful paint observed at 355–389 ms with `same-origin` against 186–257 ms without,
 * and performance 98–99 against 100 (see the note on issue 5).
 */

/**
 * The rules, in file order. `pageDirs` are the top-level folders holding story pages (locales);
 * `styleHashes` are the CSP hashes of the inline stylesheets the pages carry.
 */
export function headerRules(pageDirs: readonly string[], styleHashes: readonly string[] = []): HeaderRule[] {
  const page = { "Cache-Control": revalidate };
  return [
    {
      path: "/*",
      headers: {
        "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Permissions-Policy":
          "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
        "Cross-Origin-Resource-Policy": "cross-origin",
        "Content-Security-Policy": csp("'self'", styleHashes),
        "X-Frame-Options": "SAMEORIGIN",
      },
    },
    { path: "/", headers: page },
    { path: "/index.html", headers: page },
    { path: "/404.html", headers: page },
    ...pageDirs.map((dir) => ({ path: `/${dir}/*`, headers: page })),
    // Embeds may be framed by any site; everything else about them stays as strict.
    {
      path: "/embed/*",
      detach: ["Content-Security-Policy", "X-Frame-Options"],
      headers: { "Content-Security-Policy": csp("*", styleHashes), "Cache-Control": revalidate },
    },
    // The search pages run Pagefind, which compiles its WebAssembly in a worker (falling back to
    // the page): only they and that worker, whose script brings its own policy, may. Nothing else
    // is loosened: 'wasm-unsafe-eval' allows WebAssembly compilation, never eval of strings.
    ...[...pageDirs.map((dir) => `/${dir}/search/*`), "/pagefind/pagefind-worker.js"].map((path) => ({
      path,
      detach: ["Content-Security-Policy"],
      headers: { "Content-Security-Policy": csp("'self'", styleHashes, ["'wasm-unsafe-eval'"]) },
    })),
    { path: "/pagefind/*", headers: { "Cache-Control": revalidate } },
    { path: "/_astro/*", headers: { "Cache-Control": "public, max-age=31536000, immutable" } },
    { path: "/embed.js", headers: { "Cache-Control": "public, max-age=300, must-revalidate" } },
    { path: "/downloads/*", headers: { "Cache-Control": "public, max-age=3600" } },
    {
      path: "/oembed/*",
      headers: {
        "Cache-Control": `public, max-age=${OEMBED_MAX_AGE}`,
        "Access-Control-Allow-Origin": "*",
      },
    },
    { path: "/share/*", headers: { "Cache-Control": "public, max-age=3600" } },
    // Every record with its citations, as data: any site may read it, as it may the downloads.
    {
      path: "/facts.json",
      headers: { "Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*" },
    },
  ];
}

/** Serialises rules in the `_headers` format. */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  return (
    "# Generated by src/integrations/headers.ts at build time.\n" +
    rules
      .map((rule) =>
        [
          rule.path,
          ...(rule.detach ?? []).map((name) => `  ! ${name}`),
          ...Object.entries(rule.headers).map(([k, v]) => `  ${k}: ${v}`),
        ].join("\n"),
      )
      .join("\n\n") +
    "\n"
  );
}
