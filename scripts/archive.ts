/**
 * The archive benchmark: how build time and memory grow with the archive. For each N it builds,
 * in a temporary copy of the project, a generated archive of N clearly synthetic stories × 3
 * locales × 4 declared charts (never published, never written to src/), and times a cold build
 * (empty cache), a warm rebuild with nothing changed, and a rebuild after one figure changed.
 * Usage: npm run bench -- --archive 1,10,25   (or --archive 100 for 1, 10, 25, 50, 100)
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { copyProject, type ProjectCopy } from "./lib/projectCopy.ts";

// The site's locales: one catalogue file each in src/i18n/.
const LOCALES = readdirSync("src/i18n")
  .filter((f) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*\.ts$/.test(f))
  .map((f) => f.slice(0, -3));
const TYPES = ["line", "grouped-bar", "stacked-bar", "dot"] as const;
const YEARS = ["2019", "2020", "2021", "2022", "2023", "2024"];

/** Letters only ("aa", "ab", ...): story text may not carry digits, which would read as figures. */
const name = (i: number) =>
  String.fromCharCode(97 + (Math.floor(i / 26) % 26)) + String.fromCharCode(97 + (i % 26));

/** Writes story `i`: a dataset of two series, four declared charts and three editions. */
function writeStory(root: string, i: number): void {
  const id = `synthetic-${name(i)}`;
  const source = {
    name: "Synthetic benchmark data, not a real source",
    url: `https://example.org/synthetic/${id}.html`,
    date: "2026-01-01",
  };
  const records = ["a", "b"].flatMap((series, s) =>
    YEARS.map((year, y) => ({
      id: `${id}.${series}.${year}`,
      label: `Synthetic series ${series}, ${year}`,
      unit: "count",
      // Deterministic values: no randomness, so every run builds the same archive.
      value: 1000 + ((i * 37 + s * 101 + y * 53) % 900),
      status: y === 5 && s === 1 ? "secondary" : "reported",
      source,
      period: year,
      series: `${id}-${series}`,
    })),
  );
  writeFileSync(
    join(root, "src/data", `${id}.json`),
    JSON.stringify(
      {
        id,
        title: `Synthetic dataset ${name(i)}`,
        description: "Generated for the archive benchmark.",
        licence: "CC0",
        records,
      },
      null,
      2,
    ),
  );
  TYPES.forEach((type, k) => {
    const chart = `${id}-${type}`;
    const text = (locale: string) => ({
      title: `Synthetic ${type} chart ${name(i)} (${locale})`,
      subtitle: "Generated for the archive benchmark; not real data.",
      finding: `Series a reached {fact:${id}.a.2024} in 2024.`,
      notes: ["Synthetic."],
      series: { [`${id}-a`]: "Series a", [`${id}-b`]: "Series b" },
    });
    mkdirSync(join(root, "src/charts", chart), { recursive: true });
    writeFileSync(
      join(root, "src/charts", chart, "chart.json"),
      JSON.stringify({
        type,
        dataset: id,
        unit: "count",
        periods: YEARS,
        series: [
          { id: `${id}-a`, color: k % 2 ? "china" : "germany" },
          { id: `${id}-b`, color: "green" },
        ],
        texts: Object.fromEntries(LOCALES.map((l) => [l, text(l)])),
      }),
    );
  });
  mkdirSync(join(root, "src/stories", id), { recursive: true });
  for (const locale of LOCALES) {
    writeFileSync(
      join(root, "src/stories", id, `${locale}.mdx`),
      `---
title: "Synthetic archive story ${name(i)}"
kicker: Benchmark, not for publication
dek: "Generated for the archive benchmark."
description: "Synthetic benchmark content; never published."
byline: ["Benchmark"]
locale: ${locale}
slug: ${id}
published: 2026-01-01
datasets: [${id}]
sources:
  - name: "Synthetic benchmark data"
    url: https://example.org/synthetic/${id}.html
---

Synthetic text for the benchmark. Series a ended at <Fact id="${id}.a.2024" />.

${TYPES.map((type) => `<ChartFigure id="${id}-${type}" />`).join("\n\n")}
`,
    );
  }
}

