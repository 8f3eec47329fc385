import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * A content-addressed cache for expensive build outputs (PNG renders). An entry's name is the
 * SHA-256 of exactly what determines it; its file ends with the SHA-256 of its bytes, so a
 * truncated or corrupted entry is detected and made again. Writes go to a temporary file that is
 * renamed into place, so concurrent builds never read half an entry. The directory survives
 * builds and can be persisted by CI or a CDN build; deleting it only costs time.
 */

/** Where the cache lives: $BUILD_CACHE_DIR (unless empty), else node_modules/.cache/hefei-build. */
export const cacheDir = (): string =>
  process.env.BUILD_CACHE_DIR || join(process.cwd(), "node_modules/.cache/hefei-build");

const DIGEST = 32;

// Entries used by this build, shared between the integration and the pages (which Astro bundles
// separately, so a module-level Set would be two Sets).
const usedKey = Symbol.for("hefei.buildCache.used");
const used = ((globalThis as Record<symbol, unknown>)[usedKey] ??= new Set<string>()) as Set<string>;

/** Hits, misses and repaired entries of one kind of output. */
export interface CacheStats {
  hits: number;
  misses: number;
  repaired: number;
}

const sharedStats = (name: string): CacheStats =>
  ((globalThis as Record<symbol, unknown>)[Symbol.for(`hefei.buildCache.${name}`)] ??= {
    hits: 0,
    misses: 0,
    repaired: 0,
  }) as CacheStats;

/** Counts of this process's PNG hits, misses and repaired entries (shared the same way). */
export const cacheStats = sharedStats("stats");

/** The same counts for drawn chart SVGs (artboards, export and share SVGs). */
export const svgStats = sharedStats("svgStats");

/** Chart SVG entries are named `svg-<sha256>`, so pruning and reports can tell them from PNGs. */
export const SVG_PREFIX = "svg-";

/** The hex SHA-256 of the parts, each length-prefixed so ("ab","c") and ("a","bc") differ. */
export function cacheKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) {
    const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest("hex");
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest();

/** The cached bytes for `key`, or undefined when missing or corrupt. */
export function readEntry(key: string, dir = cacheDir(), stats = cacheStats): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(join(dir, `${key}.bin`));
  } catch {
    return undefined;
  }
  const body = file.subarray(0, file.length - DIGEST);
  if (file.length < DIGEST || !sha256(body).equals(file.subarray(file.length - DIGEST))) {
    stats.repaired++;
    return undefined;
  }
  return body;
}

/** Stores bytes under `key`: written beside, then renamed into place (atomic on one filesystem). */
export function writeEntry(key: string, bytes: Uint8Array, dir = cacheDir()): void {
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${key}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  writeFileSync(temp, Buffer.concat([bytes, sha256(bytes)]));
  renameSync(temp, join(dir, `${key}.bin`));
}

/** The bytes for `parts`: from the cache if a sound entry exists, else made by `make` and stored. */
export async function cached(
  parts: readonly (string | Uint8Array)[],
  make: () => Promise<Uint8Array> | Uint8Array,
  dir = cacheDir(),
): Promise<Buffer> {
  const key = cacheKey(parts);
  used.add(key);
  const hit = readEntry(key, dir);
  if (hit) {
    cacheStats.hits++;
    return hit;
  }
  cacheStats.misses++;
  const bytes = Buffer.from(await make());
  writeEntry(key, bytes, dir);
  return bytes;
}

/**
 * The synchronous twin of `cached`, for outputs drawn synchronously (chart SVGs): same key,
 * digest trailer and atomic write. The entry is named `prefix` + key and counted in `stats`.
 */
export function cachedSync(
  parts: readonly (string | Uint8Array)[],
  make: () => string | Uint8Array,
  {
    dir = cacheDir(),
    prefix = SVG_PREFIX,
    stats = svgStats,
  }: { dir?: string; prefix?: string; stats?: CacheStats } = {},
): Buffer {
  const key = prefix + cacheKey(parts);
  used.add(key);
  const hit = readEntry(key, dir, stats);
  if (hit) {
    stats.hits++;
    return hit;
  }
  stats.misses++;
  const made = make();
  const bytes = typeof made === "string" ? Buffer.from(made, "utf8") : Buffer.from(made);
  writeEntry(key, bytes, dir);
  return bytes;
}

