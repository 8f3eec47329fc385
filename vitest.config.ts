import { defineConfig } from "vitest/config";

// Four projects: unit (pure functions), build (the built dist/), browser (dist/ in Chromium) and
// audit (Lighthouse, run on its own by `npm test` so no other test competes for the CPU).
// tests/support/globalSetup.ts builds the site once for build, browser and audit tests.
export default defineConfig({
  test: {
    env: { TZ: "UTC" },
    globalSetup: ["tests/support/globalSetup.ts"],
    // Two workers on the 2-core machine, shared by the unit, build and browser files: a project-copy
    // build runs beside a browser file. (A project with fileParallelism: false would get a group of
    // its own that vitest runs after all the others, one file at a time: the browser files waited
    // for every build file, then ran alone on one core.) The audit project still runs alone.
    maxWorkers: 2,
    projects: [
      // A chart's own tests live in its folder (src/charts/<id>/*.test.ts) and run with the unit tests;
      // a story's own assertions live in its folder too, as *.build.test.ts and *.browser.test.ts.
      {
        extends: true,
        test: {
          name: "unit",
          // The first test of a file that draws the map loads its geometry: seconds on a busy machine.
          testTimeout: 20_000,
          include: ["tests/unit/**/*.test.ts", "src/**/*.test.ts"],
          exclude: ["src/**/*.build.test.ts", "src/**/*.browser.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "build",
          include: ["tests/build/**/*.test.ts", "src/**/*.build.test.ts"],
          testTimeout: 180_000,
        },
      },
      // Builds of project copies (a newsroom's additions, broken content): run by npm test, but
      // not inside a copy, where the build tests run on the copy's own content.
      {
        extends: true,
        test: {
          name: "copies",
          include: ["tests/copies/**/*.test.ts"],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts", "src/**/*.browser.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: "audit",
          include: ["tests/audit/**/*.test.ts"],
          testTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
