import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { locales, type Locale } from "../../src/i18n/index.ts";
import { paths } from "../../src/lib/embed.ts";
import { svgLabel } from "../../src/lib/exportChart.ts";
import { NOTICE_MARKER } from "../../src/lib/versionNotice.ts";
import { parseVersions } from "../../src/schemas/versions.ts";
import { DIST, distFile, distPage } from "../support/dist.ts";
import { copyProject, type ProjectCopy } from "../support/projectCopy.ts";
import { publishedCharts } from "../support/published.ts";

const manifest = (id: string, root = ".") =>
  parseVersions(
    JSON.parse(readFileSync(join(root, `src/charts/${id}/versions.json`), "utf8")),
    `src/charts/${id}/versions.json`,
  );
/** Every file of a frozen version, relative to its folder. */
const versionFiles = (root: string, locale: Locale, id: string, n: number) =>
  readdirSync(join(root, paths.embedVersion(locale, id, n))).sort();

describe("published versions, as built", () => {
  it.each(publishedCharts().map((p) => [p.locale, p.id] as const))(
    "%s/%s has a frozen version 1 with its page and downloads, served byte for byte from public/",
    (locale, id) => {
      const v1 = manifest(id).versions[0]!;
      expect(v1.locales).toContain(locale);
      expect(v1.heights[locale]).toBeGreaterThan(100);
      const files = versionFiles("public", locale, id, 1);
      expect(files).toEqual(
        ["csv", "json", "png", "svg"]
          .map((ext) => `${id}.${ext}`)
          .concat("index.html")
          .sort(),
      );
      for (const name of files) {
        const path = join(paths.embedVersion(locale, id, 1), name);
        expect(readFileSync(join(DIST, path)).equals(readFileSync(join("public", path))), path).toBe(true);
      }
    },
  );

  it.each(publishedCharts().map((p) => [p.locale, p.id] as const))(
    "%s/%s v1 needs nothing a later build renames: its scripts are frozen, its downloads its own",
    (locale, id) => {
      const html = readFileSync(join("public", paths.embedVersion(locale, id, 1), "index.html"), "utf8");
      expect(html).not.toContain("/_astro/");
      expect(html).not.toContain("/downloads/");
      expect(html).toContain(NOTICE_MARKER);
      const doc = parseHTML(html).document;
      const scripts = [...doc.querySelectorAll("script[src]")].map((s) => s.getAttribute("src")!);
      expect(scripts.length).toBeGreaterThan(0);
      for (const src of scripts) {
        expect(src.startsWith("/embed/_frozen/"), src).toBe(true);
        expect(existsSync(join(DIST, src)), src).toBe(true);
      }
      for (const a of doc.querySelectorAll(".chart-downloads a"))
        expect(a.getAttribute("href")!.startsWith(paths.embedVersion(locale, id, 1))).toBe(true);
      expect(new URL(doc.querySelector('link[rel="canonical"]')!.getAttribute("href")!).pathname).toBe(
        paths.embedVersion(locale, id, 1),
      );
      // The latest embed page is still built, and an only version carries no notice.
      expect(distPage(`embed/${locale}/${id}/index.html`).querySelector("figure h1")).not.toBeNull();
      expect(doc.querySelector(".version-notice")).toBeNull();
    },
  );

  it("allows every frozen page's inline stylesheet by hash in the embed CSP", () => {
    const csp = /\/embed\/\*\n(?:.*\n)*?\s+Content-Security-Policy: (.*)/.exec(distFile("_headers"))![1]!;
    const { createHash } = require("node:crypto") as typeof import("node:crypto");
    for (const { locale, id } of publishedCharts()) {
      const html = readFileSync(join("public", paths.embedVersion(locale, id, 1), "index.html"), "utf8");
      for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g))
        expect(csp).toContain(`'sha256-${createHash("sha256").update(css!).digest("base64")}'`);
    }
  });

  it.each(publishedCharts().map((p) => [p.locale, p.id] as const))(
    "%s/%s: oEmbed offers the latest, this version and a static image",
    (locale, id) => {
      const oembed = JSON.parse(distFile(`oembed/${locale}/${id}.json`));
      const v = manifest(id).versions.at(-1)!;
      expect(oembed.version).toBe("1.0");
      expect(oembed.html).toContain(`${paths.embed(locale, id)}?childId=hefei-${locale}-${id}"`);
      expect(new URL(oembed.latest_url).pathname).toBe(paths.embed(locale, id));
      expect(oembed.chart_version).toBe(v.number);
      expect(new URL(oembed.version_url).pathname).toBe(paths.embedVersion(locale, id, v.number));
      expect(oembed.version_html).toContain(
        `${paths.embedVersion(locale, id, v.number)}?childId=hefei-${locale}-${id}-v${v.number}"`,
      );
      expect(oembed.version_html).toContain(` height="${v.heights[locale]}" `);
      const fallback = parseHTML(`<body>${oembed.fallback_html}</body>`).document;
      const img = fallback.querySelector("a > img")!;
      expect(img.getAttribute("alt")).toBe(svgLabel(distFile(`downloads/${locale}/${id}.svg`)));
      expect(img.getAttribute("alt")!.length).toBeGreaterThan(40);
      expect(new URL(img.getAttribute("src")!).pathname).toBe(paths.download(locale, id, "png"));
      const png = readFileSync(join(DIST, paths.download(locale, id, "png")));
      expect([Number(img.getAttribute("width")) * 2, Number(img.getAttribute("height")) * 2]).toEqual([
        png.readUInt32BE(16),
        png.readUInt32BE(20),
      ]);
      const story = publishedCharts().find((p) => p.locale === locale && p.id === id)!.story;
      expect(new URL(fallback.querySelector("a")!.getAttribute("href")!).pathname).toBe(
        `/${locale}/${story}/`,
      );
    },
  );

  it.each(locales)(
    "the %s story offers, per chart, latest or this version and the image fallback",
    (locale) => {
      const doc = distPage(`${locale}/hefei-deals/index.html`);
      for (const { id } of publishedCharts().filter((p) => p.locale === locale)) {
        const ui = doc.querySelector(`#chart-${id} .embed-this`)!;
        const radios = [...ui.querySelectorAll('input[type="radio"]')];
        expect(radios.map((r) => r.getAttribute("value"))).toEqual(["latest", "version"]);
        expect(radios[0]!.hasAttribute("checked")).toBe(true);
        expect(ui.querySelector('pre[data-kind="version"] code')!.textContent).toBe(
          JSON.parse(distFile(`oembed/${locale}/${id}.json`)).version_html,
        );
        expect(ui.querySelector(".embed-fallback code")!.textContent).toBe(
          JSON.parse(distFile(`oembed/${locale}/${id}.json`)).fallback_html,
        );
      }
    },
  );
});

