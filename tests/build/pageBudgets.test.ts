import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, distFile, distFiles, distPage, gzipSize } from "../support/dist.ts";
import { editions, homeLocales, publishedCharts } from "../support/published.ts";

const KB = 1024;
const files = distFiles();
// Every reader-facing page: the front page, each locale's home, each story edition and any other
// page of a locale (a page at /<locale>/<name>/), and every latest embed.
const storyPages = files.filter((f) =>
  /^(?!embed\/|share\/|downloads\/|oembed\/)([^/]+\/){0,2}index\.html$/.test(f),
);
const embedPages = files.filter((f) => /^embed\/[^/]+\/[^/]+\/index\.html$/.test(f));

/** A same-origin URL found in `from` (a dist-relative file) as a dist-relative path, else null. */
function local(url: string, from: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || /^(?:data|mailto|#)/i.test(url)) return null;
  const path = url.split(/[?#]/)[0]!;
  return path.startsWith("/") ? path.slice(1) : posix.normalize(posix.join(posix.dirname(from), path));
}

/** A script and every module it imports statically, followed through the built files. */
function withImports(script: string, seen = new Set<string>()): Set<string> {
  if (seen.has(script)) return seen;
  seen.add(script);
  const code = distFile(script);
  const specifiers = code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g);
  for (const [, specifier] of specifiers) {
    const path = local(specifier!, script);
    if (path) withImports(path, seen);
  }
  return seen;
}

/** Files a stylesheet pulls in: `@import`s and `url()`s (fonts, images). */
function cssReferences(sheet: string): string[] {
  const urls = [...distFile(sheet).matchAll(/(?:@import\s+["']|url\(\s*["']?)([^"')\s]+)/g)].map(
    (m) => m[1]!,
  );
  return urls.flatMap((url) => local(url, sheet) ?? []);
}

/** The client JavaScript a page runs: every `<script src>` and its static imports. */
function clientScripts(page: string): string[] {
  const doc = distPage(page);
  const scripts = [...doc.querySelectorAll("script[src]")].flatMap(
    (s) => local(s.getAttribute("src")!, page) ?? [],
  );
  const all = new Set<string>();
  for (const script of scripts) withImports(script, all);
  return [...all];
}

/**
 * Everything a reader's browser fetches for a page: the HTML, scripts with their imports,
 * stylesheets with what they reference, icons, preloads, images. Not the share image, which
 * only link previews fetch, and not the downloads, which only a click fetches.
 */
function pageResources(page: string): string[] {
  const doc = distPage(page);
  const shareImages = [...doc.querySelectorAll("meta[property='og:image'], meta[name='twitter:image']")].map(
    (m) => new URL(m.getAttribute("content")!, "http://site/").pathname.slice(1),
  );
  const sheets = [...doc.querySelectorAll("link[rel~='stylesheet'][href]")].flatMap(
    (l) => local(l.getAttribute("href")!, page) ?? [],
  );
  const fetched = [
    ...doc.querySelectorAll(
      "link[rel~='icon'][href], link[rel~='preload'][href], link[rel~='modulepreload'][href]",
    ),
  ].flatMap((l) => local(l.getAttribute("href")!, page) ?? []);
  // Lazy images load only when scrolled to: the budget counts what the first view fetches.
  const images = [
    ...doc.querySelectorAll("img[src]:not([loading='lazy']), source[src], video[poster]"),
  ].flatMap((el) => local(el.getAttribute("src") ?? el.getAttribute("poster")!, page) ?? []);
  const srcsets = [...doc.querySelectorAll("img[srcset], source[srcset]")].flatMap((el) =>
    el
      .getAttribute("srcset")!
      .split(",")
      .flatMap((candidate) => local(candidate.trim().split(/\s+/)[0]!, page) ?? []),
  );
  const all = new Set([
    page,
    ...clientScripts(page),
    ...sheets,
    ...sheets.flatMap(cssReferences),
    ...fetched,
    ...images,
    ...srcsets,
  ]);
  return [...all].filter((f) => !f.startsWith("downloads/") && !shareImages.includes(f));
}

const gzipped = (paths: string[]): number =>
  paths.reduce((sum, path) => {
    const file = join(DIST, path);
    if (!existsSync(file)) throw new Error(`a page references ${path}, which is not in ${DIST}/`);
    return sum + gzipSize(readFileSync(file));
  }, 0);

describe("page weight budgets, gzipped", () => {
  it("finds every edition, home and latest embed", () => {
    for (const { locale, slug } of editions()) expect(storyPages).toContain(`${locale}/${slug}/index.html`);
    for (const locale of homeLocales()) expect(storyPages).toContain(`${locale}/index.html`);
    expect(storyPages).toContain("index.html");
    for (const { locale, id } of publishedCharts())
      expect(embedPages).toContain(`embed/${locale}/${id}/index.html`);
  });

  describe.each(storyPages)("%s", (page) => {
    it("runs at most 15 KB of client JavaScript, imports included", () => {
      expect(gzipped(clientScripts(page))).toBeLessThanOrEqual(15 * KB);
    });

    it("weighs at most 150 KB in all: HTML, CSS, JS and what they load", () => {
      const resources = pageResources(page);
      // The stylesheet is inlined (counted with the HTML) or linked (counted as a file).
      const styled =
        distPage(page).querySelector("style") !== null || resources.some((f) => f.endsWith(".css"));
      expect(styled).toBe(true);
      expect(gzipped(resources)).toBeLessThanOrEqual(150 * KB);
    });
  });

  it.each(embedPages)("%s runs at most 3 KB of client JavaScript", (page) => {
    expect(gzipped(clientScripts(page))).toBeLessThanOrEqual(3 * KB);
  });
});
