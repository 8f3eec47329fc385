import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Flags for headless Chromium on a machine with no network beyond loopback. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * The Chinese pages need a CJK font, as every Chinese reader's system has one: without it Chromium
 * draws boxes of another width, so text wraps elsewhere and the embed heights measured in
 * `src/charts/<id>/embedHeights.json` (and the screenshots) no longer hold.
 */
const CJK_FONT_PACKAGE = "fonts-noto-cjk";

const install = (packages: string) => `apt-get update && apt-get install -y ${packages}`;

/**
 * Finds a Chromium: $CHROME_PATH, then /usr/bin/chromium, then Playwright's own download, and
 * makes sure a CJK font is installed. Where either is missing and this is root with apt-get,
 * installs Debian's packages; otherwise throws with the exact command to run. Never skips.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", safe(() => chromium.executablePath())];
  let found = candidates.find((path): path is string => !!path && existsSync(path));
  const missing = [found ? "" : "chromium", hasCjkFont() ? "" : CJK_FONT_PACKAGE].filter(Boolean).join(" ");
  if (missing && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    execFileSync("sh", ["-c", `${install(missing)} >/dev/null`], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (!found && existsSync("/usr/bin/chromium")) found = "/usr/bin/chromium";
  }
  if (!found)
    throw new Error(
      `No Chromium found (looked at $CHROME_PATH, /usr/bin/chromium, Playwright's browsers). Install one: sudo sh -c '${install(`chromium ${CJK_FONT_PACKAGE}`)}', or set CHROME_PATH.`,
    );
  if (!hasCjkFont())
    throw new Error(
      `No CJK font found (fc-list :lang=zh is empty): the Chinese pages would wrap in boxes of the wrong width. Install one: sudo sh -c '${install(CJK_FONT_PACKAGE)}'.`,
    );
  return found;
}

/** Whether fontconfig, which Chromium uses on Linux, has a font for Chinese. */
function hasCjkFont(): boolean {
  return !!safe(() => execFileSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" }).trim());
}

function safe(f: () => string): string | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** Launches headless Chromium with the flags above. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}
