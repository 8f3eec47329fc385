/**
 * The site's own pages, built: the chart desk, the facts (and /facts.json), the standards page,
 * search, the links to them from the homes and the stories' figures, and their sitemap entries.
 * Every expectation is derived from the content: editions, the charts they cite, the records
 * those charts drew (their JSON downloads) and the datasets.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { messages } from "../../src/i18n/index.ts";
import site from "../../src/site.config.ts";
import { distFile, distFiles, distPage } from "../support/dist.ts";
import { editions, homeLocales, publishedCharts, publishedVersions } from "../support/published.ts";
import { headersFor, parseHeaders } from "../../scripts/lib/server.ts";

interface DataRecord {
  id: string;
  status: "primary" | "reported" | "secondary" | "derived";
  source: { name: string; url: string; date?: string };
  formula?: string;
}
const records = new Map<string, DataRecord>(
  readdirSync("src/data")
    .filter((f) => f.endsWith(".json"))
    .flatMap(
      (f) => (JSON.parse(readFileSync(join("src/data", f), "utf8")) as { records: DataRecord[] }).records,
    )
    .map((r) => [r.id, r]),
);

/** Record ids each edition prints: `<Fact id>` in its prose, `{fact:id}` in its frontmatter. */
function editionFacts(): { slug: string; locale: string; ids: string[] }[] {
  return readdirSync("src/stories", { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join("src/stories", d.name))
        .filter((f) => f.endsWith(".mdx"))
        .map((f) => {
          const text = readFileSync(join("src/stories", d.name, f), "utf8");
          const ids = [
            ...[...text.matchAll(/<Fact\b[^>]*?\bid=["']([^"']+)["']/g)].map((m) => m[1]!),
            ...[...text.matchAll(/\{fact:([a-z0-9.-]+)\}/g)].map((m) => m[1]!),
          ];
          const field = (name: string) => new RegExp(`^${name}:\\s*(\\S+)\\s*$`, "m").exec(text)![1]!;
          return { slug: field("slug"), locale: field("locale"), ids: [...new Set(ids)] };
        }),
    );
}

/** The records a chart drew in a locale: its JSON download's, as built. */
const chartRecords = (locale: string, id: string): string[] =>
  (JSON.parse(distFile(`downloads/${locale}/${id}.json`)) as { records: { id: string }[] }).records.map(
    (r) => r.id,
  );

/** Every record cited in a locale: by its editions' prose and frontmatter, and by the charts they cite. */
const citedIn = (locale: string): Set<string> =>
  new Set([
    ...editionFacts()
      .filter((e) => e.locale === locale)
      .flatMap((e) => e.ids),
    ...publishedCharts()
      .filter((c) => c.locale === locale)
      .flatMap((c) => chartRecords(locale, c.id)),
  ]);

const homes = homeLocales();
const byId = (doc: Document, id: string) => doc.querySelector(`[id="${id}"]`);

it("finds at least one locale with a home, and its charts", () => {
  expect(homes.length).toBeGreaterThan(0);
  expect(publishedCharts().length).toBeGreaterThan(0);
});

