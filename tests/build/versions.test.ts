import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/i18n/index.ts";
import { childId, paths } from "../../src/lib/embed.ts";
import { svgLabel } from "../../src/publish/exportChart.ts";
import { NOTICE_MARKER } from "../../src/publish/versionNotice.ts";
import { parseVersions } from "../../src/schemas/versions.ts";
import { DIST, distFile, distPage } from "../support/dist.ts";
import { editions, publishedCharts, publishedVersions } from "../support/published.ts";

const manifest = (id: string) =>
  parseVersions(
    JSON.parse(readFileSync(`src/charts/${id}/versions.json`, "utf8")),
    `src/charts/${id}/versions.json`,
  );
/** The newest version of a chart in a locale, if it has one. */
const newest = (locale: Locale, id: string) =>
  existsSync(`src/charts/${id}/versions.json`)
    ? manifest(id).versions.findLast((v) => v.locales.includes(locale))
    : undefined;
const versions = publishedVersions().map((v) => [v.locale, v.id, v.number] as const);
const frozenPage = (locale: Locale, id: string, n: number) =>
  readFileSync(join("public", paths.embedVersion(locale, id, n), "index.html"), "utf8");

describe("published versions, as built", () => {
  it.each(versions)(
    "%s/%s v%i has its page and downloads, served byte for byte from public/",
    (locale, id, n) => {
      const v = manifest(id).versions[n - 1]!;
      expect(v.locales).toContain(locale);
      expect(v.heights[locale]).toBeGreaterThan(100);
      const files = readdirSync(join("public", paths.embedVersion(locale, id, n))).sort();
      expect(files).toEqual(
        ["csv", "json", "png", "svg"]
          .map((ext) => `${id}.${ext}`)
          .concat("index.html")
          .sort(),
      );
      for (const name of files) {
        const path = join(paths.embedVersion(locale, id, n), name);
        expect(readFileSync(join(DIST, path)).equals(readFileSync(join("public", path))), path).toBe(true);
      }
    },
  );

  it.each(versions)(
    "%s/%s v%i needs nothing a later build renames, and says so once a newer version exists",
    (locale, id, n) => {
      const html = frozenPage(locale, id, n);
      expect(html).not.toContain("/_astro/");
      expect(html).not.toContain("/downloads/");
      expect(html).toContain(NOTICE_MARKER);
      const doc = parseHTML(html).document;
      const scripts = [...doc.querySelectorAll("script[src]")].map((s) => s.getAttribute("src")!);
      expect(scripts.length).toBeGreaterThan(0);
      for (const src of scripts) {
        expect(src.startsWith("/embed/_frozen/"), src).toBe(true);
        expect(existsSync(join(DIST, src)), src).toBe(true);
        // Nor do the scripts: what they load on first use (the explorer, Listen) is frozen too.
        expect(readFileSync(join("public", src), "utf8"), src).not.toMatch(/\/_astro\//);
      }
      for (const a of doc.querySelectorAll(".chart-downloads a"))
        expect(a.getAttribute("href")!.startsWith(paths.embedVersion(locale, id, n))).toBe(true);
      expect(new URL(doc.querySelector('link[rel="canonical"]')!.getAttribute("href")!).pathname).toBe(
        paths.embedVersion(locale, id, n),
      );
      const later = manifest(id).versions.some((v) => v.number > n && v.locales.includes(locale));
      const notice = doc.querySelector(".version-notice");
      expect(notice !== null, "a notice exactly when a newer version exists").toBe(later);
      if (notice) expect(notice.querySelector("a")?.getAttribute("href")).toBe(paths.embed(locale, id));
    },
  );

  it.each(versions)(
    "%s/%s v%i discovers its own oEmbed document, which embeds that version",
    (locale, id, n) => {
      const doc = parseHTML(frozenPage(locale, id, n)).document;
      const href = doc.querySelector('link[type="application/json+oembed"]')!.getAttribute("href")!;
      expect(new URL(href).pathname).toBe(paths.oembedVersion(locale, id, n));
      const oembed = JSON.parse(distFile(new URL(href).pathname));
      expect(oembed.version).toBe("1.0");
      expect(oembed.chart_version).toBe(n);
      expect(oembed.html).toContain(
        `${paths.embedVersion(locale, id, n)}?childId=${childId(locale, id, n)}"`,
      );
      expect(oembed.html).toContain(` height="${manifest(id).versions[n - 1]!.heights[locale]}" `);
      expect(oembed.title).toBe(doc.querySelector("title")?.textContent);
      expect(new URL(oembed.thumbnail_url).pathname).toBe(paths.versionDownload(locale, id, n, "png"));
      const img = parseHTML(`<body>${oembed.fallback_html}</body>`).document.querySelector("a > img")!;
      expect(new URL(img.getAttribute("src")!).pathname).toBe(paths.versionDownload(locale, id, n, "png"));
      expect(img.getAttribute("alt")).toBe(
        svgLabel(readFileSync(join("public", paths.versionDownload(locale, id, n, "svg")), "utf8")),
      );
    },
  );

  it("allows every frozen page's inline stylesheet by hash in the embed CSP", () => {
    const csp = /\/embed\/\*\n(?:.*\n)*?\s+Content-Security-Policy: (.*)/.exec(distFile("_headers"))![1]!;
    for (const [locale, id, n] of versions)
      for (const [, css] of frozenPage(locale, id, n).matchAll(/<style>([\s\S]*?)<\/style>/g))
        expect(csp).toContain(`'sha256-${createHash("sha256").update(css!).digest("base64")}'`);
  });
});

describe("the latest oEmbed documents", () => {
  it.each(publishedCharts().map((p) => [p.locale, p.id, p.story] as const))(
    "%s/%s offers the latest, its newest version if it has one, and a static image",
    (locale, id, story) => {
      const oembed = JSON.parse(distFile(paths.oembed(locale, id)));
      expect(oembed.version).toBe("1.0");
      expect(oembed.html).toContain(`${paths.embed(locale, id)}?childId=${childId(locale, id)}"`);
      expect(new URL(oembed.latest_url).pathname).toBe(paths.embed(locale, id));
      const v = newest(locale, id);
      expect(oembed.chart_version).toBe(v?.number);
      if (v) {
        expect(new URL(oembed.version_url).pathname).toBe(paths.embedVersion(locale, id, v.number));
        expect(oembed.version_html).toContain(
          `${paths.embedVersion(locale, id, v.number)}?childId=${childId(locale, id, v.number)}"`,
        );
        expect(oembed.version_html).toContain(` height="${v.heights[locale]}" `);
      }
      const fallback = parseHTML(`<body>${oembed.fallback_html}</body>`).document;
      const img = fallback.querySelector("a > img")!;
      expect(img.getAttribute("alt")).toBe(svgLabel(distFile(paths.download(locale, id, "svg"))));
      expect(img.getAttribute("alt")!.length).toBeGreaterThan(40);
      expect(new URL(img.getAttribute("src")!).pathname).toBe(paths.download(locale, id, "png"));
      const png = readFileSync(join(DIST, paths.download(locale, id, "png")));
      expect([Number(img.getAttribute("width")) * 2, Number(img.getAttribute("height")) * 2]).toEqual([
        png.readUInt32BE(16),
        png.readUInt32BE(20),
      ]);
      expect(new URL(fallback.querySelector("a")!.getAttribute("href")!).pathname).toBe(
        paths.story(locale, story),
      );
      // The latest page discovers the latest document.
      const page = distPage(`${paths.embed(locale, id).slice(1)}index.html`);
      const href = page.querySelector('link[type="application/json+oembed"]')!.getAttribute("href")!;
      expect(new URL(href).pathname).toBe(paths.oembed(locale, id));
    },
  );
});

describe("the embed code under each chart", () => {
  it.each(editions().map((e) => [e.locale, e.slug] as const))(
    "%s/%s offers latest or, once published, this version, and the image fallback",
    (locale, slug) => {
      const doc = distPage(`${locale}/${slug}/index.html`);
      for (const id of editions().find((e) => e.locale === locale && e.slug === slug)!.charts) {
        const ui = doc.querySelector(`#chart-${id} .embed-this`)!;
        const oembed = JSON.parse(distFile(paths.oembed(locale, id)));
        const radios = [...ui.querySelectorAll('input[type="radio"]')];
        if (newest(locale, id)) {
          expect(radios.map((r) => r.getAttribute("value"))).toEqual(["latest", "version"]);
          expect(radios[0]!.hasAttribute("checked")).toBe(true);
          expect(ui.querySelector('pre[data-kind="version"] code')!.textContent).toBe(oembed.version_html);
        } else expect(radios).toEqual([]);
        expect(ui.querySelector('pre[data-kind="latest"] code')!.textContent).toBe(oembed.html);
        expect(ui.querySelector(".embed-fallback code")!.textContent).toBe(oembed.fallback_html);
      }
    },
  );
});
