import { XMLValidator } from "fast-xml-parser";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, locales, messages } from "../../src/i18n/index.ts";
import { headersFor, parseHeaders } from "../../scripts/lib/server.ts";
import { editions, homeLocales, publishedCharts, publishedVersions } from "../support/published.ts";
import { DIST, distFile, distFiles, distPage } from "../support/dist.ts";

// The locales some edition cites a chart in: each has embeds (a locale with a catalogue and no
// edition yet has none).
const chartLocales = locales.filter((l) => publishedCharts().some((p) => p.locale === l));

const htmlFiles = distFiles().filter((f) => f.endsWith(".html"));
const urlPath = (file: string) => "/" + file.replace(/index\.html$/, "");
const site = new URL(distPage("index.html").querySelector('link[rel="canonical"]')!.getAttribute("href")!)
  .origin;

describe("every built page", () => {
  it("is found: the front page, a home per locale with editions, 404, every story edition, an embed per chart an edition cites and per frozen version", () => {
    expect(htmlFiles).toContain("index.html");
    expect(htmlFiles).toContain("404.html");
    for (const locale of locales)
      expect(htmlFiles.includes(`${locale}/index.html`), `${locale}/index.html`).toBe(
        homeLocales().includes(locale),
      );
    for (const { slug, locale } of editions()) expect(htmlFiles).toContain(`${locale}/${slug}/index.html`);
    expect(htmlFiles.filter((f) => f.startsWith("embed/")).sort()).toEqual(
      [
        ...publishedCharts().map(({ locale, id }) => `embed/${locale}/${id}/index.html`),
        ...publishedVersions().map(({ locale, id, number }) => `embed/${locale}/${id}/v${number}/index.html`),
      ].sort(),
    );
  });

  it("passes html-validate with no errors", async () => {
    // The project's .htmlvalidate.json, as the CLI reads it (HtmlValidate alone applies only its defaults).
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const report = await validator.validateFile(join(DIST, file));
      for (const result of report.results) {
        for (const m of result.messages)
          problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("links only to files that exist in dist/", () => {
    const missing: string[] = [];
    for (const file of htmlFiles) {
      const doc = distPage(file);
      const refs = [
        ...doc.querySelectorAll(
          "a[href], link[href], script[src], img[src], iframe[src], meta[property='og:image'], meta[name='twitter:image']",
        ),
      ]
        .map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("content")!)
        .filter((ref) => ref.startsWith("/") || ref.startsWith(site));
      for (const ref of refs) {
        const path = decodeURIComponent(new URL(ref, site).pathname);
        const target = path.endsWith("/") ? `${path}index.html` : path;
        if (!existsSync(join(DIST, target))) missing.push(`${file} -> ${ref}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("has a title, a description and a canonical URL on the configured site", () => {
    for (const file of htmlFiles) {
      const doc = distPage(file);
      expect(doc.title.length, file).toBeGreaterThan(5);
      expect(
        doc.querySelector('meta[name="description"]')?.getAttribute("content")?.length,
        file,
      ).toBeGreaterThan(20);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
      if (file !== "404.html") expect(canonical, file).toBe(site + urlPath(file));
    }
  });
});

describe.each(editions().map((e) => [e.locale, e.slug] as const))(
  "the %s/%s edition's metadata",
  (locale, slug) => {
    const doc = distPage(`${locale}/${slug}/index.html`);
    const others = editions().filter((e) => e.slug === slug && e.locale !== locale);
    const meta = (key: string) =>
      doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");

    it("has Open Graph and Twitter card tags with a 1200×630 share image", () => {
      expect(meta("og:type")).toBe("article");
      expect(meta("og:title")).toBe(doc.title);
      expect(meta("twitter:card")).toBe("summary_large_image");
      const image = meta("og:image")!;
      expect(new URL(image).pathname).toBe(`/share/${locale}/${slug}.png`);
      const png = readFileSync(join(DIST, new URL(image).pathname));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect([meta("og:image:width"), meta("og:image:height")]).toEqual(["1200", "630"]);
    });

    it("gives Open Graph its locale as language_TERRITORY, from its catalogue, and the other editions as alternates", () => {
      expect(meta("og:locale")).toMatch(/^[a-z]{2,3}_[A-Z]{2}$/);
      expect(meta("og:locale")).toBe(messages(locale).ogLocale);
      const alternates = [...doc.querySelectorAll('meta[property="og:locale:alternate"]')].map((m) =>
        m.getAttribute("content"),
      );
      expect(alternates.sort()).toEqual(others.map((e) => messages(e.locale).ogLocale).sort());
    });

    it("has NewsArticle JSON-LD with full date-times, dated by its latest note", () => {
      const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(data["@type"]).toBe("NewsArticle");
      expect(data.headline).toBe(doc.querySelector("h1")?.textContent);
      const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
      expect(data.datePublished).toMatch(isoDateTime);
      expect(data.dateModified).toMatch(isoDateTime);
      const published = doc.querySelector(".byline time")?.getAttribute("datetime");
      expect(data.datePublished).toBe(`${published}T00:00:00Z`);
      const noteDates = [...doc.querySelectorAll(".notes time, .corrections time")].map((t) =>
        t.getAttribute("datetime")!,
      );
      expect(data.dateModified).toBe(`${[published!, ...noteDates].sort().at(-1)}T00:00:00Z`);
      expect(meta("article:published_time")).toBe(data.datePublished);
      expect(data.author[0].name.length).toBeGreaterThan(3);
      expect(data.author[0].url).toBe(`${site}/`);
      expect(data.publisher.name).toBeTruthy();
      expect(data.image[0]).toBe(meta("og:image"));
    });

    it("links its editions in the other languages with hreflang", () => {
      const links = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
        l.getAttribute("hreflang"),
        new URL(l.getAttribute("href")!).pathname,
      ]);
      const all = editions().filter((e) => e.slug === slug);
      const lead = locales.find((l) => all.some((e) => e.locale === l))!;
      expect(links.sort()).toEqual(
        [
          ...all.map((e) => [messages(e.locale).intlLocale, `/${e.locale}/${slug}/`]),
          ["x-default", `/${lead}/${slug}/`],
        ].sort(),
      );
      const switcher = [...doc.querySelectorAll(".languages a")].map((a) => a.getAttribute("href"));
      expect(switcher.sort()).toEqual(others.map((e) => `/${e.locale}/${slug}/`).sort());
    });
  },
);

describe.each(chartLocales)("the %s embed pages' link previews", (locale) => {
  const chartIds = publishedCharts()
    .filter((p) => p.locale === locale)
    .map((p) => p.id);
  it.each(chartIds)("%s has Open Graph and Twitter tags with its PNG download as image", (id) => {
    const doc = distPage(`embed/${locale}/${id}/index.html`);
    const meta = (key: string) =>
      doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");
    expect(meta("og:title")).toBe(doc.title);
    expect(meta("twitter:title")).toBe(doc.title);
    expect(meta("og:description")).toBe(meta("description"));
    expect(meta("twitter:description")).toBe(meta("description"));
    expect(meta("og:url")).toBe(`${site}/embed/${locale}/${id}/`);
    expect(meta("og:locale")).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    expect(meta("twitter:card")).toBe("summary_large_image");
    const image = meta("og:image")!;
    expect(new URL(image).pathname).toBe(`/downloads/${locale}/${id}.png`);
    expect(meta("twitter:image")).toBe(image);
    const png = readFileSync(join(DIST, new URL(image).pathname));
    expect([meta("og:image:width"), meta("og:image:height")]).toEqual([
      String(png.readUInt32BE(16)),
      String(png.readUInt32BE(20)),
    ]);
    expect(meta("og:image:alt")).toBe(doc.querySelector("h1")?.textContent);
  });
});

describe("the front page, the homes and the 404 page", () => {
  it.each(["index.html", "404.html", ...homeLocales().map((l) => `${l}/index.html`)])(
    "%s has a 1200×630 share image",
    (file) => {
      const doc = distPage(file);
      const image = doc.querySelector('meta[property="og:image"]')?.getAttribute("content");
      expect(image, file).toMatch(/\/share\/[a-z]{2}\/[a-z0-9-]+\.png$/);
      const png = readFileSync(join(DIST, new URL(image!).pathname));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute("content")).toBe(
        "summary_large_image",
      );
      const lang = /^([a-z-]+)\/index\.html$/i.exec(file)?.[1] ?? DEFAULT_LOCALE;
      expect(doc.querySelector('meta[property="og:locale"]')?.getAttribute("content")).toBe(
        messages(lang).ogLocale,
      );
    },
  );
});

describe("site files", () => {
  it("has a well-formed sitemap listing every edition and every home", () => {
    const xml = distFile("sitemap.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    for (const { locale, slug } of editions()) expect(xml).toContain(`<loc>${site}/${locale}/${slug}/</loc>`);
    for (const locale of homeLocales()) expect(xml).toContain(`<loc>${site}/${locale}/</loc>`);
  });
  it("has a well-formed Atom feed with every edition", () => {
    const xml = distFile("feed.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml.match(/<entry /g)?.length).toBe(editions().length);
  });
  it("has robots.txt pointing at the sitemap", () => {
    expect(distFile("robots.txt")).toContain(`Sitemap: ${site}/sitemap.xml`);
  });
});

describe("dist/_headers", () => {
  const rules = parseHeaders(distFile("_headers"));
  const hosts = ["cloudflare", "netlify"] as const;
  // A story page and an embed that exist, from the content: the headers are checked on real paths.
  const { locale, slug } = editions()[0]!;
  const chart = publishedCharts()[0]!;
  const storyPath = `/${locale}/${slug}/`;
  const embedPath = `/embed/${chart.locale}/${chart.id}/`;
  const missing = [
    "/no-such-page",
    `/${locale}/no-such-story/`,
    "/embed.json",
    `/downloads/${locale}/nothing.png`,
  ];

  it.each(hosts)(
    "gives every page, and any missing path, exactly one CSP without unsafe-inline or unsafe-eval (%s)",
    (host) => {
      for (const path of [...htmlFiles.map(urlPath), ...missing]) {
        const csp = headersFor(rules, path, host).get("content-security-policy");
        expect(csp, path).toBeTruthy();
        expect(csp!.match(/frame-ancestors/g)?.length, `${path}: ${csp}`).toBe(1);
        // 'wasm-unsafe-eval' (search pages) compiles WebAssembly only; neither of these may appear.
        expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
        expect(csp).toMatch(path.startsWith("/embed/") ? /frame-ancestors \*/ : /frame-ancestors 'self'/);
      }
    },
  );

  it("protects every non-embed response from framing, missing paths included", () => {
    for (const path of [...htmlFiles.map(urlPath).filter((p) => !p.startsWith("/embed/")), ...missing]) {
      expect(headersFor(rules, path).get("x-frame-options"), path).toBe("SAMEORIGIN");
    }
    // Cloudflare detaches it on embeds; on Netlify the embed CSP's frame-ancestors overrides it.
    expect(headersFor(rules, embedPath).get("x-frame-options")).toBeUndefined();
  });

  it.each(hosts)("never joins two values of one header for one path (%s)", (host) => {
    for (const path of [
      ...htmlFiles.map(urlPath),
      ...missing,
      "/_astro/x.js",
      "/embed.js",
      `/downloads/${chart.locale}/${chart.id}.png`,
      `/oembed/${chart.locale}/${chart.id}.json`,
      `/oembed/${chart.locale}/${chart.id}/v1.json`,
    ]) {
      const setting = rules.filter((r) => r.pattern.test(path));
      for (const [name, value] of headersFor(rules, path, host)) {
        const values = setting.flatMap((r) => r.headers).filter(([n]) => n.toLowerCase() === name);
        expect(
          values.map(([, v]) => v),
          `${path} ${name}`,
        ).toContain(value);
      }
    }
  });

  it("caches hashed assets forever and revalidates HTML, with the security headers everywhere", () => {
    const get = (path: string, name: string) => headersFor(rules, path).get(name.toLowerCase());
    expect(get("/_astro/site.abc123.css", "Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(get(storyPath, "Cache-Control")).toMatch(/max-age=0, must-revalidate/);
    expect(get(embedPath, "Cache-Control")).toMatch(/max-age=0, must-revalidate/);
    for (const name of [
      "Strict-Transport-Security",
      "X-Content-Type-Options",
      "Referrer-Policy",
      "Permissions-Policy",
    ]) {
      expect(get(storyPath, name), name).toBeTruthy();
      expect(get("/no-such-page", name), name).toBeTruthy();
    }
  });
});
