import { csvParse } from "d3";
import { XMLValidator } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chartById } from "../../src/charts/index.ts";
import { locales } from "../../src/i18n/index.ts";
import { readDatasets } from "../../src/lib/readDatasets.ts";
/** The pixel size an exported SVG declares on its root element. */
const svgSize = (svg: string) => {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  return {
    width: Number(/\swidth="(\d+)"/.exec(root)?.[1]),
    height: Number(/\sheight="(\d+)"/.exec(root)?.[1]),
  };
};
import { DIST, distFile, distPage } from "../support/dist.ts";
import { editions, publishedCharts } from "../support/published.ts";
import { childId } from "../../src/lib/embed.ts";
import { headersFor, parseHeaders } from "../../scripts/lib/server.ts";

// The locales some edition cites a chart in: each has embeds (a locale with a catalogue and no
// edition yet has none).
const chartLocales = locales.filter((l) => publishedCharts().some((p) => p.locale === l));

const datasets = new Map(readDatasets("src/data").map(({ dataset }) => [dataset.id, dataset]));

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

describe.each(chartLocales)("embeds and downloads, %s", (locale) => {
  // The charts some story edition in this locale cites: each has an embed, oEmbed and downloads.
  const published = publishedCharts().filter((p) => p.locale === locale);
  const chartIds = published.map((p) => p.id);
  const storyOf = (id: string) => published.find((p) => p.id === id)!.story;

  it.each(chartIds)("%s has an embed page with the figure, oEmbed discovery and no site chrome", (id) => {
    const doc = distPage(`embed/${locale}/${id}/index.html`);
    expect(doc.documentElement.getAttribute("lang")).toMatch(new RegExp(`^${locale}`));
    expect(doc.querySelector(`figure#chart-${id} h1`)).not.toBeNull();
    expect(doc.querySelectorAll(`figure#chart-${id} .artboard svg`).length).toBe(2);
    expect(doc.querySelector(`figure#chart-${id} table`)).not.toBeNull();
    expect(doc.querySelector(".site-header, .embed-this")).toBeNull();
    const link = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]');
    expect(new URL(link!.getAttribute("href")!).pathname).toBe(`/oembed/${locale}/${id}.json`);
    expect(doc.querySelector(".embed-credit a")?.getAttribute("href")).toMatch(
      new RegExp(`/${locale}/${storyOf(id)}/$`),
    );
  });

  it.each(chartIds)("%s has an oEmbed document whose html embeds the chart", (id) => {
    const oembed = JSON.parse(distFile(`oembed/${locale}/${id}.json`));
    expect(oembed).toMatchObject({ version: "1.0", type: "rich", provider_name: expect.any(String) });
    for (const field of [
      "title",
      "html",
      "width",
      "height",
      "provider_url",
      "thumbnail_url",
      "thumbnail_width",
      "thumbnail_height",
    ]) {
      expect(oembed[field], field).toBeTruthy();
    }
    expect(oembed.html).toContain(`/embed/${locale}/${id}/?childId=`);
    expect(oembed.html).toContain("/embed.js");
    expect(oembed.html).toContain('loading="lazy"');
    const cacheControl = headersFor(parseHeaders(distFile("_headers")), `/oembed/${locale}/${id}.json`).get(
      "cache-control",
    );
    expect(cacheControl).toBe(`public, max-age=${oembed.cache_age}`);
    const png = readFileSync(`${DIST}${new URL(oembed.thumbnail_url).pathname}`);
    expect(pngSize(png)).toEqual({ width: oembed.thumbnail_width, height: oembed.thumbnail_height });
  });

  it.each(chartIds)("%s downloads as a well-formed, self-contained SVG", (id) => {
    const svg = distFile(`downloads/${locale}/${id}.svg`);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<(script|style|image|foreignObject)\b/);
    expect(svg).not.toMatch(/(?:xlink:)?href=|url\(|@import|\sclass=/);
    expect(svg).toContain(
      chartById(id)
        .title(datasets.get(chartById(id).dataset)!.records, locale)
        .replace(/&/g, "&amp;"),
    );
  });

  it.each(chartIds)("%s downloads as a PNG at twice the SVG's size", (id) => {
    const { width, height } = svgSize(distFile(`downloads/${locale}/${id}.svg`));
    expect(pngSize(readFileSync(`${DIST}/downloads/${locale}/${id}.png`))).toEqual({
      width: width * 2,
      height: height * 2,
    });
  });

  it.each(chartIds)("%s data downloads parse back to the dataset's values, with source and licence", (id) => {
    const dataset = datasets.get(chartById(id).dataset)!;
    const rows = csvParse(distFile(`downloads/${locale}/${id}.csv`));
    const cited = chartById(id).cited(dataset.records);
    expect(rows.map((r) => r.id)).toEqual(cited.map((r) => r.id));
    rows.forEach((row, i) => {
      const record = cited[i]!;
      if (typeof record.value === "number") expect(Number(row.value)).toBe(record.value);
      if (record.value === null) expect([row.value, row.not_disclosed]).toEqual(["", "true"]);
      if (record.unit === "coordinates")
        expect([Number(row.lat), Number(row.lon)]).toEqual([record.value.lat, record.value.lon]);
      expect(row.status).toBe(record.status);
      expect(row.source_url).toBe(record.source.url);
      expect(row.licence).toBe(dataset.licence);
    });
    const json = JSON.parse(distFile(`downloads/${locale}/${id}.json`));
    expect(json.licence).toBe(dataset.licence);
    expect(json.records).toEqual(cited);
  });
});

describe("the embed snippets under each chart", () => {
  it.each(editions().map((e) => [e.locale, e.slug, e.charts] as const))(
    "%s/%s offers a lazy iframe and the loader",
    (locale, slug, charts) => {
      const doc = distPage(`${locale}/${slug}/index.html`);
      for (const id of charts) {
        const code = doc.querySelector(`#chart-${id} .embed-code code`)?.textContent ?? "";
        expect(code).toMatch(
          new RegExp(
            `<iframe src="https?://[^"]+/embed/${locale}/${id}/\\?childId=${childId(locale, id)}" title="[^"]+" width="720" height="\\d+" loading="lazy"`,
          ),
        );
        expect(code).toContain('<script async src="');
        // Nothing but the code inside the <pre>s: stray whitespace there would show as indentation.
        expect(doc.querySelector(`#chart-${id} .embed-code pre`)?.textContent).toBe(code);
        const pym = doc.querySelector(`#chart-${id} .embed-pym`)?.textContent ?? "";
        expect(pym.startsWith(`<div id="${childId(locale, id)}"></div>\n<script>new pym.Parent(`), pym).toBe(
          true,
        );
      }
    },
  );

  it("ships a loader under 2 KB gzipped", async () => {
    const { gzipSize } = await import("../support/dist.ts");
    expect(gzipSize(distFile("embed.js"))).toBeLessThanOrEqual(2048);
  });
});
