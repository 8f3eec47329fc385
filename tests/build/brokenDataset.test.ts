import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// A copy of the project with one broken dataset: astro build must fail and say where.
const dir = mkdtempSync(join(tmpdir(), "hefei-broken-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("astro build on a broken dataset", () => {
  it("exits non-zero and names the file, the field and what was expected", () => {
    for (const entry of ["src", "public", "astro.config.mjs", "tsconfig.json", "package.json"]) {
      if (existsSync(entry)) cpSync(entry, join(dir, entry), { recursive: true });
    }
    symlinkSync(resolve("node_modules"), join(dir, "node_modules"), "dir");
    const file = join(dir, "src/data/conference.json");
    const data = JSON.parse(readFileSync(file, "utf8"));
    data.records[0].value = "twenty-eight";
    writeFileSync(file, JSON.stringify(data));

    const result = spawnSync("npx", ["astro", "build"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0" },
    });
    const output = result.stdout + result.stderr;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain(
      'src/data/conference.json: records[0] (id "deals.count").value: expected a number',
    );
  });
});
