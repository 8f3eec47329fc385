import { cpSync, existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, type ProjectCopy } from "../support/projectCopy.ts";

/**
 * A copy of the site with a second, English-only story (tests/fixtures/second-story) that cites
 * a chart declared in one chart.json: adding them touches no other file, and the build gives the
 * chart everything a chart has, in English only, linked to its own story.
 */
const FIXTURE = "tests/fixtures/second-story";
const STORY = "synthetic-test-story";
const CHART = "synthetic-test-chart";
let project: ProjectCopy;
let dist = "";
let output = "";
let status: number | null = null;

beforeAll(() => {
  project = copyProject("hefei-second-");
  dist = join(project.dir, "dist");
  cpSync(join(FIXTURE, "stories"), join(project.dir, "src/stories"), { recursive: true });
  cpSync(join(FIXTURE, "charts"), join(project.dir, "src/charts"), { recursive: true });
  ({ status, output } = project.build());
}, 240_000);
afterAll(() => project?.remove());

const file = (path: string) => join(dist, path);
const page = (path: string) => parseHTML(readFileSync(file(path), "utf8")).document as unknown as Document;

describe("a second story with a declared chart, added as two files", () => {
  it("builds", () => {
    expect(status, output).toBe(0);
  });

  it("has its page, with the declared chart drawn as SVG and tabled", () => {
    const doc = page(`en/${STORY}/index.html`);
    expect(doc.querySelector("h1")?.textContent).toMatch(
      /^Synthetic test story: 297\.9 billion euros as bars$/,
    );
    expect(doc.querySelectorAll(`figure#chart-${CHART} .artboard svg[role="img"]`).length).toBe(2);
    // China and the US, 2022 to 2024: two series over three periods.
    expect(doc.querySelectorAll(`figure#chart-${CHART} tbody tr`).length).toBe(6);
    expect(doc.querySelector(`figure#chart-${CHART} svg style`)).toBeNull();
  });

  it("has an English embed linking to its own story, and no German or Chinese one", () => {
    const doc = page(`embed/en/${CHART}/index.html`);
    expect(doc.querySelector(".embed-credit a")?.getAttribute("href")).toMatch(new RegExp(`/en/${STORY}/$`));
    for (const locale of ["de", "zh"]) {
      expect(existsSync(file(`embed/${locale}/${CHART}`)), `embed/${locale}/${CHART}`).toBe(false);
      expect(existsSync(file(`oembed/${locale}/${CHART}.json`))).toBe(false);
      expect(readdirSync(file(`downloads/${locale}`)).filter((f) => f.startsWith(CHART))).toEqual([]);
    }
  });

  it("has an oEmbed document and every download in English", () => {
    const oembed = JSON.parse(readFileSync(file(`oembed/en/${CHART}.json`), "utf8"));
    expect(oembed.html).toContain(`/embed/en/${CHART}/`);
    expect(oembed.title).toBe("Synthetic test chart: trade with China and the US as bars");
    for (const ext of ["svg", "png", "csv", "json"])
      expect(existsSync(file(`downloads/en/${CHART}.${ext}`)), ext).toBe(true);
    expect(readFileSync(file(`downloads/en/${CHART}.svg`), "utf8")).toContain(`/en/${STORY}/`);
  });

  it("has its own share image, showing its own chart", () => {
    const own = readFileSync(file(`share/en/${STORY}.png`));
    expect(own.subarray(1, 4).toString()).toBe("PNG");
    expect(own.equals(readFileSync(file("share/en/hefei-deals.png")))).toBe(false);
    const meta = page(`en/${STORY}/index.html`).querySelector('meta[property="og:image:alt"]');
    expect(meta?.getAttribute("content")).toBe("Synthetic test chart: trade with China and the US as bars");
  });

  it("is in the feed and the sitemap, in English only", () => {
    expect(readFileSync(file("feed.xml"), "utf8")).toContain(`/en/${STORY}/`);
    const sitemap = readFileSync(file("sitemap.xml"), "utf8");
    expect(sitemap).toContain(`/en/${STORY}/</loc>`);
    expect(sitemap).not.toContain(`/de/${STORY}/`);
  });

  it("leaves the first story and its charts as they were", () => {
    const doc = page("en/hefei-deals/index.html");
    expect(doc.querySelectorAll("figure.chart-figure").length).toBeGreaterThan(0);
    expect(doc.querySelector(`figure#chart-${CHART}`)).toBeNull();
    expect(existsSync(file("embed/de/deals-by-sector/index.html"))).toBe(true);
  });
});
