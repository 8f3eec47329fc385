import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SVG_PREFIX, cacheKey, readEntry, writeEntry } from "../../src/lib/buildCache.ts";
import { distFiles } from "../support/dist.ts";
import { copyProject, type ProjectCopy } from "../support/projectCopy.ts";

/**
 * The copy is built with a cache folder of its own, empty at first; after the second story's
 * tests, the build cache's tests rebuild it once (see the end of this file), which costs one warm
 * build instead of a copy and a cold build of their own.
 *
 * A copy of the site with a second, English-only story (tests/fixtures/second-story) that cites
 * a chart declared in one chart.json: adding them touches no other file, and the build gives the
 * chart everything a chart has, in English only, linked to its own story.
 */
const FIXTURE = "tests/fixtures/second-story";
const STORY = "synthetic-test-story";
const CHART = "synthetic-test-chart";
let project: ProjectCopy;
let dist = "";
let output = "";
let status: number | null = null;
let cache = "";
const buildCacheDir = process.env.BUILD_CACHE_DIR;
/** The PNGs the cold build rendered (downloads and share images), by path under dist/. */
let cold = new Map<string, Buffer>();

beforeAll(() => {
  project = copyProject("hefei-second-");
  dist = join(project.dir, "dist");
  cache = join(project.dir, ".build-cache");
  // The copy's builds inherit this process's environment: their cache is theirs, and empty.
  process.env.BUILD_CACHE_DIR = cache;
  cpSync(join(FIXTURE, "stories"), join(project.dir, "src/stories"), { recursive: true });
  cpSync(join(FIXTURE, "charts"), join(project.dir, "src/charts"), { recursive: true });
  ({ status, output } = project.build());
  if (status === 0) cold = renderedPngs();
}, 240_000);
afterAll(() => {
  if (buildCacheDir === undefined) delete process.env.BUILD_CACHE_DIR;
  else process.env.BUILD_CACHE_DIR = buildCacheDir;
  project?.remove();
});

/** The PNGs a build renders (downloads and share images; frozen versions are copied), by path. */
const renderedPngs = () =>
  new Map(
    distFiles(dist)
      .filter((path) => /^(downloads|share)\/.*\.png$/.test(path))
      .map((path) => [path, readFileSync(join(dist, path))]),
  );

/** Every PNG cache entry by key: its bytes, or undefined where its digest does not match. */
const cacheEntries = () =>
  new Map(
    readdirSync(cache)
      .filter((name) => name.endsWith(".bin") && !name.startsWith(SVG_PREFIX))
      .map((name) => [name.slice(0, -4), readEntry(name.slice(0, -4), cache)]),
  );

/** The drawn chart SVG entries (artboards, export and share SVGs) in the cache, by key. */
const svgEntries = () =>
  new Set(
    readdirSync(cache)
      .filter((name) => name.endsWith(".bin") && name.startsWith(SVG_PREFIX))
      .map((name) => name.slice(0, -4)),
  );

/** A build's report on drawn chart SVGs (src/integrations/buildCache.ts). */
const svgReport = (output: string) => {
  const match = /chart SVGs: (\d+) hits, (\d+) drawn, (\d+) repaired; kept (\d+), pruned (\d+)/.exec(output);
  expect(match, output).not.toBeNull();
  const [hits, drawn, repaired, kept, pruned] = match!.slice(1).map(Number);
  return { hits: hits!, drawn: drawn!, repaired: repaired!, kept: kept!, pruned: pruned! };
};

/** The key of the entry holding exactly these bytes. */
const keyOf = (entries: Map<string, Buffer | undefined>, bytes: Buffer) =>
  [...entries].find(([, entry]) => entry?.equals(bytes))?.[0];

const file = (path: string) => join(dist, path);
const page = (path: string) => parseHTML(readFileSync(file(path), "utf8")).document as unknown as Document;

