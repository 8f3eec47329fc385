import { csvParse } from "d3";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SVG_PREFIX, cacheKey, readEntry, writeEntry } from "../../src/publish/buildCache.ts";
import { paths } from "../../src/lib/embed.ts";
import { formatNumber, statedDigits } from "../../src/lib/format.ts";
import { locales } from "../../src/i18n/index.ts";
import { parseVersions } from "../../src/schemas/versions.ts";
import { distFiles } from "../support/dist.ts";
import {
  NEWSROOM_CHART as CHART,
  NEWSROOM_DATASET as DATASET,
  NEWSROOM_STORY as STORY,
  addNewsroomContent,
  logEntries,
} from "../support/newsroom.ts";
import { copyProject, type ProjectCopy } from "../../scripts/lib/projectCopy.ts";
import { editions } from "../support/published.ts";

/**
 * A newsroom adds, by the README alone, a dataset, a declared chart, a story in English and in a
 * new language, and that language's catalogue (tests/fixtures/newsroom, tests/support/newsroom.ts);
 * publishes the chart, corrects one of its figures and publishes it again on the same day; and the
 * engine's own build tests then pass on the copy. One copy, built three times, with a build cache
 * of its own: the second build is also the cache's warm rebuild after one figure changed.
 */
const FIGURE = "synthetic.cars.2024";
const DAY = "2026-12-05";
const CORRECTION = "The 2024 figure for cars was mistyped; it now matches the dataset.";
const UPDATE = "We added a note on how output is counted.";
const CORRECTION_FR = "Le chiffre de 2024 pour les voitures était mal saisi ; il est corrigé.";

let project: ProjectCopy;
let locale = "";
let dist = "";
let cache = "";
let cold = { status: null as number | null, output: "" };
let coldPngs = new Map<string, Buffer>();
const buildCacheDir = process.env.BUILD_CACHE_DIR;

const file = (path: string) => readFileSync(join(dist, path), "utf8");
const page = (path: string) => parseHTML(file(path)).document as unknown as Document;
const manifest = () =>
  parseVersions(
    JSON.parse(readFileSync(join(project.dir, `src/charts/${CHART}/versions.json`), "utf8")),
    "versions.json",
  );
const record = () =>
  (
    JSON.parse(readFileSync(join(project.dir, `src/data/${DATASET}.json`), "utf8")).records as {
      id: string;
      value: number;
    }[]
  ).find((r) => r.id === FIGURE)!;
/**
 * A count as the locale prints it: src/lib/format.ts for the project's locales; for the new one,
 * whose catalogue is made from en.ts (long compact numbers), the same Intl options with its tag.
 */
const count = (value: number, tag: string) =>
  locales.includes(tag)
    ? formatNumber(value, tag)
    : value >= 1e6
      ? new Intl.NumberFormat(tag, {
          notation: "compact",
          compactDisplay: "long",
          maximumSignificantDigits: Math.max(2, statedDigits(value)),
        }).format(value)
      : new Intl.NumberFormat(tag, { maximumFractionDigits: 3 }).format(value);
/** The PNGs a build renders (downloads and share images; frozen versions are copied), by path. */
const renderedPngs = () =>
  new Map(
    distFiles(dist)
      .filter((path) => /^(downloads|share)\/.*\.png$/.test(path))
      .map((path) => [path, readFileSync(join(dist, path))]),
  );

beforeAll(() => {
  project = copyProject("newsroom-", { tests: true });
  dist = join(project.dir, "dist");
  cache = join(project.dir, ".build-cache");
  // The copy's builds inherit this process's environment: their cache is theirs, and empty.
  process.env.BUILD_CACHE_DIR = cache;
  locale = addNewsroomContent(project);
  cold = project.build();
  if (cold.status === 0) coldPngs = renderedPngs();
}, 300_000);
afterAll(() => {
  if (buildCacheDir === undefined) delete process.env.BUILD_CACHE_DIR;
  else process.env.BUILD_CACHE_DIR = buildCacheDir;
  project?.remove();
});

