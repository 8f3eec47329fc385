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
import { locales, type Locale } from "../src/i18n/index.ts";
import { paths } from "../src/lib/embed.ts";
import { parseVersions, type ChartVersion, type ChartVersions } from "../src/schemas/versions.ts";
import { FROZEN_ASSETS, NOTICE_MARKER, withVersionNotice } from "../src/lib/versionNotice.ts";
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

/** The corrections and updates the chart's JSON download logs after `since`, as one text. */
function changesSince(locale: Locale, id: string, since: string): string | undefined {
  const log = JSON.parse(readFileSync(join(DIST, "downloads", locale, `${id}.json`), "utf8")).corrections as {
    date: string;
    text: string;
  }[];
  const texts = (log ?? []).filter((c) => c.date > since).map((c) => c.text);
  return texts.length ? texts.join(" ") : undefined;
}

/**
 * The built embed page, made self-standing as version `n`: its scripts point at frozen copies
 * (the build's hashed /_astro/ files change name with any later change), its download links and
 * canonical URL at the version, and an empty marker at the top of <main> is where a notice goes
 * once a newer version exists.
 */
function freezePage(html: string, locale: Locale, id: string, n: number): string {
  let out = html.replace(/(["'(])\/_astro\/([^"')?#]+)/g, (_, quote: string, name: string) => {
    const frozen = join("public", FROZEN_ASSETS, name);
    const built = readFileSync(join(DIST, "_astro", name));
    // Astro names bundles by content hash: an existing copy of that name must hold the same bytes.
    if (existsSync(frozen) && !readFileSync(frozen).equals(built))
      fail(`${frozen} exists with other content than ${DIST}/_astro/${name}`);
    mkdirSync(dirname(frozen), { recursive: true });
    writeFileSync(frozen, built);
    return `${quote}/${FROZEN_ASSETS}/${name}`;
  });
  for (const ext of EXTS)
    out = out.split(paths.download(locale, id, ext)).join(paths.versionDownload(locale, id, n, ext));
  out = out.split(`${paths.embed(locale, id)}"`).join(`${paths.embedVersion(locale, id, n)}"`);
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

  const changes = Object.fromEntries(
    previous
      ? inLocales.flatMap((l) => {
          const text = changesSince(l, id, previous.date);
          return text ? [[l, text]] : [];
        })
      : [],
  );
  const version: ChartVersion = { number: n, date, locales: inLocales, heights: {}, changes };
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
      writeFileSync(
        file,
        withVersionNotice(readFileSync(file, "utf8"), { locale: l, id, date, why: changes[l] }),
      );
    }

  manifest.versions.push(version);
  const file = `src/charts/${id}/versions.json`;
  writeFileSync(file, JSON.stringify(manifest, null, 2) + "\n");
  spawnSync("npx", ["prettier", "--write", file], { stdio: "ignore" });
  console.log(`published ${id} v${n} (${inLocales.join(", ")})`);
}

console.log("measured", await writeEmbedHeights(DIST));
