import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distFile, distFiles } from "../support/dist.ts";
import { svgAttributeProblemsIn } from "../support/svgAttributes.ts";

// Frozen chart versions are copied from public/ byte for byte and never change (README, "Publish
// a chart version"); every file the build itself writes is checked.
const built = distFiles().filter((file) => !existsSync(join("public", file)));
const svgFiles = built.filter((file) => file.endsWith(".svg"));
const pages = built.filter((file) => file.endsWith(".html"));

describe("SVG attributes in the built site", () => {
  it("the check knows an invalid value when it sees one", () => {
    expect(
      svgAttributeProblemsIn('<svg><g font-variant="tabular-nums"><text>1</text></g></svg>', "svg"),
    ).toEqual([{ element: "g", attribute: "font-variant", value: "tabular-nums" }]);
    expect(svgAttributeProblemsIn('<svg><text font-variant="small-caps">1</text></svg>', "svg")).toEqual([]);
  });

  it("finds SVG downloads and pages with inline SVG to check", () => {
    expect(svgFiles.some((file) => file.startsWith("downloads/"))).toBe(true);
    expect(pages.filter((file) => distFile(file).includes("<svg")).length).toBeGreaterThan(0);
  });

  it("writes only values SVG 1.1 allows in keyword presentation attributes (downloads and pages)", () => {
    const problems = [
      ...svgFiles.map((file) => ({ file, found: svgAttributeProblemsIn(distFile(file), "svg") })),
      ...pages.map((file) => ({ file, found: svgAttributeProblemsIn(distFile(file), "html") })),
    ].flatMap(({ file, found }) => found.map((p) => `${file}: <${p.element} ${p.attribute}="${p.value}">`));
    expect(problems).toEqual([]);
  });
});
