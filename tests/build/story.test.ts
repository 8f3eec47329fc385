import { describe, expect, it } from "vitest";
import { chartById } from "../../src/charts/index.ts";
import { messages } from "../../src/i18n/index.ts";
import { handTypedFigures } from "../../src/lib/factText.ts";
import { formatFigure } from "../../src/lib/format.ts";
import { readDatasets } from "../../src/lib/readDatasets.ts";
import { distPage } from "../support/dist.ts";
import { editions, homeLocales } from "../support/published.ts";

const datasets = readDatasets("src/data");
const records = new Map(datasets.flatMap(({ dataset }) => dataset.records.map((r) => [r.id, r])));

describe.each(editions().map((e) => [e.locale, e.slug, e] as const))(
  "the %s/%s edition as built",
  (locale, slug, edition) => {
    const doc = distPage(`${locale}/${slug}/index.html`);

    it("is in its language, with headline, byline and published date", () => {
      expect(doc.documentElement.getAttribute("lang")).toBe(messages(locale).intlLocale);
      expect(doc.documentElement.getAttribute("dir")).toBe(messages(locale).dir);
      expect(doc.querySelector("h1")?.textContent?.length).toBeGreaterThan(10);
      expect(doc.title).toBe(doc.querySelector("h1")?.textContent);
      expect(doc.querySelector(".byline")?.textContent).toContain(messages(locale).ui.by);
      expect(doc.querySelector(".byline time")?.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it("prints every <Fact> exactly as its record formats, with its status", () => {
      for (const fact of doc.querySelectorAll("[data-fact]")) {
        const record = records.get(fact.getAttribute("data-fact")!);
        expect(record, fact.getAttribute("data-fact")!).toBeDefined();
        expect(fact.textContent?.startsWith(formatFigure(record!, locale))).toBe(true);
        expect(fact.getAttribute("data-status")).toBe(record!.status);
      }
    });

    it("types no figure into the prose by hand", () => {
      const body = doc.querySelector(".story-body")!.cloneNode(true) as Element;
      // Facts come from the datasets, derived distances from the places' coordinates, charts from both.
      body.querySelectorAll("[data-fact], [data-derived], figure").forEach((el) => el.remove());
      expect(handTypedFigures(body.textContent ?? "")).toEqual([]);
    });

    it("lists its sources as links", () => {
      const sources = [...doc.querySelectorAll("ol.sources a")];
      expect(sources.length).toBeGreaterThan(0);
      for (const a of sources) expect(a.getAttribute("href")).toMatch(/^https?:\/\//);
    });

    it("has every chart it cites, as two artboards with a finding and a table of its data", () => {
      for (const id of edition.charts) {
        const figure = doc.querySelector(`figure#chart-${id}`);
        expect(figure, id).not.toBeNull();
        expect(figure!.querySelectorAll("svg[role=img]").length).toBe(2);
        expect(figure!.querySelector("svg")?.getAttribute("aria-label")?.length).toBeGreaterThan(20);
        const spec = chartById(id);
        const cited = spec.cited(datasets.find((d) => d.dataset.id === spec.dataset)!.dataset.records);
        expect(figure!.querySelectorAll("table tbody tr").length, id).toBe(cited.length);
        // Every source link is https, or its name says that no https copy of it was found.
        for (const link of figure!.querySelectorAll(".chart-sources a, .chart-notes a"))
          expect(
            link.getAttribute("href")!.startsWith("https://") ||
              /\bhttp\b.*https/.test(link.textContent ?? ""),
            `${id}: ${link.getAttribute("href")}`,
          ).toBe(true);
      }
    });

    it("keeps Plot's and any other inline styles out of the charts", () => {
      expect(doc.querySelectorAll("svg style, [style]").length).toBe(0);
    });
  },
);

describe("the home pages", () => {
  const newestFirst = (locale: string) =>
    editions()
      .filter((e) => e.locale === locale)
      .sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));

  it.each(homeLocales())(
    "/%s/ lists the stories with an edition in its language, newest first, each with a picture",
    (locale) => {
      const doc = distPage(`${locale}/index.html`);
      expect(doc.documentElement.getAttribute("lang")).toBe(messages(locale).intlLocale);
      const cards = [...doc.querySelectorAll(".story-card")];
      expect(cards.map((c) => c.querySelector(".story-card__title a")?.getAttribute("href"))).toEqual(
        newestFirst(locale).map((e) => `/${locale}/${e.slug}/`),
      );
      for (const [i, card] of cards.entries()) {
        const img = card.querySelector("img")!;
        expect([img.getAttribute("width"), img.getAttribute("height")]).toEqual(["600", "315"]);
        expect(img.getAttribute("loading")).toBe(i === 0 ? "eager" : "lazy");
      }
      const site = doc.querySelector(".site-name");
      expect(site?.getAttribute("href")).toBe(`/${locale}/`);
    },
  );

  it("/ lists every story once, with its editions, and links every home", () => {
    const doc = distPage("index.html");
    const slugs = [...new Set(editions().map((e) => e.slug))];
    expect(doc.querySelectorAll(".story-card").length).toBe(slugs.length);
    for (const slug of slugs) {
      const all = editions().filter((e) => e.slug === slug);
      const links = [...doc.querySelectorAll(`.story-card a[href$="/${slug}/"]`)].map((a) =>
        a.getAttribute("href"),
      );
      for (const e of all) if (all.length > 1) expect(links).toContain(`/${e.locale}/${slug}/`);
    }
    expect([...doc.querySelectorAll(".home__languages a")].map((a) => a.getAttribute("href"))).toEqual(
      homeLocales().map((l) => `/${l}/`),
    );
  });
});
