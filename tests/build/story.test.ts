import { describe, expect, it } from "vitest";
import { handTypedFigures } from "../../src/lib/factText.ts";
import { formatFigure } from "../../src/lib/format.ts";
import { readDatasets } from "../../src/lib/readDatasets.ts";
import { distPage } from "../support/dist.ts";
import { chartsOf } from "../support/published.ts";
import { chartById } from "../../src/charts/index.ts";

const records = new Map(
  readDatasets("src/data").flatMap(({ dataset }) => dataset.records.map((r) => [r.id, r])),
);
const doc = distPage("en/hefei-deals/index.html");
const factText = (id: string) => doc.querySelector(`[data-fact="${id}"]`)?.textContent;

describe("the English story as built", () => {
  it("is in English, with headline, byline and published date", () => {
    expect(doc.documentElement.getAttribute("lang")).toBe("en");
    expect(doc.querySelector("h1")?.textContent).toBe(
      "28 deals in Hefei, and what German firms in China say about staying",
    );
    expect(doc.title).toBe(doc.querySelector("h1")?.textContent);
    expect(doc.querySelector(".byline")?.textContent).toContain("The Hefei Deals data team");
    expect(doc.querySelector(".byline time")?.getAttribute("datetime")).toBe("2026-11-28");
    expect(doc.querySelector(".byline time")?.textContent).toBe("November 28, 2026");
  });

  it("prints the headline figures as their datasets state them", () => {
    expect(factText("deals.count")).toBe("28");
    expect(factText("deals.value-cny")).toBe("over 6.8 billion yuan");
    expect(factText("deals.value-usd")).toBe("about 949.46 million US dollars");
    expect(factText("bcs.2024-25.stay")).toBe("92%");
    expect(factText("bcs.2024-25.invest")).toBe("51%");
    expect(factText("bcs.2024-25.leaders-5y")).toBe("55%");
    expect(doc.querySelector(".dek")?.textContent).toContain("worth over 6.8 billion yuan");
  });

  it("prints every <Fact> exactly as its record formats", () => {
    const facts = [...doc.querySelectorAll("[data-fact]")];
    expect(facts.length).toBeGreaterThan(25);
    for (const fact of facts) {
      const record = records.get(fact.getAttribute("data-fact")!);
      expect(record, fact.getAttribute("data-fact")!).toBeDefined();
      expect(fact.textContent?.startsWith(formatFigure(record!, "en"))).toBe(true);
      expect(fact.getAttribute("data-status")).toBe(record!.status);
    }
  });

  it("types no figure into the prose by hand", () => {
    const body = doc.querySelector(".story-body")!.cloneNode(true) as Element;
    // Facts come from the datasets, derived distances from the places' coordinates, charts from both.
    body.querySelectorAll("[data-fact], [data-derived], figure").forEach((el) => el.remove());
    expect(handTypedFigures(body.textContent ?? "")).toEqual([]);
  });

  it("lists its sources and says what could not be verified", () => {
    const sources = [...doc.querySelectorAll("ol.sources a")];
    expect(sources.length).toBeGreaterThanOrEqual(5);
    expect(sources[0]?.getAttribute("href")).toBe("https://en.people.cn/n3/2025/0627/c90000-20333512.html");
    const notes = doc.querySelector("ul.notes")?.textContent ?? "";
    expect(notes).toContain("nearly half");
    expect(notes).toContain("Standardization");
  });

  it("has every chart it cites, each with a table of its data", () => {
    const cited = chartsOf("hefei-deals", "en");
    expect(cited.length).toBeGreaterThanOrEqual(5);
    for (const id of cited) {
      const figure = doc.querySelector(`figure#chart-${id}`);
      expect(figure, id).not.toBeNull();
      expect(figure!.querySelectorAll("svg[role=img]").length).toBe(2);
      expect(figure!.querySelector("svg")?.getAttribute("aria-label")?.length).toBeGreaterThan(40);
      const spec = chartById(id);
      const cited = spec.cited(
        readDatasets("src/data").find((d) => d.dataset.id === spec.dataset)!.dataset.records,
      );
      expect(figure!.querySelectorAll("table tbody tr").length, id).toBe(cited.length);
      // Every source link is https, or its name says that no https copy of it was found.
      for (const link of figure!.querySelectorAll(".chart-sources a, .chart-notes a"))
        expect(
          link.getAttribute("href")!.startsWith("https://") || /\bhttp\b.*https/.test(link.textContent ?? ""),
          `${id}: ${link.getAttribute("href")}`,
        ).toBe(true);
    }
  });

  it("keeps Plot's and any other inline styles out of the charts", () => {
    expect(doc.querySelectorAll("svg style, [style]").length).toBe(0);
  });
});

describe("the story list", () => {
  it("links to the story and to every edition", () => {
    const index = distPage("index.html");
    expect(index.querySelector('h2 a[href="/en/hefei-deals/"]')?.textContent).toContain("28 deals in Hefei");
    const editions = [...index.querySelectorAll(".editions a")].map((a) => [
      a.getAttribute("href"),
      a.getAttribute("lang"),
    ]);
    expect(editions).toEqual([
      ["/en/hefei-deals/", "en"],
      ["/de/hefei-deals/", "de"],
      ["/zh/hefei-deals/", "zh-CN"],
    ]);
  });
});
