import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { chartIds } from "../../src/charts/index.ts";
import {
  CHART_CODE,
  SVG_PREFIX,
  cacheKey,
  cachedSync,
  codeFingerprint,
  pruneUnused,
  type CacheStats,
} from "../../src/publish/buildCache.ts";

/** A chart's own file: its declaration (chart.json) or its code (chart.ts). */
const declaration = (id: string) =>
  existsSync(`src/charts/${id}/chart.json`) ? `src/charts/${id}/chart.json` : `src/charts/${id}/chart.ts`;

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "hefei-svg-cache-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A drawing function that counts its calls. */
const drawer = (svg: string) => {
  const draw = () => {
    draw.calls++;
    return svg;
  };
  draw.calls = 0;
  return draw;
};
const stats = (): CacheStats => ({ hits: 0, misses: 0, repaired: 0 });

describe("the synchronous cache of drawn chart SVGs", () => {
  it("draws once, then reads the same string back", () => {
    const dir = tempDir();
    const counts = stats();
    const draw = drawer("<svg>ü 中</svg>");
    expect(cachedSync(["artboards", "a"], draw, { dir, stats: counts }).toString()).toBe("<svg>ü 中</svg>");
    expect(cachedSync(["artboards", "a"], draw, { dir, stats: counts }).toString()).toBe("<svg>ü 中</svg>");
    expect(draw.calls).toBe(1);
    expect(counts).toEqual({ hits: 1, misses: 1, repaired: 0 });
    expect(readdirSync(dir)).toEqual([`${SVG_PREFIX}${cacheKey(["artboards", "a"])}.bin`]);
  });

  it("draws again when any input changes", () => {
    const dir = tempDir();
    const draw = drawer("<svg/>");
    cachedSync(["artboards", "a", '[{"value":28}]'], draw, { dir, stats: stats() });
    cachedSync(["artboards", "a", '[{"value":29}]'], draw, { dir, stats: stats() });
    cachedSync(["artboards", "b", '[{"value":29}]'], draw, { dir, stats: stats() });
    expect(draw.calls).toBe(3);
  });

  it("detects a corrupted entry, draws it again and stores it whole", () => {
    const dir = tempDir();
    const counts = stats();
    const draw = drawer("<svg>the real drawing</svg>");
    cachedSync(["k"], draw, { dir, stats: counts });
    const entry = join(dir, `${SVG_PREFIX}${cacheKey(["k"])}.bin`);
    const whole = readFileSync(entry);
    writeFileSync(entry, Buffer.concat([Buffer.from("<svg>forged</svg>"), whole.subarray(-32)]));
    expect(cachedSync(["k"], draw, { dir, stats: counts }).toString()).toBe("<svg>the real drawing</svg>");
    expect(draw.calls).toBe(2);
    expect(counts).toEqual({ hits: 0, misses: 2, repaired: 1 });
    expect(readFileSync(entry).equals(whole)).toBe(true);
  });

  it("prunes chart SVGs and PNGs apart, keeping the used ones", () => {
    const dir = tempDir();
    cachedSync(["used"], () => "1", { dir, stats: stats() });
    cachedSync(["stale"], () => "2", { dir, stats: stats() });
    const used = new Set([`${SVG_PREFIX}${cacheKey(["used"])}`]);
    expect(pruneUnused(dir, used)).toEqual({ kept: 0, pruned: 0, svg: { kept: 1, pruned: 1 } });
    expect(readdirSync(dir)).toEqual([`${SVG_PREFIX}${cacheKey(["used"])}.bin`]);
  });
});

describe("the chart code fingerprint", () => {
  /** A copy of the folders that draw charts and the lock file, as a project root. */
  const codeCopy = () => {
    const root = tempDir();
    for (const dir of CHART_CODE) cpSync(dir, join(root, dir), { recursive: true });
    cpSync("package-lock.json", join(root, "package-lock.json"));
    return root;
  };
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(file, change(readFileSync(file, "utf8")));

  it("is the same for the same code, wherever the project lies", () => {
    expect(codeFingerprint(codeCopy())).toMatch(/^[0-9a-f]{64}$/);
    expect(codeFingerprint(codeCopy())).toBe(codeFingerprint(codeCopy()));
  });

  it("changes with a chart's code, its texts, shared drawing code and the dependency versions", () => {
    const root = codeCopy();
    const seen = new Set([codeFingerprint(root)]);
    const changes: [string, (text: string) => string][] = [
      [declaration(chartIds[0]!), (text) => `${text}\n`],
      ...chartIds
        .slice(1, 2)
        .map((id): [string, (text: string) => string] => [declaration(id), (text) => `${text} `]),
      ["src/charts/kit/svg.ts", (text) => text.replace("export", " export")],
      ["src/i18n/index.ts", (text) => `${text} `],
      ["package-lock.json", (text) => text.replace(/"version": "[^"]+"/, '"version": "0.0.0-test"')],
    ];
    for (const [file, change] of changes) {
      edit(join(root, file), change);
      seen.add(codeFingerprint(root));
    }
    expect(changes.length).toBeGreaterThanOrEqual(4);
    expect(seen.size).toBe(changes.length + 1);
  });

  it("stays the same when a chart is published or a test changes: those files draw nothing", () => {
    const root = codeCopy();
    const before = codeFingerprint(root);
    const folder = join(root, "src/charts", chartIds[0]!);
    writeFileSync(join(folder, "versions.json"), '{ "chart": "x", "versions": [] }\n');
    writeFileSync(join(folder, "embedHeights.json"), '{ "en": 1 }\n');
    writeFileSync(join(folder, "new.test.ts"), "// a test\n");
    expect(codeFingerprint(root)).toBe(before);
    writeFileSync(join(folder, "new.ts"), "// code\n");
    expect(codeFingerprint(root)).not.toBe(before);
  });

  it("makes a chart whose code changed draw again, through the cache", () => {
    const root = codeCopy();
    const dir = tempDir();
    const draw = drawer("<svg/>");
    const artboards = () =>
      cachedSync([codeFingerprint(root)!, "artboards", chartIds[0]!, "en"], draw, {
        dir,
        stats: stats(),
      });
    artboards();
    artboards();
    expect(draw.calls).toBe(1);
    edit(join(root, declaration(chartIds[0]!)), (text) => `${text}\n`);
    artboards();
    expect(draw.calls).toBe(2);
  });

  it("is undefined, so nothing is cached, when the code cannot be read", () => {
    expect(codeFingerprint(tempDir())).toBeUndefined();
  });
});
