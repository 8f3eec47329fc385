import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXPORT_PALETTE } from "./exportStyle.ts";
import { SERIES_PALETTE, exportColor } from "./palette.ts";

/** The custom properties of site.css's :root as [light, dark] ([light, light] for a plain colour). */
function rootColours(): Map<string, [string, string]> {
  const css = readFileSync("src/styles/site.css", "utf8");
  const root = /:root \{([\s\S]*?)\n\}/.exec(css)![1]!;
  return new Map(
    [
      ...root.matchAll(/--([\w-]+):\s*(?:light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)|(#[0-9a-f]{6}));/g),
    ].map((m) => [m[1]!, [m[2] ?? m[4]!, m[3] ?? m[4]!]]),
  );
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe("one palette for the page and the exports", () => {
  it("gives every series colour the same light and dark values in site.css", () => {
    const css = rootColours();
    for (const [name, { light, dark }] of Object.entries(SERIES_PALETTE))
      expect(css.get(`series-${name}`), name).toEqual([light, dark]);
    expect([...css.keys()].filter((k) => k.startsWith("series-")).sort()).toEqual(
      Object.keys(SERIES_PALETTE)
        .map((n) => `series-${n}`)
        .sort(),
    );
  });

  it("exports the light value of every page colour the charts name", () => {
    const css = rootColours();
    for (const [key, hex] of Object.entries(EXPORT_PALETTE)) expect(hex, key).toBe(css.get(kebab(key))?.[0]);
    expect(exportColor('stroke="var(--series-us)"')).toBe(`stroke="${SERIES_PALETTE.us.light}"`);
  });
});
