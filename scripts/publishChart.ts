/**
 * Publishes the current state of charts as a new frozen version, in every locale a story cites
 * them: `npm run publish-chart <chart-id> [<chart-id> …]` (or `--all`), optionally `--date
 * YYYY-MM-DD` (default: today, UTC). It builds the site, then copies each chart's embed page and
 * downloads into public/embed/<locale>/<chart-id>/v<N>/, which Astro copies into every later
 * build as-is: byte for byte what readers saw, whatever later changes to code, data or
 * translations. It appends the version to src/charts/<chart-id>/versions.json and measures the
 * embeds' heights (src/charts/<chart-id>/embedHeights.json).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { csvParse } from "d3";
import { locales, type Locale } from "../src/i18n/index.ts";
import { describeFigureChange, figureChanges } from "../src/lib/figureChanges.ts";
import type { FigureRecord } from "../src/schemas/dataset.ts";
import { paths } from "../src/lib/embed.ts";
import { parseVersions, type ChartVersion, type ChartVersions } from "../src/schemas/versions.ts";
import { FROZEN_ASSETS, NOTICE_MARKER, withVersionNotice } from "../src/publish/versionNotice.ts";
import { latestEmbeds, measureEmbeds, writeEmbedHeights } from "./measureEmbeds.ts";

const DIST = "dist";
const EXTS = ["svg", "png", "csv", "json"] as const;

function fail(message: string): never {
  console.error(`publish-chart: ${message}`);
  process.exit(1);
}

/** The manifest of a chart's versions, or none yet. */
function readManifest(id: string): ChartVersions | undefined {
  const file = `src/charts/${id}/versions.json`;
  return existsSync(file) ? parseVersions(JSON.parse(readFileSync(file, "utf8")), file) : undefined;
}

/** What a chart's JSON download holds: the records it draws and the log entries it carries. */
interface ChartJson {
  records: (FigureRecord & { id: string })[];
  corrections?: { date: string; kind: string; text: string }[];
}

const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as ChartJson;
const entryKey = (e: { date: string; kind: string; text: string }) => `${e.date}|${e.kind}|${e.text}`;

/**
 * The log entries the chart's latest JSON download carries that the previous version's did not:
 * decided by what that version carried, not by dates, so an entry of the same day counts.
 */
function newEntries(locale: Locale, id: string, previous: number): string[] {
  const carried = new Set(
    (readJson(join("public", paths.versionDownload(locale, id, previous, "json"))).corrections ?? []).map(
      entryKey,
    ),
  );
  return (readJson(join(DIST, paths.download(locale, id, "json"))).corrections ?? [])
    .filter((c) => !carried.has(entryKey(c)))
    .map((c) => c.text);
}

/** The figures' labels in a locale, as the chart's table and CSV download print them. */
function labels(locale: Locale, id: string): Map<string, string> {
  const rows = csvParse(readFileSync(join(DIST, paths.download(locale, id, "csv")), "utf8"));
  return new Map(rows.map((row) => [row["id"]!, row["label"]!]));
}

/**
 * The built embed page, made self-standing as version `n`: its scripts point at frozen copies
 * (the build's hashed /_astro/ files change name with any later change), its download links and
 * canonical URL at the version, and an empty marker at the top of <main> is where a notice goes
 * once a newer version exists.
 */
