import type { RecordOf } from "../../schemas/dataset.ts";
import { fill } from "../../i18n/index.ts";
import type { MapMessages as Messages } from "./texts.ts";
import type { LonLat } from "../../geo/worldLand.ts";
import { textLines, wrapText } from "../kit/svg.ts";
import { textWidth, type Weight } from "../kit/textWidth.ts";
import type { Box, PlacedLabel } from "./hefeiMapLabels.ts";

type Place = RecordOf<"coordinates">;

/** A place's position as d3 wants it. */
export const lonLat = (place: Place): LonLat => [place.value.lon, place.value.lat];

/** A place's name in the catalogue (its id if the catalogue lacks it). */
export const placeName = (m: Messages, id: string): string => m.place[id]?.name ?? id;

/**
 * A place's name on two lines, for where it does not fit on one: a bilingual name, "下哈尔（Niedernhall）",
 * as maps set it, the local name under the translated one without brackets; any other name
 * broken into two lines of about equal width.
 */
export function nameLines(name: string, fontSize: number, weight: Weight = "normal"): string[] {
  const bilingual = /^(.+?)\s*[（(]([^（()）]+)[）)]$/u.exec(name);
  if (bilingual) return [bilingual[1]!, bilingual[2]!];
  const lines = wrapText(name, { width: textWidth(name, fontSize, weight) * 0.6, fontSize, weight });
  return lines.length > 2 ? [lines[0]!, name.slice(lines[0]!.length).trim()] : lines;
}

/** Formats km in the locale: 8465 -> "8,465 km", (8437, 8577) -> "8,437–8,577 km". */
export function kmFormatter(m: Messages): {
  one: (km: number) => string;
  range: (a: number, b: number) => string;
} {
  const number = new Intl.NumberFormat(m.intlLocale);
  return {
    one: (km) => fill(m.map.km, { v: number.format(km) }),
    range: (a, b) => fill(m.map.km, { v: number.formatRange(a, b) }),
  };
}

/** A place's tooltip: "Munich: BMW headquarters. 8,465 km from Hefei" (no distance for Hefei). */
export function placeTip(m: Messages, id: string, km: number | undefined): string {
  const { name, role } = m.place[id] ?? { name: id, role: "" };
  const head = role ? `${name}: ${role}.` : `${name}.`;
  return km === undefined ? head : `${head} ${fill(m.map.distance, { km: kmFormatter(m).one(km) })}`;
}

/** A label's `<text>`, with a halo painted under the glyphs (`paint-order`, class `halo`). */
export function labelText(
  document: Document,
  placed: PlacedLabel,
  fontSize: number,
  className: string,
): SVGTextElement {
  return textLines(
    document,
    placed.lines,
    {
      x: placed.x,
      y: placed.y,
      class: `${className} halo`,
      "font-size": fontSize,
      "text-anchor": placed.anchor,
      "paint-order": "stroke",
    },
    placed.lineHeight,
  );
}

/** The box a dot of radius `r` covers. */
export const dotBox = (x: number, y: number, r: number): Box => ({
  x0: x - r,
  y0: y - r,
  x1: x + r,
  y1: y + r,
});
