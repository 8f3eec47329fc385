import { cpSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

/** Where the newsroom's content comes from: tests/fixtures/newsroom (see its README). */
export const NEWSROOM_FIXTURE = "tests/fixtures/newsroom";
export const NEWSROOM_STORY = "synthetic-test-story";
export const NEWSROOM_CHART = "synthetic-test-chart";
export const NEWSROOM_DATASET = "synthetic-test";

/** Candidate tags for the locale a newsroom adds, with the language's own name: the first one the project lacks is used. */
const CANDIDATES: [string, string, string][] = [
  ["fr", "fr_FR", "Français"],
  ["es", "es_ES", "Español"],
  ["it", "it_IT", "Italiano"],
  ["nl", "nl_NL", "Nederlands"],
];

/**
 * A catalogue for the new locale, made from the reference catalogue (src/i18n/en.ts) as a
 * translator would start: its tag, Open Graph locale and name are the new language's; the
 * interface strings stay English, which is what the engine must cope with (it checks keys, not words).
 */
function catalogueFrom(english: string, [tag, og, name]: [string, string, string]): string {
  return english
    .replace(/^export type Messages = typeof en;$/m, "")
    .replace(
      "export const en = {",
      `import type { Messages } from "./en.ts";\n\nexport const ${tag}: Messages = {`,
    )
    .replace(/intlLocale: "en"/, `intlLocale: "${tag}"`)
    .replace(/ogLocale: "en_US"/, `ogLocale: "${og}"`)
    .replace(/languageName: "English"/, `languageName: "${name}"`)
    .replace("export default en;", `export default ${tag};`);
}

/**
 * Adds, as the README says a newsroom does, a dataset, a declared chart, a story in English and in
 * a new locale, that locale's catalogue and its tagline and byline in src/site.config.ts.
 * Returns the new locale's tag.
 */
export function addNewsroomContent(project: ProjectCopy): string {
  const existing = readdirSync(join(project.dir, "src/i18n")).map((f) => f.replace(/\.ts$/, ""));
  const locale = CANDIDATES.find(([tag]) => !existing.includes(tag));
  if (!locale)
    throw new Error("tests/support/newsroom.ts: every candidate locale exists already: add another");
  const [tag] = locale;
  writeFileSync(
    join(project.dir, `src/i18n/${tag}.ts`),
    catalogueFrom(readFileSync(join(project.dir, "src/i18n/en.ts"), "utf8"), locale),
  );
  project.edit("src/site.config.ts", (ts) =>
    ts
      .replace(
        /tagline: \{\n/,
        `tagline: {\n    ${tag}: "Des histoires de données, chaque chiffre sourcé",\n`,
      )
      .replace(/byline: \{\n/, `byline: {\n    ${tag}: ["L'équipe données"],\n`),
  );
  // The fixture's content exactly, even in a project that already holds an earlier copy of it
  // (a project copy made by these very tests, then tested again).
  for (const path of [
    `src/stories/${NEWSROOM_STORY}`,
    `src/charts/${NEWSROOM_CHART}`,
    `src/data/${NEWSROOM_DATASET}.json`,
  ])
    rmSync(join(project.dir, path), { recursive: true, force: true });
  cpSync(join(NEWSROOM_FIXTURE, "data"), join(project.dir, "src/data"), { recursive: true });
  cpSync(join(NEWSROOM_FIXTURE, "charts"), join(project.dir, "src/charts"), { recursive: true });
  cpSync(join(NEWSROOM_FIXTURE, "stories"), join(project.dir, "src/stories"), { recursive: true });
  const story = `src/stories/${NEWSROOM_STORY}`;
  renameSync(join(project.dir, story, "__LOCALE__.mdx"), join(project.dir, story, `${tag}.mdx`));
  project.edit(`${story}/${tag}.mdx`, (mdx) => mdx.replaceAll("__LOCALE__", tag));
  project.edit(`src/charts/${NEWSROOM_CHART}/chart.json`, (json) => json.replaceAll("__LOCALE__", tag));
  return tag;
}

/** Appends entries to a story edition's corrections log (after its other frontmatter). */
export const logEntries = (entries: string) => (mdx: string) =>
  mdx.replace(/\n---\n/, `\ncorrections:\n${entries}---\n`);
