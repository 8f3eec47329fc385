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

const INSTALL = "apt-get update && apt-get install -y chromium";

/**
 * Finds a Chromium: $CHROME_PATH, then /usr/bin/chromium, then Playwright's own download.
 * Where none exists and this is root with apt-get, installs Debian's chromium; otherwise
 * throws with the exact command to run. Never skips.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", safe(() => chromium.executablePath())];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (found) return found;
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (canInstall) {
    execFileSync("sh", ["-c", `${INSTALL} >/dev/null`], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(
    `No Chromium found (looked at $CHROME_PATH, /usr/bin/chromium, Playwright's browsers). Install one: sudo sh -c '${INSTALL}', or set CHROME_PATH.`,
  );
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
