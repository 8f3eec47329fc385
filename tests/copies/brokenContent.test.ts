import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  NEWSROOM_CHART as CHART,
  NEWSROOM_DATASET as DATASET,
  NEWSROOM_STORY as STORY,
  addNewsroomContent,
  logEntries,
} from "../support/newsroom.ts";
import { copyProject, type ProjectCopy } from "../../scripts/lib/projectCopy.ts";

/**
 * Broken content fails the build with a message naming the file, the place and what was expected,
 * as Astro reports it (the checks themselves are unit-tested: a series typo in
 * src/charts/kit/declared/declaredChart.test.ts, a catalogue's missing key in tests/unit/i18n.test.ts).
 * One copy with the newsroom's content (tests/fixtures/newsroom); each case breaks one file, builds,
 * and puts the file back.
 */
let project: ProjectCopy;
let locale = "";
beforeAll(() => {
  project = copyProject("broken-");
  locale = addNewsroomContent(project);
});
afterAll(() => project?.remove());

/**
 * Loads the content with one file changed (`astro sync`, the first step of `astro build`, where
 * every one of these mistakes stops it), then restores the file: status and output.
 */
function buildWith(path: string, change: (text: string) => string) {
  const file = join(project.dir, path);
  const original = readFileSync(file, "utf8");
  writeFileSync(file, change(original));
  try {
    return project.run("npx", ["astro", "sync"]);
  } finally {
    writeFileSync(file, original);
  }
}

describe("astro build on broken content", () => {
  it("passes with the content intact (the cases below each break one file)", () => {
    const { status, output } = project.run("npx", ["astro", "sync"]);
    expect(status, output).toBe(0);
  });

  it("a dataset value of the wrong type: names the file, the record and the field", () => {
    const { status, output } = buildWith(`src/data/${DATASET}.json`, (text) => {
      const data = JSON.parse(text);
      data.records[0].value = "many";
      return JSON.stringify(data, null, 2);
    });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(
      new RegExp(`src/data/${DATASET}\\.json: records\\[0\\] \\(id "[^"]+"\\)\\.value: expected a number`),
    );
  });

  it("invalid JSON in a dataset: names the file, line and column", () => {
    const { status, output } = buildWith(`src/data/${DATASET}.json`, (text) =>
      text.replace('"records": [', '"records": [,'),
    );
    expect(status, output).not.toBe(0);
    expect(output).toMatch(new RegExp(`src/data/${DATASET}\\.json:\\d+:\\d+: expected valid JSON`));
  });

  it("invalid JSON in a chart declaration: names the file, line and column", () => {
    const { status, output } = buildWith(`src/charts/${CHART}/chart.json`, (text) =>
      text.replace('"type":', "type:"),
    );
    expect(status, output).not.toBe(0);
    expect(output).toContain(`src/charts/${CHART}/chart.json:2:3: expected valid JSON`);
  });

  it("a language without its tagline in the site configuration: names the file and the key", () => {
    const { status, output } = buildWith("src/site.config.ts", (text) =>
      text.replace(new RegExp(`\\n\\s+${locale}: "[^"]*",`), ""),
    );
    expect(status, output).not.toBe(0);
    expect(output).toContain(`src/site.config.ts: tagline.${locale}: missing (src/i18n/${locale}.ts exists)`);
  });

  it("corrections without a date or a text: name the file and the field", () => {
    const { status, output } = buildWith(
      `src/stories/${STORY}/en.mdx`,
      logEntries(`  - kind: correction\n    text: "No date."\n  - date: 2026-12-02\n    kind: correction\n`),
    );
    expect(status, output).not.toBe(0);
    expect(output).toContain(`src/stories/${STORY}/en.mdx`);
    expect(output).toMatch(/corrections\.0\.date\W+expected an ISO date/);
    expect(output).toMatch(/corrections\.1\.text\W+expected the text: one sentence saying what changed/);
  });

  it("a correction dated after the day of the build: names the file and the entry", () => {
    const { status, output } = buildWith(
      `src/stories/${STORY}/en.mdx`,
      logEntries(`  - date: 2999-01-01\n    kind: update\n    text: "From the future."\n`),
    );
    expect(status, output).not.toBe(0);
    expect(output).toContain(`${STORY}/en`);
    expect(output).toMatch(/corrections\.0\.date: 2999-01-01 is after the build day \(\d{4}-\d{2}-\d{2}\)/);
  });
});
