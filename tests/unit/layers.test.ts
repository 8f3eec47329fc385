import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

/** Every code file under a folder, tests left out (they may reach anywhere to check it). */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return /\.(ts|astro|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The files a file imports by relative path, as project paths. */
function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"'?]+)/g)].map(([, spec]) =>
    normalize(join(dirname(file), spec!)),
  );
}

/** The top folder of src/ a path is in, or undefined for a file at src/'s root. */
const topFolder = (path: string) => {
  const [root, top, ...rest] = relative(".", path).split("/");
  return root === "src" && rest.length > 0 ? top : undefined;
};

describe("the code's floors", () => {
  const edges = new Map<string, Map<string, string>>();
  for (const file of codeFiles("src")) {
    const from = topFolder(file);
    if (!from) continue;
    for (const target of imports(file)) {
      const to = topFolder(target);
      if (to && to !== from) {
        if (!edges.has(from)) edges.set(from, new Map());
        edges.get(from)!.set(to, `${file} imports ${target}`);
      }
    }
  }

  it("has no cycle between the top folders of src/: no folder imports a folder that imports it", () => {
    expect(edges.size).toBeGreaterThan(3);
    const cycles: string[] = [];
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      [...(edges.get(from)?.keys() ?? [])].some(
        (next) => next === to || (!seen.has(next) && (seen.add(next), reaches(next, to, seen))),
      );
    for (const [from, targets] of edges)
      for (const [to, example] of targets) if (reaches(to, from)) cycles.push(`${from} → ${to} (${example})`);
    expect(cycles).toEqual([]);
  });

  it("keeps the charts below publishing and above the basics", () => {
    expect([...(edges.get("charts")?.keys() ?? [])]).not.toContain("publish");
    expect([...(edges.get("lib")?.keys() ?? [])]).not.toContain("charts");
    for (const above of ["lib", "charts", "publish"])
      expect([...(edges.get("schemas")?.keys() ?? [])]).not.toContain(above);
  });

  it("lets scripts import no test code", () => {
    const offending = codeFiles("scripts").flatMap((file) =>
      imports(file)
        .filter((target) => relative(".", target).startsWith("tests/"))
        .map((target) => `${file} imports ${target}`),
    );
    expect(codeFiles("scripts").length).toBeGreaterThan(3);
    expect(offending).toEqual([]);
  });
});
