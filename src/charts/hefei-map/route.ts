import { geoPath, type GeoProjection } from "d3-geo";
import { fill, type Locale } from "../../i18n/index.ts";
import type { RecordOf } from "../../schemas/dataset.ts";
import { anhuiShapes } from "../../geo/anhui.ts";
import { worldLand } from "../../geo/worldLand.ts";
import { MIN_FONT, round, svgEl, textLines } from "../kit/svg.ts";
import { CLIP_ANGLE, EARTH_RADIUS_KM, HEFEI_ID, distancesFromHefei, hefeiProjection } from "./hefeiMap.ts";
import { areaOfPixels, compactPath, thinned } from "./hefeiMapStream.ts";
import { textWidth } from "../kit/textWidth.ts";
import { LINE_HEIGHT } from "./hefeiMapLabels.ts";
import { kmFormatter, lonLat, nameLines, placeName } from "./hefeiMapText.ts";
import { mapMessages } from "./texts.ts";

/**
 * The map walk ("Walk the route"): a sequence of views of one azimuthal equidistant map centred
 * on Hefei, each re-centred and zoomed on what its step tells, so a straight line from Hefei is a
 * great circle at every zoom. Land is drawn once per region (east China, Anhui, Germany) in a
 * sprite; each view is a small SVG that `<use>`s its region through its own viewBox.
 */

type Place = RecordOf<"coordinates">;
/** A box in map units: [x0, y0, x1, y1]. */
export type Box = [number, number, number, number];

/** The map is a square of this many units with Hefei at its centre (fine enough for 0.1 rounding). */
const FRAME = 4000;
/** The regions land is drawn for, one sprite group each. */
export const REGIONS = ["east", "anhui", "germany"] as const;
export type Region = (typeof REGIONS)[number];
/** A view is drawn for about this many CSS pixels a side: text and dots are sized for it. */
export const VIEW_PX = 340;
/** The least a view spans, in km, by region: a place is shown among its neighbours. */
const SPAN_KM = { east: 2400, germany: 800 } as const;
/** A region's land reaches this far beyond its views, so no view shows its edge. */
const REGION_MARGIN = 0.35;

/** What a step shows: one of the places, or Anhui province. */
export type StepFocus = { place: string } | { region: string };

/** One step's view, in map units, and what it marks. */
export interface RouteView {
  region: Region;
  viewBox: Box;
  /** The place marked (Hefei for Anhui). */
  place: Place;
  /** Great-circle distance from Hefei, km (none for Hefei itself). */
  km: number | undefined;
}

const projectionOf = (hefei: Place): GeoProjection =>
  hefeiProjection({ x: 0, y: 0, width: FRAME, height: FRAME }, lonLat(hefei));

/** Map units per km: an azimuthal equidistant map is true to scale along every line from Hefei. */
const unitsPerKm = (p: GeoProjection) => p.scale() / EARTH_RADIUS_KM;

/** A square around a box, at least `minSide` wide, padded by `pad` of its side each way. */
function square([x0, y0, x1, y1]: Box, minSide: number, pad: number): Box {
  const side = Math.max(x1 - x0, y1 - y0) * (1 + 2 * pad);
  const s = Math.max(side, minSide);
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  return [cx - s / 2, cy - s / 2, cx + s / 2, cy + s / 2].map((v) => round(v, 1)) as Box;
}
const union = (boxes: Box[]): Box => [
  Math.min(...boxes.map((b) => b[0])),
  Math.min(...boxes.map((b) => b[1])),
  Math.max(...boxes.map((b) => b[2])),
  Math.max(...boxes.map((b) => b[3])),
];

/** The places by id; an unknown id throws naming the caller and listing the known ids. */
function lookup(places: Place[], where: string) {
  const byId = new Map(places.map((p) => [p.id, p]));
  const hefei = byId.get(HEFEI_ID);
  if (!hefei) throw new Error(`${where}: expected a place "${HEFEI_ID}" in the places dataset`);
  return {
    hefei,
    get(id: string): Place {
      const place = byId.get(id);
      if (!place)
        throw new Error(`${where}: unknown place "${id}": expected one of ${[...byId.keys()].join(", ")}`);
      return place;
    },
  };
}

/**
 * A step's view: Hefei among its neighbours in east China; Anhui fitted; another Chinese place
 * fitted with Hefei, so the route between them shows; a German place centred, Germany around it.
 */