// A copy of the tree where the first chart's data, code and English title change, and a
// correction touching it is logged; then a second version is published there.
describe("a published version after changes to the chart's code, data and texts", () => {
  const CHART = "deals-by-sector";
  const CORRECTION = "We corrected the number of deals from 28 to 29.";
  let project: ProjectCopy;
  const built = (path: string) => readFileSync(join(project.dir, "dist", path));
  const frozen = (path: string) => readFileSync(join(project.dir, "public", path));
  const original = (path: string) => readFileSync(join("public", path));
  const v1 = (locale: Locale, name = "index.html") => join(paths.embedVersion(locale, CHART, 1), name);
  const v1Locales = manifest(CHART).versions[0]!.locales;

  beforeAll(() => {
    project = copyProject("hefei-versions-");
    project.edit("src/data/conference.json", (json) =>
      json.replace(/("id": "deals\.count",[\s\S]*?"value": )28,/, "$129,"),
    );
    project.edit("src/charts/deals-by-sector/dealsBySector.ts", (ts) =>
      ts.replace("const CELL = 30;", "const CELL = 26;"),
    );
    project.edit("src/charts/deals-by-sector/texts.json", (json) =>
      json.replace('"title": "{n} deals in {k} sectors', '"title": "{n} deals across {k} sectors'),
    );
    project.edit("src/stories/hefei-deals/en.mdx", (mdx) =>
      mdx
        // The edition's own log (empty or not) gives way to this one correction.
        .replace(/\ncorrections:(?: \[\]\n|\n(?: {2}.*\n)+)/, "\n")
        .replace(
          /\nnotes:\n/,
          `\ncorrections:\n  - date: 2026-12-02\n    kind: correction\n    text: "${CORRECTION}"\n    charts: [${CHART}]\nnotes:\n`,
        ),
    );
    const { status, output } = project.build();
    expect(status, output).toBe(0);
  }, 180_000);
  afterAll(() => project?.remove());

  it("changes the latest embed but serves every version-1 file byte for byte as before", () => {
    const latest = built(`embed/en/${CHART}/index.html`).toString();
    expect(latest).toContain("29 deals across 6 sectors");
    expect(readFileSync(join("dist", `embed/en/${CHART}/index.html`), "utf8")).not.toContain("29 deals");
    for (const locale of v1Locales)
      for (const name of versionFiles("public", locale, CHART, 1)) {
        const path = v1(locale, name);
        expect(built(path).equals(original(path)), path).toBe(true);
      }
    for (const src of new Set(
      [
        ...original(v1("en"))
          .toString()
          .matchAll(/src="(\/embed\/_frozen\/[^"]+)"/g),
      ].map((m) => m[1]!),
    ))
      expect(built(src).equals(original(src)), src).toBe(true);
    expect(built(v1("en")).toString()).toContain("28 deals in 6 sectors");
  });

  it("publishes version 2, and only version 1 then says so, dated, in its language, with the correction", () => {
    const { status, output } = project.script("publishChart", [CHART, "--date", "2026-12-02", "--no-build"]);
    expect(status, output).toBe(0);
    const versions = manifest(CHART, project.dir).versions;
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    expect(versions[1]!.changes).toEqual({ en: CORRECTION });
    const expected: Record<Locale, RegExp> = {
      en: /^A newer version of this chart was published on December 2, 2026\. We corrected the number of deals from 28 to 29\. See the latest version$/,
      de: /^Am 2\. Dezember 2026 wurde eine neuere Fassung dieser Grafik veröffentlicht\. Die Grafik wurde mit aktuellen Daten neu veröffentlicht\. Zur neuesten Fassung$/,
      zh: /^本图表的新版本已于2026年12月2日发布。 图表已根据最新数据重新发布。 查看最新版本$/,
    };
    for (const locale of v1Locales) {
      const before = original(v1(locale)).toString();
      const after = frozen(v1(locale)).toString();
      const notice = parseHTML(after).document.querySelector(".version-notice")!;
      expect(notice.textContent, locale).toMatch(expected[locale]);
      expect(notice.querySelector("time")?.getAttribute("datetime")).toBe("2026-12-02");
      expect(notice.querySelector("a")?.getAttribute("href")).toBe(paths.embed(locale, CHART));
      // Nothing else of version 1 changed: take the notice out and the bytes are the same.
      expect(after.replace(/<aside class="version-notice"[\s\S]*?<\/aside>/, "")).toBe(before);
      for (const name of versionFiles("public", locale, CHART, 1).filter((n) => n !== "index.html"))
        expect(frozen(v1(locale, name)).equals(original(v1(locale, name)))).toBe(true);
      const v2 = frozen(join(paths.embedVersion(locale, CHART, 2), "index.html")).toString();
      expect(v2).toContain(NOTICE_MARKER);
      expect(v2).not.toContain('version-notice"');
    }
    expect(frozen(join(paths.embedVersion("en", CHART, 2), "index.html")).toString()).toContain(
      "29 deals across 6 sectors",
    );
    // Other charts' versions stay as they were.
    for (const { locale, id } of publishedCharts().filter((p) => p.id !== CHART)) {
      const path = join(paths.embedVersion(locale, id, 1), "index.html");
      expect(frozen(path).equals(original(path)), path).toBe(true);
    }
  }, 180_000);

  it("refuses to publish an unknown chart, naming it", () => {
    const { status, output } = project.script("publishChart", ["no-such-chart", "--no-build"]);
    expect(status).not.toBe(0);
    expect(output).toContain('unknown chart "no-such-chart": no folder src/charts/no-such-chart/');
  });
});
