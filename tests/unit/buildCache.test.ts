import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  cacheDir,
  cacheKey,
  cached,
  pruneUnused,
  readEntry,
  writeEntry,
} from "../../src/publish/buildCache.ts";
import { renderPng, renderPngCached } from "../../src/publish/exportChart.ts";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "hefei-cache-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  delete process.env.BUILD_CACHE_DIR;
});

/** A small chart-like SVG with one number in it. */
const svg = (value: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="${value}" height="20" fill="#c2481a"/><text x="4" y="36" font-size="13">${value}</text></svg>`;

describe("the build cache", () => {
  it("lives in $BUILD_CACHE_DIR, or in node_modules/.cache when it is unset or empty", () => {
    process.env.BUILD_CACHE_DIR = "/tmp/persisted-by-ci";
    expect(cacheDir()).toBe("/tmp/persisted-by-ci");
    process.env.BUILD_CACHE_DIR = "";
    expect(cacheDir()).toBe(join(process.cwd(), "node_modules/.cache/hefei-build"));
  });

  it("keys by every part, length-prefixed", () => {
    expect(cacheKey(["ab", "c"])).not.toBe(cacheKey(["a", "bc"]));
    expect(cacheKey(["png", "x"])).toBe(cacheKey(["png", "x"]));
  });

  it("renders a PNG once, then serves the same bytes; a changed figure renders a new PNG", async () => {
    process.env.BUILD_CACHE_DIR = tempDir();
    const first = await renderPngCached(svg(60), 2);
    expect(first.equals(renderPng(svg(60), 2))).toBe(true);
    expect(readdirSync(process.env.BUILD_CACHE_DIR).filter((f) => f.endsWith(".bin"))).toHaveLength(1);
    expect((await renderPngCached(svg(60), 2)).equals(first)).toBe(true);
    const changed = await renderPngCached(svg(61), 2);
    expect(changed.equals(first)).toBe(false);
    expect(changed.equals(renderPng(svg(61), 2))).toBe(true);
  });

  it("renders with font subsets exactly what the whole fonts render, in every script and weight", async () => {
    process.env.BUILD_CACHE_DIR = tempDir();
    // Latin, German, Chinese, bold, and a character given only as a reference (&#x5408; is 合),
    // which the subset must still hold.
    const text = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="70"><text x="4" y="24" font-size="16">Größe &amp; Anteil: 28 签约项目</text><text x="4" y="56" font-size="16" font-weight="700">Hefei &#x5408;肥 &#39;25</text></svg>`;
    const png = await renderPngCached(text, 2);
    expect(png.equals(renderPng(text, 2))).toBe(true);
  });

  it("detects a corrupted or truncated entry and makes it again", async () => {
    const dir = tempDir();
    let made = 0;
    const make = () => {
      made++;
      return Buffer.from("the real output");
    };
    await cached(["k"], make, dir);
    const file = join(dir, `${cacheKey(["k"])}.bin`);
    const bytes = readFileSync(file);
    bytes[0] = bytes[0]! ^ 0xff;
    writeFileSync(file, bytes);
    expect(readEntry(cacheKey(["k"]), dir)).toBeUndefined();
    expect((await cached(["k"], make, dir)).toString()).toBe("the real output");
    writeFileSync(file, readFileSync(file).subarray(0, 10));
    expect((await cached(["k"], make, dir)).toString()).toBe("the real output");
    expect(made).toBe(3);
    expect(readEntry(cacheKey(["k"]), dir)?.toString()).toBe("the real output");
  });

  it("stays sound when several processes write the same entry at once", async () => {
    const dir = tempDir();
    const module = resolve("src/publish/buildCache.ts");
    // Each writer stores 4 MB under one key, 20 times; a reader must never see half an entry.
    const script = `import { writeEntry } from ${JSON.stringify(module)};
      const bytes = Buffer.alloc(4 * 1024 * 1024, process.argv[1]);
      for (let i = 0; i < 20; i++) writeEntry("same", bytes, ${JSON.stringify(dir)});`;
    const writers = ["a", "b", "c"].map(
      (fill) =>
        new Promise<number>((done) =>
          spawn(process.execPath, ["--input-type=module", "-e", script, fill], { stdio: "inherit" }).on(
            "exit",
            (code) => done(code ?? 1),
          ),
        ),
    );
    const seen: string[] = [];
    const reading = (async () => {
      for (let i = 0; i < 40; i++) {
        const entry = readEntry("same", dir);
        if (entry)
          seen.push(new Set(entry).size === 1 && entry.length === 4 * 1024 * 1024 ? "whole" : "torn");
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    expect(await Promise.all(writers)).toEqual([0, 0, 0]);
    await reading;
    expect(seen).not.toContain("torn");
    expect(readEntry("same", dir)?.length).toBe(4 * 1024 * 1024);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("prunes the entries a build did not use and keeps the ones it did", () => {
    const dir = tempDir();
    writeEntry("used", Buffer.from("1"), dir);
    writeEntry("stale", Buffer.from("2"), dir);
    expect(pruneUnused(dir, new Set(["used"]))).toEqual({ kept: 1, pruned: 1, svg: { kept: 0, pruned: 0 } });
    expect(readdirSync(dir)).toEqual(["used.bin"]);
  });
});