describe.each(homes)("the chart desk in %s", (locale) => {
  const m = messages(locale);
  const doc = distPage(`${locale}/charts/index.html`);
  const charts = publishedCharts().filter((c) => c.locale === locale);
  const cards = [...doc.querySelectorAll("article.desk-card")];

  it("has one card per chart its editions cite, and no other, each listed first", () => {
    expect(cards.map((c) => c.querySelector("h2")!.id).sort()).toEqual(
      charts.map((c) => `desk-${c.id}`).sort(),
    );
    const contents = [...doc.querySelectorAll(".desk-contents a")].map((a) => a.getAttribute("href"));
    expect(contents).toEqual(cards.map((c) => `#${c.querySelector("h2")!.id}`));
  });

  it.each(charts.map((c) => c.id))(
    "%s: preview, story, snippets, oEmbed, downloads, credit, licence",
    (id) => {
      const card = byId(doc, `desk-${id}`)!.closest("article")!;
      const img = card.querySelector(".desk-card__preview img")!;
      expect(img.getAttribute("alt")!.length).toBeGreaterThan(20);
      expect(Number(img.getAttribute("width"))).toBeGreaterThan(0);
      expect(Number(img.getAttribute("height"))).toBeGreaterThan(0);
      expect(img.getAttribute("src")).toBe(`/downloads/${locale}/${id}.svg`);
      // The first preview is in the first view; the others wait for the reader to scroll.
      expect(img.getAttribute("loading")).toBe(cards[0] === card ? "eager" : "lazy");
      const story = charts.find((c) => c.id === id)!.story;
      expect(card.querySelector(".desk-card__story a")?.getAttribute("href")).toBe(`/${locale}/${story}/`);
      const latest = card.querySelector('pre[data-kind="latest"] code')!.textContent!;
      expect(latest).toContain(`/embed/${locale}/${id}/?childId=`);
      const versions = publishedVersions().filter((v) => v.locale === locale && v.id === id);
      const newest = Math.max(0, ...versions.map((v) => v.number));
      const frozen = card.querySelector('pre[data-kind="version"] code')?.textContent ?? null;
      if (newest) expect(frozen).toContain(`/embed/${locale}/${id}/v${newest}/?childId=`);
      else expect(frozen).toBeNull();
      expect(card.querySelector(".desk-card__url")?.textContent).toBe(
        `${site.origin}/oembed/${locale}/${id}.json`,
      );
      expect(card.querySelector(".embed-fallback code")?.textContent).toContain(
        `/downloads/${locale}/${id}.png`,
      );
      expect([...card.querySelectorAll(".chart-downloads a")].map((a) => a.getAttribute("href"))).toEqual(
        ["svg", "png", "csv", "json"].map((ext) => `/downloads/${locale}/${id}.${ext}`),
      );
      // Versions, newest first, each dated and linked to its frozen page.
      const listed = [...card.querySelectorAll(".desk-versions > li")];
      expect(listed.length).toBe(versions.length);
      listed.forEach((li, i) => {
        expect(li.querySelector("a")?.getAttribute("href")).toBe(`/embed/${locale}/${id}/v${newest - i}/`);
        expect(li.querySelector("time")?.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      });
      if (!versions.length)
        expect(card.querySelector(".desk-card__versions")?.textContent).toContain(m.desk.unpublished);
      const credit = card.querySelector(".desk-card__credit")?.textContent ?? "";
      expect(credit).toContain(site.name);
      expect(credit).toContain(site.licence.name);
      expect(card.querySelector("a[rel=license]")?.getAttribute("href")).toBe(site.licence.url);
    },
  );
});

describe("what each chart version corrected, on the desk", () => {
  const manifests = readdirSync("src/charts", { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      try {
        return [JSON.parse(readFileSync(join("src/charts", d.name, "versions.json"), "utf8"))];
      } catch {
        return [];
      }
    }) as {
    chart: string;
    versions: { number: number; locales: string[]; changes?: Record<string, string>; figures?: unknown[] }[];
  }[];
  const logged = manifests.flatMap((m) =>
    m.versions.flatMap((v) =>
      v.locales.filter((l) => homes.includes(l)).map((locale) => ({ chart: m.chart, locale, version: v })),
    ),
  );
  it.each(logged.map((l) => [l.chart, l.locale, l.version.number, l] as const))(
    "%s (%s) v%i lists its logged entry and each figure it changed",
    (chart, locale, number, { version }) => {
      const card = byId(distPage(`${locale}/charts/index.html`), `desk-${chart}`)!.closest("article")!;
      const item = [...card.querySelectorAll(".desk-versions > li")].find(
        (li) => li.querySelector("a")?.getAttribute("href") === `/embed/${locale}/${chart}/v${number}/`,
      )!;
      expect(item).toBeTruthy();
      const entry = version.changes?.[locale];
      if (entry) expect(item.textContent).toContain(entry);
      expect(item.querySelectorAll("ul > li").length).toBe(version.figures?.length ?? 0);
      for (const li of item.querySelectorAll("ul > li")) expect(li.textContent).toContain("→");
    },
  );
});

describe.each(homes)("the facts in %s", (locale) => {
  const m = messages(locale);
  const doc = distPage(`${locale}/facts/index.html`);
  const cited = [...citedIn(locale)];

  it("has an entry for every record cited in the locale, and only those", () => {
    const entries = [...doc.querySelectorAll(".fact-entry__head")].map((h) => h.id);
    expect(entries.sort()).toEqual([...cited].sort());
  });

  it.each(cited)("%s: figure, status in words, linked source, formula if derived, uses", (id) => {
    const record = records.get(id)!;
    const entry = byId(doc, id)!.closest("article")!;
    expect(entry.querySelector(".fact-entry__value")?.textContent?.trim()).not.toBe("");
    expect(entry.textContent).toContain(m.status[record.status]);
    const source = [...entry.querySelectorAll("a")].find((a) => a.getAttribute("href") === record.source.url);
    expect(source?.textContent).toBe(record.source.name);
    if (record.source.date)
      expect(entry.querySelector(`time[datetime="${record.source.date}"]`)).not.toBeNull();
    if (record.formula) expect(entry.textContent).toContain(record.formula);
    const uses = [...entry.querySelectorAll(".fact-entry__uses a")].map((a) => a.getAttribute("href"));
    expect(uses.length).toBeGreaterThan(0);
    expect(new Set(uses).size, "each story and chart once").toBe(uses.length);
  });
});

describe("each figure in a story links to its entry", () => {
  it.each(editions().map((e) => [e.locale, e.slug] as const))("/%s/%s/", (locale, slug) => {
    const doc = distPage(`${locale}/${slug}/index.html`);
    const facts = distPage(`${locale}/facts/index.html`);
    const links = [...doc.querySelectorAll("[data-fact]")];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const id = link.getAttribute("data-fact")!;
      expect(link.tagName).toBe("A");
      expect(link.getAttribute("href")).toBe(`/${locale}/facts/#${id}`);
      expect(byId(facts, id), id).not.toBeNull();
    }
  });
});