describe("a second story with a declared chart, added as two files", () => {
  it("builds", () => {
    expect(status, output).toBe(0);
  });

  it("has its page, with the declared chart drawn as SVG and tabled", () => {
    const doc = page(`en/${STORY}/index.html`);
    expect(doc.querySelector("h1")?.textContent).toMatch(
      /^Synthetic test story: 297\.9 billion euros as bars$/,
    );
    expect(doc.querySelectorAll(`figure#chart-${CHART} .artboard svg[role="img"]`).length).toBe(2);
    // China and the US, 2022 to 2024: two series over three periods.
    expect(doc.querySelectorAll(`figure#chart-${CHART} tbody tr`).length).toBe(6);
    expect(doc.querySelector(`figure#chart-${CHART} svg style`)).toBeNull();
  });

  it("has an English embed linking to its own story, and no German or Chinese one", () => {
    const doc = page(`embed/en/${CHART}/index.html`);
    expect(doc.querySelector(".embed-credit a")?.getAttribute("href")).toMatch(new RegExp(`/en/${STORY}/$`));
    for (const locale of ["de", "zh"]) {
      expect(existsSync(file(`embed/${locale}/${CHART}`)), `embed/${locale}/${CHART}`).toBe(false);
      expect(existsSync(file(`oembed/${locale}/${CHART}.json`))).toBe(false);
      expect(readdirSync(file(`downloads/${locale}`)).filter((f) => f.startsWith(CHART))).toEqual([]);
    }
  });

  it("has an oEmbed document and every download in English", () => {
    const oembed = JSON.parse(readFileSync(file(`oembed/en/${CHART}.json`), "utf8"));
    expect(oembed.html).toContain(`/embed/en/${CHART}/`);
    expect(oembed.title).toBe("Synthetic test chart: trade with China and the US as bars");
    for (const ext of ["svg", "png", "csv", "json"])
      expect(existsSync(file(`downloads/en/${CHART}.${ext}`)), ext).toBe(true);
    expect(readFileSync(file(`downloads/en/${CHART}.svg`), "utf8")).toContain(`/en/${STORY}/`);
  });

  it("has its own share image, showing its own chart", () => {
    const own = readFileSync(file(`share/en/${STORY}.png`));
    expect(own.subarray(1, 4).toString()).toBe("PNG");
    expect(own.equals(readFileSync(file("share/en/hefei-deals.png")))).toBe(false);
    const meta = page(`en/${STORY}/index.html`).querySelector('meta[property="og:image:alt"]');
    expect(meta?.getAttribute("content")).toBe("Synthetic test chart: trade with China and the US as bars");
  });

  it("is in the feed and the sitemap, in English only", () => {
    expect(readFileSync(file("feed.xml"), "utf8")).toContain(`/en/${STORY}/`);
    const sitemap = readFileSync(file("sitemap.xml"), "utf8");
    expect(sitemap).toContain(`/en/${STORY}/</loc>`);
    expect(sitemap).not.toContain(`/de/${STORY}/`);
  });

  it("leaves the first story and its charts as they were", () => {
    const doc = page("en/hefei-deals/index.html");
    expect(doc.querySelectorAll("figure.chart-figure").length).toBeGreaterThan(0);
    expect(doc.querySelector(`figure#chart-${CHART}`)).toBeNull();
    expect(existsSync(file("embed/de/deals-by-sector/index.html"))).toBe(true);
  });
});