/** Every file under `dirs` (relative to `root`), sorted, so the order is the same on every machine. */
/**
 * Files in those folders that draw nothing: tests, and what publishing writes beside a chart (its
 * versions and measured embed heights). Publishing a version must not make every chart draw again.
 */
const NOT_DRAWING = /(\.test\.ts|^versions\.json|^embedHeights\.json)$/;

function filesUnder(root: string, dirs: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && !NOT_DRAWING.test(entry.name)) found.push(path);
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return found.map((path) => relative(root, path)).sort();
}

/** The source folders whose code or texts draw a chart (charts import only from these). */
export const CHART_CODE = ["src/charts", "src/lib", "src/publish", "src/i18n", "src/geo", "src/schemas"];

/**
 * A hash of everything that draws charts besides their inputs: every file (path and bytes) under
 * `CHART_CODE` and the installed dependency tree (npm's `node_modules/.package-lock.json`, else
 * `package-lock.json`). The whole tree, not only Plot, d3 and linkedom: what they draw also
 * depends on their own dependencies (d3-format, htmlparser2…), and a list of those would go stale.
 * Undefined when a folder or the lock file cannot be read: then nothing is cached.
 */
export function codeFingerprint(root = process.cwd()): string | undefined {
  try {
    const files = filesUnder(root, CHART_CODE);
    let lock: Buffer;
    try {
      lock = readFileSync(join(root, "node_modules/.package-lock.json"));
    } catch {
      lock = readFileSync(join(root, "package-lock.json"));
    }
    return cacheKey(["chart-code", lock, ...files.flatMap((file) => [file, readFileSync(join(root, file))])]);
  } catch {
    return undefined;
  }
}

const fingerprintKey = Symbol.for("hefei.buildCache.fingerprint");
/** codeFingerprint of the project, computed once per process (Astro bundles pages separately). */
const processFingerprint = (): string | undefined => {
  const store = globalThis as Record<symbol, { value: string | undefined } | undefined>;
  return (store[fingerprintKey] ??= { value: codeFingerprint() }).value;
};

const svgCacheOn = Symbol.for("hefei.buildCache.svgCacheOn");
/**
 * Turns the chart SVG cache on or off for this process: the integration turns it on for
 * `astro build` only. Off in `astro dev` (code edits must show at once, and the fingerprint is
 * taken once per process) and wherever the integration does not run (unit tests, scripts).
 */
export function useSvgCache(on: boolean): void {
  (globalThis as Record<symbol, unknown>)[svgCacheOn] = on;
}

/**
 * A drawn chart SVG (string) through the cache, keyed by the code fingerprint and `parts`
 * (everything else that determines it); drawn every time while the cache is off (`useSvgCache`)
 * or without a fingerprint.
 */
export function cachedSvg(parts: readonly string[], draw: () => string): string {
  // A flag from the integration, not import.meta.env: a build started from a vitest worker
  // inherits DEV and MODE from that worker's environment.
  if ((globalThis as Record<symbol, unknown>)[svgCacheOn] !== true) return draw();
  const code = processFingerprint();
  if (code === undefined) return draw();
  return cachedSync([code, ...parts], draw).toString("utf8");
}

/**
 * Deletes entries this build did not use (and temporary files older than an hour, left by a
 * build that died). Run only after a successful full build: a partial one would prune too much.
 */
export function pruneUnused(
  dir = cacheDir(),
  keep: ReadonlySet<string> = used,
): { kept: number; pruned: number; svg: { kept: number; pruned: number } } {
  const png = { kept: 0, pruned: 0 };
  const svg = { kept: 0, pruned: 0 };
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { ...png, svg };
  }
  for (const name of names) {
    const path = join(dir, name);
    if (name.endsWith(".tmp")) {
      if (Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { force: true });
      continue;
    }
    if (!name.endsWith(".bin")) continue;
    const counts = name.startsWith(SVG_PREFIX) ? svg : png;
    if (keep.has(name.slice(0, -4))) counts.kept++;
    else {
      rmSync(path, { force: true });
      counts.pruned++;
    }
  }
  return { ...png, svg };
}
