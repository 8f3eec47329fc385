import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

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

/** Counts of this process's hits, misses and repaired entries (shared the same way). */
export const cacheStats = ((globalThis as Record<symbol, unknown>)[Symbol.for("hefei.buildCache.stats")] ??= {
  hits: 0,
  misses: 0,
  repaired: 0,
}) as { hits: number; misses: number; repaired: number };

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
export function readEntry(key: string, dir = cacheDir()): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(join(dir, `${key}.bin`));
  } catch {
    return undefined;
  }
  const body = file.subarray(0, file.length - DIGEST);
  if (file.length < DIGEST || !sha256(body).equals(file.subarray(file.length - DIGEST))) {
    cacheStats.repaired++;
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
 * Deletes entries this build did not use (and temporary files older than an hour, left by a
 * build that died). Run only after a successful full build: a partial one would prune too much.
 */
export function pruneUnused(
  dir = cacheDir(),
  keep: ReadonlySet<string> = used,
): { kept: number; pruned: number } {
  let kept = 0;
  let pruned = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { kept, pruned };
  }
  for (const name of names) {
    const path = join(dir, name);
    if (name.endsWith(".tmp")) {
      if (Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { force: true });
      continue;
    }
    if (!name.endsWith(".bin")) continue;
    if (keep.has(name.slice(0, -4))) kept++;
    else {
      rmSync(path, { force: true });
      pruned++;
    }
  }
  return { kept, pruned };
}

/** The keys this build has used so far. */
export const usedKeys = (): ReadonlySet<string> => used;
