import { chartIds } from "../../src/charts/index.ts";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lastModified, newsArticle } from "../../src/publish/meta.ts";
import { refineStory, storyShape } from "../../src/schemas/story.ts";
import { readDatasets } from "../../src/lib/readDatasets.ts";

// The stories collection's schema, as src/content.config.ts builds it (datasets by id there).
// A dataset, a chart and a figure that exist, whatever the content is.
const datasets = readDatasets("src/data");
const [{ dataset }] = datasets;
const story = z.object(storyShape).superRefine(
  refineStory({
    chartIds,
    figureIds: new Set(datasets.flatMap((d) => d.dataset.records.map((r) => r.id))),
  }),
);
const chart = chartIds[0]!;
const figure = dataset!.records[0]!.id;
const base = {
  title: "A headline",
  dek: "A dek.",
  description: "A description for link previews.",
  byline: ["A team"],
  locale: "en",
  slug: "a-story",
  published: "2026-11-28",
  datasets: [dataset!.id],
  sources: [{ name: "Xinhua", url: "https://en.people.cn/n3/2025/0627/c90000-20333512.html" }],
};
const problems = (corrections: unknown[]) => {
  const result = story.safeParse({ ...base, corrections });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the corrections and updates log in frontmatter", () => {
  it("accepts a dated correction naming a published chart and an existing figure", () => {
    const entry = {
      date: "2026-12-02",
      kind: "correction",
      text: "One sentence.",
      charts: [chart],
      figures: [figure],
    };
    expect(problems([entry])).toEqual([]);
    expect(problems([{ date: "2026-12-03", kind: "update", text: "Another." }])).toEqual([]);
  });

  it.each([
    [{ kind: "correction", text: "No date." }, "corrections.0.date: expected an ISO date (YYYY-MM-DD)"],
    [
      { date: "2026-12-02", kind: "correction" },
      "corrections.0.text: expected the text: one sentence saying what changed",
    ],
    [
      { date: "2026-12-02", kind: "erratum", text: "A kind we do not have." },
      "corrections.0.kind: expected a kind: correction or update",
    ],
    [
      { date: "2026-11-01", kind: "update", text: "Before publication." },
      "corrections.0.date: expected a date on or after published (2026-11-28)",
    ],
    [
      { date: "2026-12-02", kind: "correction", text: "Wrong chart.", charts: ["deals-by-city"] },
      `corrections.0.charts.0: unknown chart id "deals-by-city": expected one of ${chartIds.join(", ")}`,
    ],
    [
      { date: "2026-12-02", kind: "correction", text: "Wrong figure.", figures: ["deals.total"] },
      'corrections.0.figures.0: unknown figure id "deals.total": expected a record id from src/data/*.json',
    ],
  ])("rejects %j, naming the field", (entry, expected) => {
    expect(problems([entry])).toEqual([expected]);
  });

  it("dates the story by its latest entry, and turns only corrections into CorrectionComments", () => {
    const data = story.parse({
      ...base,
      corrections: [
        { date: "2026-12-05", kind: "update", text: "Later." },
        { date: "2026-12-02", kind: "correction", text: "Earlier." },
      ],
    });
    expect(lastModified(data)).toBe("2026-12-05");
    const article = newsArticle({
      headline: "A headline",
      description: "A description.",
      url: "https://example.org/en/a-story/",
      image: "https://example.org/share/en/a-story.png",
      published: data.published,
      modified: lastModified(data),
      authors: data.byline!,
      locale: "en",
      publisher: "Site",
      site: new URL("https://example.org"),
      log: data.corrections,
    });
    expect(article.correction).toEqual([
      { "@type": "CorrectionComment", text: "Earlier.", datePublished: "2026-12-02T00:00:00Z" },
    ]);
    expect(article.dateModified).toBe("2026-12-05T00:00:00Z");
  });
});