export function routeView(places: Place[], focus: StepFocus, where: string): RouteView {
  const { hefei, get } = lookup(places, where);
  const p = projectionOf(hefei);
  const at = (place: Place): Box => {
    const [x, y] = p(lonLat(place))!;
    return [x, y, x, y];
  };
  if ("region" in focus) {
    if (focus.region !== "anhui")
      throw new Error(`${where}: unknown region "${focus.region}": expected "anhui"`);
    const [[x0, y0], [x1, y1]] = geoPath(p).bounds(anhuiShapes(areaOfPixels(1, 1e4)).anhui);
    return { region: "anhui", viewBox: square([x0, y0, x1, y1], 0, 0.1), place: hefei, km: undefined };
  }
  const place = get(focus.place);
  const km = distancesFromHefei(places).find((d) => d.id === place.id)?.km;
  if (place.id === HEFEI_ID)
    return { region: "east", viewBox: square(at(hefei), SPAN_KM.east * unitsPerKm(p), 0), place, km };
  if (place.country === "CN")
    return {
      region: "east",
      viewBox: square(union([at(hefei), at(place)]), SPAN_KM.east * unitsPerKm(p), 0.18),
      place,
      km,
    };
  return { region: "germany", viewBox: square(at(place), SPAN_KM.germany * unitsPerKm(p), 0), place, km };
}

/** Every view a step could show with these places: what a region's land must cover. */
function allViews(places: Place[]): RouteView[] {
  return [
    ...places.map((place) => routeView(places, { place: place.id }, "route")),
    routeView(places, { region: "anhui" }, "route"),
  ];
}

/**
 * The sprite: each region's land, drawn once, clipped to the union of its views (plus a margin)
 * and thinned to the scale its views show it at. Hidden; the views `<use>` it by id.
 */
export function routeSprite(places: Place[], document: Document): SVGSVGElement {
  const { hefei } = lookup(places, "route");
  const views = allViews(places);
  const sprite = svgEl(document, "svg", {
    class: "route-sprite",
    width: 0,
    height: 0,
    "aria-hidden": "true",
    focusable: "false",
  });
  const defs = svgEl(document, "defs");
  sprite.append(defs);
  for (const region of REGIONS) {
    const boxes = views.filter((v) => v.region === region).map((v) => v.viewBox);
    const [x0, y0, x1, y1] = union(boxes);
    const margin = Math.max(x1 - x0, y1 - y0) * REGION_MARGIN;
    const extent: Box = [x0 - margin, y0 - margin, x1 + margin, y1 + margin];
    // Units per CSS pixel at the region's closest zoom: detail below a pixel is dropped.
    const unitsPerPx = Math.min(...boxes.map((b) => b[2] - b[0])) / VIEW_PX;
    const p = projectionOf(hefei).clipExtent([
      [extent[0], extent[1]],
      [extent[2], extent[3]],
    ]);
    const pxScale = p.scale() / unitsPerPx;
    const d = compactPath(thinned(p, unitsPerPx * 1.2));
    const world = worldLand(lonLat(hefei), CLIP_ANGLE, areaOfPixels(3, pxScale), areaOfPixels(12, pxScale));
    // Styles as attributes: a `<use>`d copy does not match the page's selectors as the original does.
    const shape = (d: string, fill: string, stroke = "var(--land-edge)", width = 0.5) =>
      svgEl(document, "path", {
        d,
        fill,
        stroke,
        "stroke-width": width,
        "stroke-linejoin": "round",
        "vector-effect": "non-scaling-stroke",
      });
    const group = svgEl(document, "g", { id: `route-${region}` }, [
      svgEl(document, "rect", {
        x: extent[0],
        y: extent[1],
        width: extent[2] - extent[0],
        height: extent[3] - extent[1],
        fill: "var(--water)",
      }),
      shape(d(world.land), "var(--land)"),
      shape(d(world.china), "var(--china-land)"),
      shape(d(world.germany), "var(--germany-land)"),
      shape(d(world.borders), "none"),
    ]);
    if (region === "anhui") {
      const shapes = anhuiShapes(areaOfPixels(3, pxScale));
      group.append(
        shape(d(shapes.borders), "none", "var(--land-edge)", 0.75),
        shape(d(shapes.anhui), "var(--china-land)", "var(--china)", 1.5),
      );
    }
    defs.append(group);
  }
  return sprite;
}

