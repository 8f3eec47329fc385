import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** A copy of the project in a temporary folder, to build with one input changed. Used by the project-copy tests and the archive benchmark. */
export interface ProjectCopy {
  dir: string;
  /** Rewrites a file of the copy (path relative to the project root). */
  edit(path: string, change: (text: string) => string): void;
  /** Runs `astro build` in the copy; returns its exit status and everything it printed. */
  build(): { status: number | null; output: string };
  /** Runs one of the project's scripts (scripts/<name>.ts) in the copy with the project's node. */
  script(name: string, args: string[]): { status: number | null; output: string };
  /** Runs any command in the copy with its own caches, `env` added (the benchmark times builds). */
  run(
    command: string,
    args: string[],
    env?: Record<string, string>,
  ): { status: number | null; output: string };
  /** Deletes the copy. */
  remove(): void;
}

/**
 * Copies the sources, scripts and test support the scripts use (not dist/ or node_modules, which
 * is linked) into a fresh temporary folder.
 */
export function copyProject(
  prefix: string,
  /** Also copy every test and the test configuration, to run the engine's tests on the copy. */
  options: { tests?: boolean } = {},
): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of [
    "src",
    "public",
    "scripts",
    ...(options.tests ? ["tests", "vitest.config.ts", ".htmlvalidate.json"] : []),
    "astro.config.mjs",
    "tsconfig.json",
    "package.json",
    "package-lock.json",
  ]) {
    if (existsSync(entry)) cpSync(entry, join(dir, entry), { recursive: true });
  }
  symlinkSync(resolve("node_modules"), join(dir, "node_modules"), "dir");
  return {
    dir,
    edit(path, change) {
      const file = join(dir, path);
      writeFileSync(file, change(readFileSync(file, "utf8")));
    },
    build: () => run(dir, "npx", ["astro", "build"]),
    script: (name, args) => run(dir, "npx", ["node", `scripts/${name}.ts`, ...args]),
    run: (command, args, env) => run(dir, command, args, env),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs a command in a copy; its exit status and everything it printed (stderr last). */
function run(
  dir: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const result = spawnSync(command, args, {
    cwd: dir,
    encoding: "utf8",
    // An archive of a hundred stories logs megabytes.
    maxBuffer: 256 * 1024 * 1024,
    // Its own content store and Vite cache (node_modules is the project's, linked): copies built
    // side by side by parallel test files must not read each other's stories. A script that builds
    // (publish-chart) builds with them too.
    env: {
      ...process.env,
      ASTRO_CACHE_DIR: join(dir, ".astro-cache"),
      ASTRO_TELEMETRY_DISABLED: "1",
      FORCE_COLOR: "0",
      TZ: "UTC",
      ...env,
    },
  });
  // Astro colours its error report even under FORCE_COLOR=0: strip the escapes.
  return { status: result.status, output: (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, "") };
}
