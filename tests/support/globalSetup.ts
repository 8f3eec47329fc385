import { execFileSync } from "node:child_process";
import type { TestProject } from "vitest/node";

/**
 * Builds the site once into dist/ before build, browser and audit tests. Unit-only runs
 * (`--project unit`) skip the build, and SKIP_SITE_BUILD=1 reuses the dist/ already there.
 */
export default function setup(project: TestProject): void {
  const names = project.vitest.projects.map((p) => p.name);
  if (!names.some((name) => name === "build" || name === "browser" || name === "audit")) return;
  // Setup may run once per project, in one process: build only the first time.
  if (process.env.SKIP_SITE_BUILD === "1" || process.env.SITE_BUILT_BY_SETUP === "1") return;
  process.env.SITE_BUILT_BY_SETUP = "1";
  execFileSync("npx", ["astro", "build"], { stdio: "inherit", env: { ...process.env, TZ: "UTC" } });
}
