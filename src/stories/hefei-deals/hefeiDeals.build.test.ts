/**
 * The Hefei story's own assertions, on the built site: its headline, its figures as each edition
 * prints them, its sources and notes. They live with the story and go when it goes.
 */
import { describe, expect, it } from "vitest";
import { distPage } from "../../../tests/support/dist.ts";
import { chartsOf } from "../../../tests/support/published.ts";

const nbsp = "\u00a0";
const en = distPage("en/hefei-deals/index.html");
const factText = (doc: Document, id: string) => doc.querySelector(`[data-fact="${id}"]`)?.textContent;

describe("the Hefei story in English", () => {
  it("has its headline, byline and date", () => {
    expect(en.querySelector("h1")?.textContent).toBe(
      "28 deals in Hefei, and what German firms in China say about staying",
    );
    expect(en.querySelector(".byline")?.textContent).toContain("The Hefei Deals data team");
    expect(en.querySelector(".byline time")?.getAttribute("datetime")).toBe("2026-11-28");
    expect(en.querySelector(".byline time")?.textContent).toBe("November 28, 2026");
  });

  it("prints the headline figures as their datasets state them", () => {
    expect(factText(en, "deals.count")).toBe("28");
    expect(factText(en, "deals.value-cny")).toBe("over 6.8 billion yuan");
    expect(factText(en, "deals.value-usd")).toBe("about 949.46 million US dollars");
    expect(factText(en, "bcs.2024-25.stay")).toBe("92%");
    expect(factText(en, "bcs.2024-25.invest")).toBe("51%");
    expect(factText(en, "bcs.2024-25.leaders-5y")).toBe("55%");
    expect(en.querySelector(".dek")?.textContent).toContain("worth over 6.8 billion yuan");
    expect(en.querySelectorAll("[data-fact]").length).toBeGreaterThan(25);
  });

  it("leads its sources with Xinhua's report and says what could not be verified", () => {
    const sources = [...en.querySelectorAll("ol.sources a")];
    expect(sources.length).toBeGreaterThanOrEqual(5);
    expect(sources[0]?.getAttribute("href")).toBe("https://en.people.cn/n3/2025/0627/c90000-20333512.html");
    const notes = en.querySelector("ul.notes")?.textContent ?? "";
    expect(notes).toContain("nearly half");
    expect(notes).toContain("Standardization");
  });

  it("shows the split of the deals by sector as not disclosed", () => {
    const table = en.querySelector("#chart-deals-by-sector table")!;
    expect(table.textContent).toContain("not disclosed");
    expect(chartsOf("hefei-deals", "en").length).toBeGreaterThanOrEqual(5);
  });
});

describe.each([
  ["en", { "deals.value-cny": "over 6.8 billion yuan", "bcs.2024-25.stay": "92%", "deals.count": "28" }],
  [
    "de",
    { "deals.value-cny": `über 6,8${nbsp}Mrd. Yuan`, "bcs.2024-25.stay": `92${nbsp}%`, "deals.count": "28" },
  ],
  ["zh", { "deals.value-cny": "超过68亿元", "bcs.2024-25.stay": "92%", "deals.count": "28" }],
] as const)("the Hefei story's %s edition", (locale, expected) => {
  const doc = distPage(`${locale}/hefei-deals/index.html`);

  it("prints its figures in the locale's own format", () => {
    for (const [id, text] of Object.entries(expected)) expect(factText(doc, id), id).toBe(text);
  });

  it("localises its charts: titles, axis ticks and tables are in the edition's language", () => {
    const survey = doc.querySelector("#chart-survey-confidence .artboard--720")!;
    const ticks = [...survey.querySelectorAll("text")].map((t) => t.textContent);
    expect(ticks).toContain(locale === "de" ? `50${nbsp}%` : "50%");
    if (locale !== "en") {
      expect(doc.querySelector("#chart-hefei-map .chart-title")?.textContent).not.toBe(
        en.querySelector("#chart-hefei-map .chart-title")?.textContent,
      );
      expect(doc.querySelector("#chart-survey-confidence thead")?.textContent).not.toBe(
        en.querySelector("#chart-survey-confidence thead")?.textContent,
      );
    }
  });
});

describe("the Hefei story on the front page", () => {
  it("links its three editions", () => {
    const index = distPage("index.html");
    const card = index.querySelector('.story-card:has(a[href="/en/hefei-deals/"])')!;
    expect(card.querySelector(".story-card__title")?.textContent).toContain("28 deals in Hefei");
    expect(
      [...card.querySelectorAll(".editions a")].map((a) => [a.getAttribute("href"), a.getAttribute("lang")]),
    ).toEqual([
      ["/en/hefei-deals/", "en"],
      ["/de/hefei-deals/", "de"],
      ["/zh/hefei-deals/", "zh-CN"],
    ]);
  });
});

describe("the Hefei figures on the facts page", () => {
  it("/en/facts/#deals.count shows 28 with Xinhua's report as its source", () => {
    const entry = distPage("en/facts/index.html").querySelector('[id="deals.count"]')!.closest("article")!;
    expect(entry.querySelector(".fact-entry__value")?.textContent).toBe("28");
    const source = entry.querySelector('a[href="https://en.people.cn/n3/2025/0627/c90000-20333512.html"]');
    expect(source?.textContent).toContain("Xinhua");
    expect(entry.querySelector("time")?.getAttribute("datetime")).toBe("2025-06-26");
    expect(entry.textContent).toContain("reported");
  });

  it("the story's 28 links there", () => {
    expect(en.querySelector('[data-fact="deals.count"]')?.getAttribute("href")).toBe(
      "/en/facts/#deals.count",
    );
  });
});