/** A step's texts: its heading (place and role), its distance line and what its map shows. */
export function routeTexts(view: RouteView, locale: Locale) {
  const m = mapMessages(locale);
  const km = view.km === undefined ? undefined : kmFormatter(m).one(view.km);
  const name = view.region === "anhui" ? m.map.anhui : placeName(m, view.place.id);
  const role = view.region === "anhui" ? "" : (m.place[view.place.id]?.role ?? "");
  const r = m.route;
  const describe =
    view.region === "anhui"
      ? r.viewAnhui
      : view.place.id === HEFEI_ID
        ? r.viewHefei
        : view.region === "east"
          ? fill(r.viewEast, { name, km: km! })
          : fill(r.viewGermany, { name, km: km! });
  return { name, role, distance: km === undefined ? undefined : fill(r.distance, { km }), describe };
}

/**
 * A step's map: its region through its viewBox, the route from Hefei to the place (a straight
 * line: a great circle on this projection), the place marked and named. Decorative to assistive
 * technology: the step's own text says what it shows.
 */
export function routeStepSvg(
  places: Place[],
  view: RouteView,
  locale: Locale,
  document: Document,
): SVGSVGElement {
  const { hefei } = lookup(places, "route");
  const p = projectionOf(hefei);
  const [x0, y0, x1, y1] = view.viewBox;
  const side = x1 - x0;
  // Sizes in map units that show as these many CSS pixels at VIEW_PX.
  const px = (n: number) => round((n * side) / VIEW_PX, 2);
  const svg = svgEl(document, "svg", {
    class: `route-view route-view--${view.region}`,
    viewBox: `${x0} ${y0} ${side} ${y1 - y0}`,
    "aria-hidden": "true",
    focusable: "false",
  });
  svg.append(svgEl(document, "use", { href: `#route-${view.region}` }));
  const [hx, hy] = p(lonLat(hefei))!;
  const [x, y] = p(lonLat(view.place))!;
  if (view.place.id !== HEFEI_ID)
    svg.append(svgEl(document, "line", { class: "route-line", x1: hx, y1: hy, x2: x, y2: y }));
  // Hefei always; the place marked.
  const dot = (cx: number, cy: number, cls: string) =>
    svgEl(document, "circle", { class: `route-dot ${cls}`, cx, cy, r: px(cls.includes("active") ? 6 : 4.5) });
  if (view.place.id !== HEFEI_ID) svg.append(dot(hx, hy, "route-dot--hefei"));
  svg.append(dot(x, y, `route-dot--active route-dot--${view.place.country.toLowerCase()}`));
  const m = mapMessages(locale);
  const label = (place: Place, px0: number, py0: number, strong: boolean) => {
    const name = placeName(m, place.id);
    const size = MIN_FONT + (strong ? 2 : 0);
    const weight = strong ? "bold" : "normal";
    // Room either side of the dot in CSS px, less the 10 px gap and the 3 px halo.
    const room = { right: ((x1 - px0) * VIEW_PX) / side - 13, left: ((px0 - x0) * VIEW_PX) / side - 13 };
    const fits = (lines: string[], width: number) =>
      Math.max(...lines.map((line) => textWidth(line, size, weight))) <= width;
    // Right of the dot, else left of it; a name too long for either breaks onto two lines.
    let lines = [name];
    if (!fits(lines, room.right) && !fits(lines, room.left)) lines = nameLines(name, size, weight);
    const right = fits(lines, room.right) || (!fits(lines, room.left) && room.right >= room.left);
    const lineHeight = px(size * LINE_HEIGHT);
    const attrs = {
      class: `route-label${strong ? "" : " route-label--quiet"}`,
      x: right ? px0 + px(10) : px0 - px(10),
      y: py0 + px(5) - (lineHeight * (lines.length - 1)) / 2,
      "font-size": px(size),
      "text-anchor": right ? "start" : "end",
    };
    return lines.length > 1
      ? textLines(document, lines, attrs, lineHeight)
      : svgEl(document, "text", attrs, [name]);
  };
  // Hefei is named wherever it is in view; the place marked always.
  const inView = (px0: number, py0: number) => px0 > x0 && px0 < x1 && py0 > y0 && py0 < y1;
  if (view.place.id !== HEFEI_ID && inView(hx, hy))
    svg.append(label(lookup(places, "route").hefei, hx, hy, false));
  svg.append(label(view.place, x, y, true));
  return svg;
}
