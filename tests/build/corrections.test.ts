import { csvParse } from "d3";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chartIds } from "../../src/charts/index.ts";
import { locales } from "../../src/i18n/index.ts";
import { copyProject, type ProjectCopy } from "../support/projectCopy.ts";

// These tests build a copy whose English edition logs only one correction touching one chart, and
// one later update touching none: the editions' own logs are taken out of the copy first.
const CORRECTIONS = /\ncorrections:(?: \[\]\n|\n(?: {2}.*\n)+)/;
const CORRECTION =
  "The chart of the deals listed the sectors in the wrong order; it now follows Xinhua's list.";
const UPDATE = "We added the Business Confidence Survey 2025/26 to the survey chart's notes.";
const log = `corrections:
  - date: 2026-12-02
    kind: correction
    text: "${CORRECTION}"
    charts: [deals-by-sector]
    figures: [deals.sectors]
  - date: 2026-12-05
    kind: update
    text: "${UPDATE}"
`;
/** Puts log entries into a story's frontmatter, replacing the edition's own log (empty or not). */
const addToFrontmatter = (entries: string) => (mdx: string) =>
  mdx.replace(CORRECTIONS, "\n").replace(/\nnotes:\n/, `\n${entries}notes:\n`);

describe("a correction in one edition's frontmatter, as built", () => {
  let project: ProjectCopy;
  const file = (path: string) => readFileSync(join(project.dir, "dist", path), "utf8");
  const page = (path: string) => parseHTML(file(path)).document as unknown as Document;
  const jsonLd = (doc: Document) =>
    JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);

  beforeAll(() => {
    project = copyProject("hefei-correction-");
    for (const edition of readdirSync(join(project.dir, "src/stories/hefei-deals")))
      project.edit(`src/stories/hefei-deals/${edition}`, (mdx) => mdx.replace(CORRECTIONS, "\n"));
    project.edit("src/stories/hefei-deals/en.mdx", addToFrontmatter(log));
    const { status, output } = project.build();
    expect(status, output).toBe(0);
  }, 180_000);
  afterAll(() => project?.remove());

  it("shows the correction, dated, at the top of that edition only", () => {
    const notice = page("en/hefei-deals/index.html").querySelectorAll(".story-head .correction-notice li");
    expect(notice.length).toBe(1);
    expect(notice[0]!.textContent).toBe(`Correction, December 2, 2026: ${CORRECTION}`);
    expect(notice[0]!.querySelector("time")?.getAttribute("datetime")).toBe("2026-12-02");
    for (const locale of locales.filter((l) => l !== "en")) {
      expect(page(`${locale}/hefei-deals/index.html`).querySelector(".correction-notice"), locale).toBeNull();
    }
  });

  it("logs the correction and the update at the foot, beside the notes, and dates the byline by the update", () => {
    const doc = page("en/hefei-deals/index.html");
    const entries = [...doc.querySelectorAll(".endnotes ul.corrections li")].map((li) => li.textContent);
    expect(entries).toEqual([
      `Correction, December 2, 2026: ${CORRECTION}`,
      `Update, December 5, 2026: ${UPDATE}`,
    ]);
    expect(doc.querySelector(".byline")?.textContent).toContain("Updated December 5, 2026");
  });

  it("gives JSON-LD a CorrectionComment and a dateModified that follows the latest entry", () => {
    const data = jsonLd(page("en/hefei-deals/index.html"));
    expect(data.correction).toEqual([
      { "@type": "CorrectionComment", text: CORRECTION, datePublished: "2026-12-02T00:00:00Z" },
    ]);
    expect(data.dateModified).toBe("2026-12-05T00:00:00Z");
    const german = jsonLd(page("de/hefei-deals/index.html"));
    expect(german.correction).toBeUndefined();
    expect(german.dateModified).toBe("2026-11-28T00:00:00Z");
  });

  it("updates that edition's feed entry and mentions the correction in its content", () => {
    const feed = parseHTML(file("feed.xml")).document;
    const entry = (lang: string) => feed.querySelector(`entry[xml\\:lang="${lang}"]`)!;
    expect(entry("en").querySelector("updated")?.textContent).toBe("2026-12-05T00:00:00Z");
    expect(entry("en").querySelector("content")?.textContent).toContain(
      `Correction, December 2, 2026: ${CORRECTION}`,
    );
    expect(entry("de").querySelector("updated")?.textContent).toBe("2026-11-28T00:00:00Z");
    expect(entry("de").querySelector("content")?.textContent).not.toContain("Correction");
    expect(feed.querySelector("feed > updated")?.textContent).toBe("2026-12-05T00:00:00Z");
  });

  it("moves that edition's sitemap lastmod and no other", () => {
    const lastmod = (locale: string) =>
      new RegExp(`/${locale}/hefei-deals/</loc><lastmod>([^<]+)</lastmod>`).exec(file("sitemap.xml"))?.[1];
    expect(lastmod("en")).toBe("2026-12-05");
    expect(lastmod("de")).toBe("2026-11-28");
    expect(lastmod("zh")).toBe("2026-11-28");
  });

  it("carries the correction in the affected chart's SVG and CSV downloads only", () => {
    for (const locale of locales) {
      for (const id of chartIds) {
        const affected = locale === "en" && id === "deals-by-sector";
        const svgText = file(`downloads/${locale}/${id}.svg`)
          .replace(/<[^>]+>/g, " ")
          .replace(/\s+/g, " ");
        const rows = csvParse(file(`downloads/${locale}/${id}.csv`));
        if (affected) {
          expect(svgText).toContain(
            "Correction, December 2, 2026: The chart of the deals listed the sectors",
          );
          // It names deals.sectors, which the chart tables sector by sector: a chart-wide entry, on every row.
          expect(rows.length).toBeGreaterThan(3);
          expect(rows.every((r) => r.corrected === `2026-12-02 correction: ${CORRECTION}`)).toBe(true);
        } else {
          expect(svgText, `${locale}/${id}`).not.toContain("Correction,");
          expect(rows.columns, `${locale}/${id}`).not.toContain("corrected");
        }
      }
    }
  });

  it("carries the correction on the affected chart's embed and JSON download only", () => {
    for (const locale of locales) {
      for (const id of chartIds) {
        const affected = locale === "en" && id === "deals-by-sector";
        const notice = page(`embed/${locale}/${id}/index.html`).querySelectorAll(".embed-corrections li");
        const json = JSON.parse(file(`downloads/${locale}/${id}.json`));
        if (affected) {
          expect(notice.length).toBe(1);
          expect(notice[0]!.textContent).toBe(`Correction, December 2, 2026: ${CORRECTION}`);
          expect(json.corrections).toEqual([
            { date: "2026-12-02", kind: "correction", text: CORRECTION, figures: ["deals.sectors"] },
          ]);
        } else {
          expect(notice.length, `${locale}/${id}`).toBe(0);
          expect(json.corrections, `${locale}/${id}`).toEqual([]);
        }
      }
    }
  });
});

describe("bad corrections in frontmatter", () => {
  it("fail the build, naming the file, the field and what was expected", () => {
    const project = copyProject("hefei-bad-correction-");
    try {
      project.edit(
        "src/stories/hefei-deals/de.mdx",
        addToFrontmatter(`corrections:
  - kind: correction
    text: "Ohne Datum."
  - date: 2026-12-02
    kind: correction
`),
      );
      const { status, output } = project.build();
      expect(status, output).not.toBe(0);
      expect(output).toContain("src/stories/hefei-deals/de.mdx");
      expect(output).toMatch(/corrections\.0\.date\W+expected an ISO date/);
      expect(output).toMatch(/corrections\.1\.text\W+expected the text: one sentence saying what changed/);
    } finally {
      project.remove();
    }
  });
});