describe("a second story, its dataset, a declared chart and a new language, added by the README", () => {
  it("builds, quietly", () => {
    expect(cold.status, cold.output).toBe(0);
    expect(cold.output).not.toMatch(/\[WARN\]/);
  });

  it("has its pages in English and in the new language, with the chart drawn and tabled", () => {
    const value = record().value;
    const en = page(`en/${STORY}/index.html`);
    expect(en.querySelector("h1")?.textContent).toBe(
      `Synthetic test story: ${count(value, "en")} cars as bars`,
    );
    const other = page(`${locale}/${STORY}/index.html`);
    expect(other.documentElement.getAttribute("lang")).toBe(locale);
    expect(other.querySelector("h1")?.textContent).toContain(count(value, locale));
    expect(other.querySelector('meta[property="og:locale"]')?.getAttribute("content")).toMatch(
      new RegExp(`^${locale}_[A-Z]{2}$`),
    );
    for (const doc of [en, other]) {
      expect(doc.querySelectorAll(`figure#chart-${CHART} .artboard svg[role="img"]`).length).toBe(2);
      // Two series over two periods.
      expect(doc.querySelectorAll(`figure#chart-${CHART} tbody tr`).length).toBe(4);
    }
    expect(other.querySelector(".site-name")?.getAttribute("href")).toBe(`/${locale}/`);
  });

  it("gives the new language a home listing only its story, and lists the story on the English home and the front page", () => {
    const home = page(`${locale}/index.html`);
    expect([...home.querySelectorAll(".story-card__title a")].map((a) => a.getAttribute("href"))).toEqual([
      `/${locale}/${STORY}/`,
    ]);
    const english = [...page("en/index.html").querySelectorAll(".story-card__title a")].map((a) =>
      a.getAttribute("href"),
    );
    expect(english).toContain(`/en/${STORY}/`);
    const front = page("index.html");
    expect([...front.querySelectorAll(".home__languages a")].map((a) => a.getAttribute("href"))).toContain(
      `/${locale}/`,
    );
    expect(front.querySelector(`.story-card a[href="/${locale}/${STORY}/"]`)).not.toBeNull();
    for (const other of editions()
      .map((e) => e.locale)
      .filter((l) => l !== "en"))
      if (existsSync(join(dist, other, "index.html")))
        expect(page(`${other}/index.html`).querySelector(`a[href$="/${STORY}/"]`), other).toBeNull();
  });

  it("has embeds, oEmbed and downloads of its chart in its two languages only", () => {
    for (const l of ["en", locale]) {
      expect(
        page(`embed/${l}/${CHART}/index.html`).querySelector(".embed-credit a")?.getAttribute("href"),
      ).toMatch(new RegExp(`/${l}/${STORY}/$`));
      expect(JSON.parse(file(`oembed/${l}/${CHART}.json`)).html).toContain(`/embed/${l}/${CHART}/`);
      for (const ext of ["svg", "png", "csv", "json"])
        expect(existsSync(join(dist, `downloads/${l}/${CHART}.${ext}`)), ext).toBe(true);
    }
    for (const l of readdirSync(join(dist, "embed")).filter(
      (l) => l !== "en" && l !== locale && !l.startsWith("_"),
    ))
      expect(existsSync(join(dist, `embed/${l}/${CHART}`)), l).toBe(false);
  });

  it("has its own share images, in the feed and the sitemap", () => {
    const own = readFileSync(join(dist, `share/en/${STORY}.png`));
    expect(own.subarray(1, 4).toString()).toBe("PNG");
    expect(existsSync(join(dist, `share/${locale}/${STORY}.png`))).toBe(true);
    const feed = file("feed.xml");
    const sitemap = file("sitemap.xml");
    for (const l of ["en", locale]) {
      expect(feed).toContain(`/${l}/${STORY}/`);
      expect(sitemap).toContain(`/${l}/${STORY}/</loc>`);
    }
    expect(sitemap).toContain(`/${locale}/</loc>`);
  });
});

