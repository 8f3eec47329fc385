/**
 * Colours a chart may give its series, by name: `"color": "china"` in a chart.json. The page
 * draws `var(--series-<name>)` (light and dark, from src/styles/site.css); exported files use
 * the light value. A unit test keeps the two in step.
 */
export const SERIES_PALETTE = {
  china: { light: "#c2481a", dark: "#ff9b6b" },
  germany: { light: "#0a66a8", dark: "#79bff0" },
  us: { light: "#6a51a3", dark: "#b9a7ef" },
  green: { light: "#007a5a", dark: "#4cc9a0" },
  amber: { light: "#b35806", dark: "#f0b26b" },
  neutral: { light: "#575757", dark: "#b0b0ac" },
} as const;

/** A colour name from the series palette. */
export type SeriesColor = keyof typeof SERIES_PALETTE;

/** Every series colour name. */
export const seriesColors = Object.keys(SERIES_PALETTE) as SeriesColor[];

/** The CSS the page draws a series colour with. */
export const seriesVar = (name: SeriesColor): string => `var(--series-${name})`;

/** Replaces `var(--series-<name>)` with the light hex value, for files that leave the page. */
export const exportColor = (value: string): string =>
  value.replace(/var\(--series-([a-z]+)\)/g, (whole, name: string) =>
    name in SERIES_PALETTE ? SERIES_PALETTE[name as SeriesColor].light : whole,
  );