describe("the build cache, rebuilt after one figure changed and one entry was damaged", () => {
  const DAMAGED = "downloads/en/survey-confidence.png";
  const STRAY = cacheKey(["an output no build asks for"]);
  let coldEntries = new Map<string, Buffer | undefined>();
  let warm = new Map<string, Buffer>();
  let warmEntries = new Map<string, Buffer | undefined>();
  let coldSvgs = new Set<string>();
  let warmSvgs = new Set<string>();
  let rebuild = { status: null as number | null, output: "" };

  beforeAll(() => {
    coldEntries = cacheEntries();
    coldSvgs = svgEntries();
    const entry = join(cache, `${keyOf(coldEntries, cold.get(DAMAGED)!)}.bin`);
    writeFileSync(entry, readFileSync(entry).subarray(0, 1000));
    writeEntry(STRAY, Buffer.from("stale"), cache);
    project.edit("src/data/conference.json", (text) => text.replace(/("value": )28\b/, "$129"));
    rebuild = project.build();
    warm = renderedPngs();
    warmEntries = cacheEntries();
    warmSvgs = svgEntries();
  }, 240_000);

  /** The rebuild's cache report (src/integrations/buildCache.ts). */
  const report = () => {
    const match = / (\d+) hits, (\d+) rendered, (\d+) repaired; kept (\d+), pruned (\d+)/.exec(
      rebuild.output,
    );
    expect(match, rebuild.output).not.toBeNull();
    const [hits, rendered, repaired, kept, pruned] = match!.slice(1).map(Number);
    return { hits, rendered, repaired, kept, pruned };
  };
  const changed = () => [...warm].filter(([path, png]) => !png.equals(cold.get(path)!)).map(([path]) => path);

  it("stored one sound entry per PNG of the cold build", () => {
    expect(cold.size).toBeGreaterThan(0);
    expect(coldEntries.size).toBe(cold.size);
    for (const [path, png] of cold) expect(keyOf(coldEntries, png), path).toBeDefined();
  });

  it("renders anew the PNGs that show the changed figure, and only those and the damaged one", () => {
    expect(rebuild.status, rebuild.output).toBe(0);
    expect([...warm.keys()].sort()).toEqual([...cold.keys()].sort());
    for (const locale of ["en", "de", "zh"]) {
      expect(changed()).toContain(`downloads/${locale}/deals-by-sector.png`);
      expect(changed()).not.toContain(`downloads/${locale}/hefei-map.png`);
    }
    expect(report()).toMatchObject({
      rendered: changed().length + 1,
      hits: warm.size - changed().length - 1,
    });
  });

  it("detects the truncated entry, renders its PNG again as it was and stores it whole", () => {
    expect(report().repaired).toBe(1);
    expect(warm.get(DAMAGED)!.equals(cold.get(DAMAGED)!)).toBe(true);
    expect(warmEntries.get(keyOf(coldEntries, cold.get(DAMAGED)!)!)?.equals(cold.get(DAMAGED)!)).toBe(true);
  });

  it("prunes the entries the rebuild did not use and keeps one per PNG", () => {
    expect(warmEntries.has(STRAY)).toBe(false);
    for (const path of changed())
      expect(warmEntries.has(keyOf(coldEntries, cold.get(path)!)!), path).toBe(false);
    expect(report()).toMatchObject({ kept: warm.size, pruned: changed().length + 1 });
    expect([...warmEntries.values()]).not.toContain(undefined);
    for (const [path, png] of warm) expect(keyOf(warmEntries, png), path).toBeDefined();
  });

  it("draws again only the chart SVGs whose records changed, and reads the others back", () => {
    const coldSvg = svgReport(output);
    expect(coldSvg).toMatchObject({ repaired: 0, kept: coldSvgs.size, pruned: 0 });
    expect(coldSvg.drawn).toBe(coldSvgs.size);
    const warmSvg = svgReport(rebuild.output);
    const redrawn = [...warmSvgs].filter((key) => !coldSvgs.has(key));
    expect(redrawn.length).toBeGreaterThan(0);
    expect(redrawn.length).toBeLessThan(coldSvgs.size / 2);
    expect(warmSvg).toMatchObject({ drawn: redrawn.length, repaired: 0, kept: warmSvgs.size });
    expect(warmSvg.hits).toBeGreaterThanOrEqual(coldSvgs.size - redrawn.length);
    expect(warmSvg.pruned).toBe(coldSvgs.size - (warmSvgs.size - redrawn.length));
  });
});
