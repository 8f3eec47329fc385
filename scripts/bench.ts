/**
 * Performance of the built site: build time, the weight and request count of every page as
 * Chromium loads it, the story's interactions on a slowed CPU (input to next frame), and
 * Lighthouse mobile scores of the story and two embeds.
 * Usage: npm run bench  (builds dist/ first; takes two to four minutes)
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { chartFolders } from "../src/publish/remarkFacts.ts";
import { archiveRun, archiveSizes, coldGrowth } from "./archive.ts";
import { launchChromium } from "./lib/chromium.ts";
import { distFiles, gzipSize } from "./lib/files.ts";
import { bestOfThree, describeFailures, lighthousePages } from "./lib/lighthouse.ts";
import { serveStatic } from "./lib/server.ts";
import { bestOfThreeInteractions, CPU_SLOWDOWN, NEXT_FRAME_BUDGET } from "./lib/interactions.ts";

// `npm run bench -- --archive 1,10,25`: the archive benchmark alone (scripts/archive.ts).
const archiveArg = process.argv.indexOf("--archive");
if (archiveArg > 0) {
  const rows = [];
  for (const n of archiveSizes(process.argv[archiveArg + 1] ?? "10")) {
    rows.push(archiveRun(n));
    console.log(`archive of ${n}: done`);
  }
  console.log("\nArchive benchmark (synthetic stories × 3 locales × 4 declared charts, temporary copy):");
  printTable(rows);
  for (const line of coldGrowth(rows)) console.log(line);
  process.exit(0);
}

/** Playwright resource types grouped into the table's columns. */
const KINDS: Record<string, string> = { document: "html", stylesheet: "css", script: "js" };

const started = performance.now();
const build = spawnSync("npx", ["astro", "build"], {
  encoding: "utf8",
  env: { ...process.env, TZ: "UTC", ASTRO_TELEMETRY_DISABLED: "1" },
});
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr);
  throw new Error(`astro build failed (exit ${build.status})`);
}
console.log(`build: ${buildSeconds.toFixed(1)} s\n`);

// What a chart costs to add and keep: its folder's files and lines, tests apart.
const charts = [...chartFolders("src/charts")].map((id) => {
  const files = readdirSync(join("src/charts", id));
  const lines = (names: string[]) =>
    names.reduce((sum, f) => sum + readFileSync(join("src/charts", id, f), "utf8").split("\n").length - 1, 0);
  const tests = files.filter((f) => f.endsWith(".test.ts"));
  const source = files.filter((f) => !tests.includes(f));
  return {
    chart: id,
    kind: files.includes("chart.json") ? "declared" : "bespoke",
    files: source.length,
    lines: lines(source),
    "test files": tests.length,
    "test lines": lines(tests),
  };
});
console.log("Charts (src/charts/<id>/):");
printTable(charts);
const clientJs = distFiles()
  .filter((f) => f.endsWith(".js"))
  .map((f) => ({ file: f, gzip: gzipSize(readFileSync(join("dist", f))) }));
console.log(`\nclient JS in dist/: ${clientJs.map((j) => `${j.file} ${j.gzip} B`).join(", ")} (gzip)\n`);

/** Every HTML page in dist/ as a URL path: the home page, stories, embeds, then the rest. */
const order = (path: string) =>
  path === "/" ? 0 : path.startsWith("/embed/") ? 2 : path.endsWith("/") ? 1 : 3;
const pages = distFiles()
  .filter((file) => file.endsWith(".html"))
  .map((file) => "/" + file.replace(/(^|\/)index\.html$/, "$1"))
  .sort((a, b) => order(a) - order(b) || a.localeCompare(b));

const { url: origin, server } = await serveStatic("dist");
const browser = await launchChromium();

const weights: Record<string, string | number>[] = [];
for (const path of pages) {
  // A fresh context per page: an empty cache, so every page pays for its own files.
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const sizes: Promise<{ kind: string; bytes: number }>[] = [];
  page.on("response", (response) => {
    if (!response.url().startsWith(origin + "/")) return;
    const kind = KINDS[response.request().resourceType()] ?? "other";
    sizes.push(
      response
        .body()
        .then((body) => ({ kind, bytes: gzipSize(body) }))
        .catch(() => ({ kind, bytes: 0 })),
    );
  });
  await page.goto(origin + path, { waitUntil: "load" });
  const loaded = await Promise.all(sizes);
  await context.close();
  const sum = (kind?: string) =>
    loaded.filter((r) => !kind || r.kind === kind).reduce((total, r) => total + r.bytes, 0);
  weights.push({
    page: path,
    html: sum("html"),
    css: sum("css"),
    js: sum("js"),
    other: sum("other"),
    total: sum(),
    requests: loaded.length,
  });
}
// Responsiveness: every interaction of the story at 360 px with the CPU slowed, input to next frame.
// The newest story of the default locale: the first page lighthousePages() picks.
const interactions = await bestOfThreeInteractions(browser, `${origin}${lighthousePages()[0]}`);
await browser.close();

console.log("Page weight as loaded in Chromium (same-origin responses, bytes gzipped at level 9):");
printTable(weights);

const scores: Record<string, string | number>[] = [];
const failures: string[] = [];
for (const path of lighthousePages()) {
  const result = await bestOfThree(origin + path);
  scores.push({ page: path, ...result.scores, runs: result.runs });
  if (result.failing.length) failures.push(`${path}\n${describeFailures(result.failing)}`);
}
server.close();

console.log(
  `\nInteractions on ${lighthousePages()[0]} at 360 px, CPU slowed ${CPU_SLOWDOWN}×, input to next paint in ms ` +
    `(budget ${NEXT_FRAME_BUDGET}; best of ${interactions.runs} run${interactions.runs > 1 ? "s" : ""}):`,
);
printTable(
  interactions.frames.map((t) => ({ ...t, "within budget": t.worst <= NEXT_FRAME_BUDGET ? "yes" : "NO" })),
);

console.log("\nLighthouse mobile, simulated throttling, best of up to three runs:");
printTable(scores);
if (failures.length) console.log(`\nAudits below 1 in the best run:\n${failures.join("\n")}`);
console.log(`\ntotal: ${((performance.now() - started) / 1000).toFixed(0)} s`);

/** An aligned plain-text table: text left, numbers right. */
function printTable(rows: Record<string, string | number>[]): void {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (row: Record<string, string | number>, column: string) => String(row[column] ?? "");
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((row) => cell(row, c).length)));
  const line = (values: string[], numeric: boolean[]) =>
    values.map((v, i) => (numeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join("  ");
  const numeric = columns.map((c) => rows.every((row) => typeof row[c] === "number"));
  console.log(line(columns, numeric));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows)
    console.log(
      line(
        columns.map((c) => cell(row, c)),
        numeric,
      ),
    );
}