/** Builds the copy once; wall seconds and peak resident memory (MB) from GNU time. */
function build(copy: ProjectCopy, cache: string): { seconds: number; peakMb: number } {
  const started = performance.now();
  const { status, output } = copy.run("/usr/bin/time", ["-f", "%M", "npx", "astro", "build"], {
    BUILD_CACHE_DIR: cache,
  });
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`build of ${copy.dir} failed:\n${output}`);
  // GNU time prints the peak last, on stderr, which the output ends with.
  const peakKb = Number(output.trim().split("\n").at(-1));
  return { seconds, peakMb: Math.round(peakKb / 1024) };
}

/** One archive size: cold, warm, and one figure changed. */
export function archiveRun(n: number): Record<string, number> {
  const copy = copyProject(`hefei-archive-${n}-`);
  const root = copy.dir;
  try {
    for (let i = 0; i < n; i++) writeStory(root, i);
    const cache = join(root, ".build-cache");
    const cold = build(copy, cache);
    const warm = build(copy, cache);
    const file = join(root, "src/data", `synthetic-${name(0)}.json`);
    const data = JSON.parse(readFileSync(file, "utf8"));
    data.records[0].value += 1;
    writeFileSync(file, JSON.stringify(data, null, 2));
    const changed = build(copy, cache);
    const pages = htmlCount(join(root, "dist"));
    const chartLocales = 4 * 3 * n;
    return {
      stories: n,
      "chart-locales": chartLocales,
      "cold s": round(cold.seconds),
      "warm s": round(warm.seconds),
      "1 figure s": round(changed.seconds),
      "warm/cold %": Math.round((100 * warm.seconds) / cold.seconds),
      "1 figure/warm": round(changed.seconds / warm.seconds, 2),
      pages,
      "cold ms/page": Math.round((1000 * cold.seconds) / pages),
      "cold ms/chart-locale": Math.round((1000 * cold.seconds) / chartLocales),
      "peak MB": Math.max(cold.peakMb, warm.peakMb, changed.peakMb),
    };
  } finally {
    copy.remove();
  }
}

/**
 * How the cold build grows with the archive: the seconds each added chart-locale cost between
 * successive sizes (the marginal cost, free of the fixed start-up the per-page average hides), and
 * a least-squares line over every size. Linear growth shows as steady marginal costs.
 */
export function coldGrowth(rows: readonly Record<string, number>[]): string[] {
  const points = rows.map((r) => [r["chart-locales"]!, r["cold s"]!] as const);
  const lines = points.slice(1).map(([x, y], i) => {
    const [x0, y0] = points[i]!;
    return `cold build from ${x0} to ${x} chart-locales: ${round((1000 * (y - y0)) / (x - x0), 0)} ms per added chart-locale`;
  });
  if (points.length > 1) {
    const mean = (f: (p: readonly [number, number]) => number) =>
      points.reduce((sum, p) => sum + f(p), 0) / points.length;
    const [mx, my] = [mean(([x]) => x), mean(([, y]) => y)];
    const slope =
      points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0) /
      points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
    lines.push(
      `least squares over all sizes: cold s = ${round(my - slope * mx)} + ${round(1000 * slope, 0)} ms × chart-locales`,
    );
  }
  return lines;
}

/** HTML pages in a built dist/. */
function htmlCount(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, d) => sum + (d.isDirectory() ? htmlCount(join(dir, d.name)) : d.name.endsWith(".html") ? 1 : 0),
    0,
  );
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;

/** The archive sizes to run: "1,10,25" as given, or a single N as the steps up to it. */
export function archiveSizes(arg: string): number[] {
  if (arg.includes(",")) return arg.split(",").map(Number);
  const n = Number(arg);
  return [1, 10, 25, 50, 100, 200, 500].filter((s) => s < n).concat(n);
}