describe("a chart published, corrected and published again on one day", () => {
  const log = {
    first: { status: null as number | null, output: "" },
    silent: { status: null as number | null, output: "" },
    corrected: { status: null as number | null, output: "" },
    second: { status: null as number | null, output: "" },
    final: { status: null as number | null, output: "" },
    engine: { status: null as number | null, output: "" },
  };
  const DAMAGED_FROM = (pngs: Map<string, Buffer>) =>
    [...pngs.keys()].find((p) => !p.includes(CHART) && !p.includes(STORY))!;
  let damaged = "";
  const STRAY = cacheKey(["an output no build asks for"]);
  let coldEntries = new Map<string, Buffer | undefined>();
  let coldSvgs = new Set<string>();
  let warmPngs = new Map<string, Buffer>();
  let warmSvgs = new Set<string>();
  let before = 0;
  let v1Before = new Map<string, string>();

  /** Every PNG cache entry by key: its bytes, or undefined where its digest does not match. */
  const cacheEntries = () =>
    new Map(
      readdirSync(cache)
        .filter((name) => name.endsWith(".bin") && !name.startsWith(SVG_PREFIX))
        .map((name) => [name.slice(0, -4), readEntry(name.slice(0, -4), cache)]),
    );
  const svgEntries = () =>
    new Set(
      readdirSync(cache)
        .filter((name) => name.endsWith(".bin") && name.startsWith(SVG_PREFIX))
        .map((name) => name.slice(0, -4)),
    );
  const keyOf = (entries: Map<string, Buffer | undefined>, bytes: Buffer) =>
    [...entries].find(([, entry]) => entry?.equals(bytes))?.[0];
  const v1Page = (l: string) => join(project.dir, "public", paths.embedVersion(l, CHART, 1), "index.html");

  beforeAll(() => {
    if (cold.status !== 0) return;
    log.first = project.script("publishChart", [CHART, "--date", DAY, "--no-build"]);
    v1Before = new Map(["en", locale].map((l) => [l, readFileSync(v1Page(l), "utf8")]));
    before = record().value;
    // The figure changes, with nothing logged: the build refuses.
    project.edit(`src/data/${DATASET}.json`, (json) =>
      json.replace(`"value": ${before},`, `"value": ${before + 1000},`),
    );
    log.silent = project.build();
    // Logged in both editions, the same day as version 1; one more entry that touches no chart.
    project.edit(
      `src/stories/${STORY}/en.mdx`,
      logEntries(
        `  - date: ${DAY}\n    kind: correction\n    text: "${CORRECTION}"\n    charts: [${CHART}]\n    figures: [${FIGURE}]\n` +
          `  - date: ${DAY}\n    kind: update\n    text: "${UPDATE}"\n`,
      ),
    );
    project.edit(
      `src/stories/${STORY}/${locale}.mdx`,
      logEntries(
        `  - date: ${DAY}\n    kind: correction\n    text: "${CORRECTION_FR}"\n    charts: [${CHART}]\n    figures: [${FIGURE}]\n`,
      ),
    );
    coldEntries = cacheEntries();
    coldSvgs = svgEntries();
    damaged = DAMAGED_FROM(coldPngs);
    const entry = join(cache, `${keyOf(coldEntries, coldPngs.get(damaged)!)}.bin`);
    writeFileSync(entry, readFileSync(entry).subarray(0, 1000));
    writeEntry(STRAY, Buffer.from("stale"), cache);
    log.corrected = project.build();
    warmPngs = renderedPngs();
    warmSvgs = svgEntries();
    log.second = project.script("publishChart", [CHART, "--date", DAY, "--no-build"]);
    log.final = project.build();
    // The engine's own build tests, on the copy's content and its built site.
    if (log.final.status === 0)
      log.engine = project.run("npx", ["vitest", "run", "--project", "build"], {
        SKIP_SITE_BUILD: "1",
        CI: "1",
      });
  }, 900_000);

  it("publishes version 1 in both languages", () => {
    expect(log.first.status, log.first.output).toBe(0);
    expect(manifest().versions[0]).toMatchObject({
      number: 1,
      date: DAY,
      locales: ["en", locale],
      changes: {},
      figures: [],
    });
  });

  it("refuses a build in which a published figure changed without a logged entry, naming it and the entry to add", () => {
    expect(log.silent.status).not.toBe(0);
    expect(log.silent.output).toContain(
      `src/charts/${CHART}/versions.json: v1 (en) published figure "${FIGURE}", which has changed since in dataset "${DATASET}" (src/data/): value ${before} → ${before + 1000}.`,
    );
    expect(log.silent.output).toContain(`    figures: [${FIGURE}]`);
    expect(log.silent.output).toContain(`v1 (${locale}) published figure "${FIGURE}"`);
  });

  it("builds once the change is logged, and shows readers the old and the new figure", () => {
    expect(log.corrected.status, log.corrected.output).toBe(0);
    const doc = page(`en/${STORY}/index.html`);
    const notice = doc.querySelectorAll(".story-head .correction-notice > ul > li");
    expect(notice.length).toBe(1);
    expect(notice[0]!.textContent).toContain(`Correction, December 5, 2026: ${CORRECTION}`);
    const change = notice[0]!.querySelector(`.figure-changes li[data-figure="${FIGURE}"]`)?.textContent;
    expect(change).toContain(`${count(before, "en")} → ${count(before + 1000, "en")} (`);
    expect(change).toContain("January 22, 2025");
    const other = page(`${locale}/${STORY}/index.html`).querySelector(
      `.figure-changes li[data-figure="${FIGURE}"]`,
    );
    expect(other?.textContent).toContain(`${count(before, locale)} → ${count(before + 1000, locale)}`);
    const json = JSON.parse(file(`downloads/en/${CHART}.json`));
    expect(json.corrections[0]).toMatchObject({
      date: DAY,
      kind: "correction",
      text: CORRECTION,
      figures: [FIGURE],
      changes: [{ id: FIGURE, before: { value: before }, after: { value: before + 1000 } }],
    });
  });

  it("logs the correction and the update at the foot, and dates JSON-LD, the feed and the sitemap by them", () => {
    const doc = page(`en/${STORY}/index.html`);
    const entries = [...doc.querySelectorAll(".endnotes ul.corrections > li")].map((li) => li.textContent);
    expect(entries.length).toBe(2);
    expect(entries[0]).toContain(`Correction, December 5, 2026: ${CORRECTION}`);
    expect(entries[1]).toBe(`Update, December 5, 2026: ${UPDATE}`);
    const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data.correction).toEqual([
      { "@type": "CorrectionComment", text: CORRECTION, datePublished: `${DAY}T00:00:00Z` },
    ]);
    expect(data.dateModified).toBe(`${DAY}T00:00:00Z`);
    const feed = parseHTML(file("feed.xml")).document;
    const entry = [...feed.querySelectorAll("entry")].find((e) =>
      e.querySelector("id")?.textContent?.endsWith(`/en/${STORY}/`),
    )!;
    expect(entry.querySelector("updated")?.textContent).toBe(`${DAY}T00:00:00Z`);
    expect(entry.querySelector("content")?.textContent).toContain(
      `Correction, December 5, 2026: ${CORRECTION}`,
    );
    expect(new RegExp(`/en/${STORY}/</loc><lastmod>${DAY}</lastmod>`).test(file("sitemap.xml"))).toBe(true);
  });

  it("carries the correction in its chart's SVG, CSV, JSON and embed, and in no other chart's", () => {
    const svgText = file(`downloads/en/${CHART}.svg`)
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ");
    expect(svgText).toContain(`Correction, December 5, 2026: ${CORRECTION}`);
    const rows = csvParse(file(`downloads/en/${CHART}.csv`));
    expect(rows.find((r) => r.id === FIGURE)?.corrected).toBe(`${DAY} correction: ${CORRECTION}`);
    expect(rows.filter((r) => r.id !== FIGURE).every((r) => r.corrected === "")).toBe(true);
    expect(page(`embed/en/${CHART}/index.html`).querySelectorAll(".embed-corrections > ul > li").length).toBe(
      1,
    );
    for (const other of readdirSync(join(dist, "downloads/en")).filter(
      (f) => f.endsWith(".json") && !f.startsWith(CHART),
    ))
      expect(
        (JSON.parse(file(`downloads/en/${other}`)).corrections as { text: string }[]).map((c) => c.text),
        other,
      ).not.toContain(CORRECTION);
  });

  it("renders anew only the PNGs that show the changed figure, and the damaged one, reading the rest from the cache", () => {
    const changed = [...warmPngs]
      .filter(([path, png]) => !png.equals(coldPngs.get(path)!))
      .map(([path]) => path);
    expect(changed.length).toBeGreaterThan(0);
    for (const path of changed) expect(path.includes(CHART) || path.includes(STORY), path).toBe(true);
    const report = / (\d+) hits, (\d+) rendered, (\d+) repaired; kept (\d+), pruned (\d+)/.exec(
      log.corrected.output,
    );
    expect(report, log.corrected.output).not.toBeNull();
    const [hits, rendered, repaired, kept, pruned] = report!.slice(1).map(Number);
    expect({ hits, rendered, repaired, kept, pruned }).toEqual({
      hits: warmPngs.size - changed.length - 1,
      rendered: changed.length + 1,
      repaired: 1,
      kept: warmPngs.size,
      pruned: changed.length + 1,
    });
    expect(warmPngs.get(damaged)!.equals(coldPngs.get(damaged)!)).toBe(true);
    expect(cacheEntries().has(STRAY)).toBe(false);
  });

  it("draws again only the chart SVGs whose records changed, and reads the others back", () => {
    const redrawn = [...warmSvgs].filter((key) => !coldSvgs.has(key));
    expect(redrawn.length).toBeGreaterThan(0);
    expect(redrawn.length).toBeLessThan(coldSvgs.size / 2);
    const match = /chart SVGs: (\d+) hits, (\d+) drawn/.exec(log.corrected.output);
    expect(Number(match![2])).toBe(redrawn.length);
  });

  it("publishes version 2 the same day, carrying the same-day correction and the changed figure", () => {
    expect(log.second.status, log.second.output).toBe(0);
    const [, v2] = manifest().versions;
    // The update names no chart: the chart's downloads do not carry it, so neither does the version.
    expect(v2).toMatchObject({ number: 2, date: DAY, changes: { en: CORRECTION } });
    expect(v2!.changes[locale]).toBe(CORRECTION_FR);
    expect(v2!.figures).toEqual([
      expect.objectContaining({
        id: FIGURE,
        before: expect.objectContaining({ value: before }),
        after: expect.objectContaining({ value: before + 1000 }),
      }),
    ]);
  });

  it("tells version 1's readers, in their language, what changed; nothing else of version 1 changes", () => {
    for (const [l, text] of [
      ["en", CORRECTION],
      [locale, CORRECTION_FR],
    ] as const) {
      const after = readFileSync(v1Page(l), "utf8");
      const notice = parseHTML(after).document.querySelector(".version-notice")!;
      expect(notice.textContent).toContain(text);
      expect(notice.textContent).toContain(`${count(before, l)} → ${count(before + 1000, l)}`);
      expect(notice.querySelector("time")?.getAttribute("datetime")).toBe(DAY);
      expect(after.replace(/<aside class="version-notice"[\s\S]*?<\/aside>/, "")).toBe(v1Before.get(l));
    }
  });

  it("passes the engine's own build tests, on the copy's content", () => {
    expect(log.final.status, log.final.output).toBe(0);
    expect(log.engine.status, log.engine.output.slice(-6000)).toBe(0);
    expect(log.engine.output).toMatch(/Tests\s+\d+ passed/);
  });

  it("refuses to publish an unknown chart, naming it", () => {
    const { status, output } = project.script("publishChart", ["no-such-chart", "--no-build"]);
    expect(status).not.toBe(0);
    expect(output).toContain('unknown chart "no-such-chart": no folder src/charts/no-such-chart/');
  });
});