describe("/facts.json", () => {
  const citation = z.object({ locale: z.string(), url: z.url() });
  const schema = z.object({
    site: z.literal(site.name),
    licence: z.object({ name: z.string(), url: z.url() }),
    datasets: z.array(z.object({ id: z.string(), title: z.string(), licence: z.string() }).loose()).min(1),
    records: z.array(
      z
        .object({
          id: z.string(),
          dataset: z.string(),
          label: z.string().min(1),
          unit: z.string(),
          value: z.unknown(),
          status: z.enum(["primary", "reported", "secondary", "derived"]),
          source: z.object({ name: z.string().min(1), url: z.url(), date: z.iso.date().optional() }),
          formula: z.string().optional(),
          stories: z.array(citation.extend({ slug: z.string() })),
          charts: z.array(citation.extend({ id: z.string() })),
          entries: z.array(z.url()),
        })
        .loose()
        .refine((r) => r.status !== "derived" || !!r.formula, "a derived record states its formula"),
    ),
  });
  const data = schema.parse(JSON.parse(distFile("facts.json")));

  it("holds every record of every dataset, once", () => {
    expect(data.records.map((r) => r.id).sort()).toEqual([...records.keys()].sort());
  });

  it("names the editions and charts that cite each record, with its facts entries", () => {
    for (const locale of homes) {
      const cited = citedIn(locale);
      for (const record of data.records) {
        const here =
          record.stories.some((s) => s.locale === locale) || record.charts.some((c) => c.locale === locale);
        expect(here, `${record.id} in ${locale}`).toBe(cited.has(record.id));
        expect(record.entries.includes(`${site.origin}/${locale}/facts/#${record.id}`)).toBe(
          cited.has(record.id),
        );
      }
    }
    for (const { slug, locale, ids } of editionFacts())
      for (const id of ids)
        expect(data.records.find((r) => r.id === id)?.stories).toContainEqual({
          slug,
          locale,
          url: `${site.origin}/${locale}/${slug}/`,
        });
  });
});