/** Paths of built assets (`/_astro/<name>`) in a page or a script, each with the quote before it. */
const ASSET = /(["'`(])\/_astro\/([^"'`)?#]+)/g;

/**
 * Copies a built asset into public/embed/_frozen/ under its hashed name, and first every asset it
 * names itself (a chart's script loads its explorer and Listen islands by URL on first use): those
 * references are rewritten to the frozen copies, so a version never reaches into a later build.
 */
function freezeAsset(name: string, seen = new Set<string>()): void {
  if (seen.has(name)) return;
  seen.add(name);
  const built = readFileSync(join(DIST, "_astro", name));
  const refs = /\.(m?js|css)$/.test(name)
    ? [...built.toString("utf8").matchAll(ASSET)].map((m) => m[2]!)
    : [];
  for (const ref of refs) freezeAsset(ref, seen);
  const bytes = refs.length
    ? Buffer.from(
        built
          .toString("utf8")
          .replace(ASSET, (_, quote: string, ref: string) => `${quote}/${FROZEN_ASSETS}/${ref}`),
      )
    : built;
  const frozen = join("public", FROZEN_ASSETS, name);
  // Astro names bundles by content hash: an existing copy of that name must hold the same bytes.
  if (existsSync(frozen) && !readFileSync(frozen).equals(bytes))
    fail(`${frozen} exists with other content than ${DIST}/_astro/${name}`);
  mkdirSync(dirname(frozen), { recursive: true });
  writeFileSync(frozen, bytes);
}

function freezePage(html: string, locale: Locale, id: string, n: number): string {
  let out = html.replace(ASSET, (_, quote: string, name: string) => {
    freezeAsset(name);
    return `${quote}/${FROZEN_ASSETS}/${name}`;
  });
  for (const ext of EXTS)
    out = out.split(paths.download(locale, id, ext)).join(paths.versionDownload(locale, id, n, ext));
  out = out.split(`${paths.embed(locale, id)}"`).join(`${paths.embedVersion(locale, id, n)}"`);
  // Its oEmbed discovery names the version's own document, so a CMS given this URL embeds this version.
  out = out.split(`${paths.oembed(locale, id)}"`).join(`${paths.oembedVersion(locale, id, n)}"`);
  if (!/<main>/.test(out))
    fail(`${DIST}${paths.embed(locale, id)}index.html: no <main> for the version notice`);
  return out.replace("<main>", `<main>${NOTICE_MARKER}`);
}

const args = process.argv.slice(2);
const dateAt = args.indexOf("--date");
const date = dateAt >= 0 ? args[dateAt + 1] : new Date().toISOString().slice(0, 10);
if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date: expected YYYY-MM-DD, got "${date}"`);
const named = args.filter((a, i) => !a.startsWith("--") && (dateAt < 0 || i !== dateAt + 1));
if (!named.length && !args.includes("--all"))
  fail("name the charts to publish (npm run publish-chart <chart-id> …) or pass --all");
for (const id of named)
  if (!existsSync(`src/charts/${id}`)) fail(`unknown chart "${id}": no folder src/charts/${id}/`);

if (!args.includes("--no-build")) {
  const build = spawnSync("npx", ["astro", "build"], {
    stdio: "inherit",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", TZ: "UTC" },
  });
  if (build.status !== 0) fail("the build failed; nothing was published");
}

const built = (id: string) => locales.filter((l) => existsSync(join(DIST, "embed", l, id, "index.html")));
// --all: every chart some story cites, i.e. every latest embed page of the build.
const ids = args.includes("--all")
  ? [...new Set(latestEmbeds(DIST).map((path) => path.split("/")[3]!))].sort()
  : named;

for (const id of ids) {
  const inLocales = built(id);
  if (!inLocales.length) fail(`chart "${id}": no story cites it, so it has no embed page to publish`);
  const manifest = readManifest(id) ?? { chart: id, versions: [] };
  const previous = manifest.versions.at(-1);
  if (previous && date < previous.date) fail(`chart "${id}": --date ${date} is before v${previous.number}`);
  const n = (previous?.number ?? 0) + 1;

  for (const locale of inLocales) {
    const dir = join("public", paths.embedVersion(locale, id, n));
    if (existsSync(dir)) fail(`${dir} already exists: versions are never overwritten`);
    mkdirSync(dir, { recursive: true });
    const html = readFileSync(join(DIST, paths.embed(locale, id), "index.html"), "utf8");
    writeFileSync(join(dir, "index.html"), freezePage(html, locale, id, n));
    for (const ext of EXTS)
      copyFileSync(join(DIST, paths.download(locale, id, ext)), join(dir, `${id}.${ext}`));
  }

  const changes: Record<Locale, string> = Object.fromEntries(
    previous
      ? inLocales.flatMap((l) => {
          const texts = previous.locales.includes(l) ? newEntries(l, id, previous.number) : [];
          return texts.length ? [[l, texts.join(" ")]] : [];
        })
      : [],
  );
  // The published figures this version changes, against what the previous version showed.
  const before =
    previous &&
    readJson(join("public", paths.versionDownload(previous.locales[0]!, id, previous.number, "json")));
  const after = readJson(join(DIST, paths.download(inLocales[0]!, id, "json")));
  const figures = before ? figureChanges(before.records, after.records) : [];
  const version: ChartVersion = {
    number: n,
    date,
    locales: inLocales,
    heights: {},
    changes,
    figures: figures as ChartVersion["figures"],
  };
  // The frozen pages are measured as served (their scripts from public/, not yet in dist/).
  const heights = await measureEmbeds(
    "public",
    inLocales.map((l) => paths.embedVersion(l, id, n)),
  );
  for (const l of inLocales) version.heights[l] = heights.get(paths.embedVersion(l, id, n))!;

  // The older version now says that this one exists, and why; nothing else of it changes.
  if (previous)
    for (const l of previous.locales) {
      const file = join("public", paths.embedVersion(l, id, previous.number), "index.html");
      const named = inLocales.includes(l) ? labels(l, id) : new Map<string, string>();
      const lines = figures.map((f) => describeFigureChange(f, l, named.get(f.id)));
      const why = [changes[l], ...lines].filter(Boolean).join(" ") || undefined;
      writeFileSync(file, withVersionNotice(readFileSync(file, "utf8"), { locale: l, id, date, why }));
    }

  manifest.versions.push(version);
  const file = `src/charts/${id}/versions.json`;
  writeFileSync(file, JSON.stringify(manifest, null, 2) + "\n");
  spawnSync("npx", ["prettier", "--write", file], { stdio: "ignore" });
  console.log(`published ${id} v${n} (${inLocales.join(", ")})`);
}

console.log("measured", await writeEmbedHeights(DIST));