describe.each(homes)("the standards page in %s", (locale) => {
  const m = messages(locale);
  const doc = distPage(`${locale}/about/index.html`);

  it("says how we source, in the statuses' own words, and links the facts", () => {
    const terms = [...doc.querySelectorAll(".statuses dt")].map((dt) => dt.textContent);
    expect(terms).toEqual(Object.values(m.status));
    expect(doc.querySelector(`a[href="/${locale}/facts/"]`)).not.toBeNull();
  });

  it("has the corrections policy, licence and credit, and contact", () => {
    const headings = [...doc.querySelectorAll("h2")].map((h) => h.textContent);
    expect(headings).toEqual([
      m.about.sourcingTitle,
      m.about.correctionsTitle,
      m.about.licenceTitle,
      m.about.contactTitle,
    ]);
    expect(doc.querySelector("main")?.textContent).toContain(m.about.versions);
    expect(doc.querySelector("a[rel=license]")?.getAttribute("href")).toBe(site.licence.url);
    expect(doc.querySelector(`a[href="mailto:${site.contact.email}"]`)).not.toBeNull();
  });
});

describe.each(homes)("the search page in %s", (locale) => {
  const doc = distPage(`${locale}/search/index.html`);

  it("shows its form only with JavaScript, and links the desk and the facts", () => {
    expect(doc.querySelector("form[role=search]")?.hasAttribute("hidden")).toBe(true);
    expect(doc.querySelector(`.search-browse a[href="/${locale}/charts/"]`)).not.toBeNull();
    expect(doc.querySelector(`.search-browse a[href="/${locale}/facts/"]`)).not.toBeNull();
  });

  it("has an index in the page's language holding its stories, desk and facts", () => {
    const entry = JSON.parse(distFile("pagefind/pagefind-entry.json")) as {
      languages: Record<string, { page_count: number }>;
    };
    const lang = messages(locale).intlLocale.toLowerCase();
    const stories = editions().filter((e) => e.locale === locale).length;
    expect(entry.languages[lang]?.page_count).toBe(stories + 2);
  });

  it("alone may compile WebAssembly, for Pagefind", () => {
    const rules = parseHeaders(distFile("_headers"));
    for (const host of ["cloudflare", "netlify"] as const) {
      const search = headersFor(rules, `/${locale}/search/`, host).get("content-security-policy")!;
      expect(search).toContain("'wasm-unsafe-eval'");
      expect(search).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(headersFor(rules, "/pagefind/pagefind-worker.js", host).get("content-security-policy")).toBe(
        search,
      );
      for (const other of [`/${locale}/`, `/${locale}/facts/`, "/pagefind/pagefind.js"])
        expect(headersFor(rules, other, host).get("content-security-policy")).not.toContain("wasm");
    }
  });
});

describe("Pagefind loads on the search pages only", () => {
  it.each(distFiles().filter((f) => f.endsWith(".html") && !/\/search\/index\.html$/.test(f)))(
    "%s",
    (file) => {
      const scripts = [...distPage(file).querySelectorAll("script[src]")].map((s) => s.getAttribute("src")!);
      for (const src of scripts) expect(distFile(src.slice(1))).not.toContain("pagefind");
    },
  );
});

describe("the homes and the sitemap", () => {
  it.each([...homes.map((l) => [`/${l}/`, l]), ["/", homes[0]!]])(
    "%s links the desk, facts, standards, search and feed",
    (path, locale) => {
      const doc = distPage(`${path.slice(1)}index.html`);
      const links = [...doc.querySelectorAll(".site-links a")].map((a) => a.getAttribute("href"));
      for (const name of ["charts", "facts", "about", "search"])
        expect(links).toContain(`/${locale}/${name}/`);
      expect(links).toContain("/feed.xml");
    },
  );

  it("lists each locale's desk, facts, standards and search with hreflang alternates", () => {
    const sitemap = distFile("sitemap.xml");
    for (const name of ["charts", "facts", "about", "search"])
      for (const locale of homes) {
        const loc = `${site.origin}/${locale}/${name}/`;
        expect(sitemap).toContain(`<loc>${loc}</loc>`);
        expect(sitemap).toContain(`hreflang="${messages(locale).intlLocale}" href="${loc}"`);
      }
  });
});
