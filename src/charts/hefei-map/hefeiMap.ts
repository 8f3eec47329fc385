import { geoAzimuthalEquidistant, geoDistance, type GeoProjection } from "d3-geo";
import type { RecordOf } from "../../schemas/dataset.ts";
import { fill } from "../../i18n/index.ts";
import { mapMessages } from "./texts.ts";
import { worldLand, type LonLat } from "../../geo/worldLand.ts";
import { chartRoot, MIN_FONT, svgEl, type ChartOptions } from "../kit/svg.ts";
import { hefeiLayout, type Frame } from "./hefeiMapLayout.ts";
import { labelBox, placeLabels, type Box, type LabelRequest } from "./hefeiMapLabels.ts";
import { dotBox, kmFormatter, labelText, lonLat, placeName, placeTip } from "./hefeiMapText.ts";
import { areaOfPixels, compactPath, DETAIL, thinned } from "./hefeiMapStream.ts";
import { anhuiInset, germanyInset } from "./hefeiMapInsets.ts";

export { hefeiLayout } from "./hefeiMapLayout.ts";

/** Mean Earth radius used for every distance on the site, in km. */
export const EARTH_RADIUS_KM = 6371;
/** How far from Hefei the world map reaches, in degrees: the German sites lie 76–77° away. */
export const CLIP_ANGLE = 85;
/** Distance rings drawn around Hefei, in km. */
export const RINGS_KM = [2000, 4000, 6000, 8000] as const;
/** Record id of the map's centre. */
export const HEFEI_ID = "place.hefei";

type Place = RecordOf<"coordinates">;

function findHefei(places: Place[]): Place {
  const hefei = places.find((place) => place.id === HEFEI_ID);
  if (!hefei) throw new Error(`hefeiMap: expected a record "${HEFEI_ID}" among the places`);
  return hefei;
}

/** Great-circle distance of every place but Hefei from Hefei, in whole km, nearest first. */
export function distancesFromHefei(places: Place[]): { id: string; km: number }[] {
  const hefei = lonLat(findHefei(places));
  return places
    .filter((place) => place.id !== HEFEI_ID)
    .map((place) => ({ id: place.id, km: Math.round(geoDistance(hefei, lonLat(place)) * EARTH_RADIUS_KM) }))
    .sort((a, b) => a.km - b.km);
}

/**
 * The main map's projection: azimuthal equidistant centred on Hefei, so every straight line from
 * Hefei is a great circle and every distance from it is true; clipped to a circle of CLIP_ANGLE
 * degrees that fills the frame, with Hefei at the frame's centre.
 */
export function hefeiProjection(frame: Frame, hefei: LonLat): GeoProjection {
  const radius = Math.min(frame.width, frame.height) / 2 - 1;
  return geoAzimuthalEquidistant()
    .rotate([-hefei[0], -hefei[1]])
    .clipAngle(CLIP_ANGLE)
    .scale(radius / ((CLIP_ANGLE * Math.PI) / 180))
    .translate([frame.x + frame.width / 2, frame.y + frame.height / 2])
    .precision(0.3);
}

const boxOf = (frame: Frame): Box => ({
  x0: frame.x,
  y0: frame.y,
  x1: frame.x + frame.width,
  y1: frame.y + frame.height,
});

/**
 * Map of the story's places seen from Hefei: the world within CLIP_ANGLE degrees on an azimuthal
 * equidistant projection, with distance rings and great-circle routes, plus insets enlarging
 * Germany (where the four German sites would collide) and Anhui (where Hefei is).
 */
export function hefeiMap(places: Place[], { width, locale, document }: ChartOptions): SVGSVGElement {
  const m = mapMessages(locale);
  const km = kmFormatter(m);
  const layout = hefeiLayout(width);
  const { fontSize } = layout;
  const hefei = findHefei(places);
  const centre = lonLat(hefei);
  const distances = new Map(distancesFromHefei(places).map((d) => [d.id, d.km]));
  const byDistance = places
    .filter((p) => p.id !== HEFEI_ID)
    .sort((a, b) => distances.get(a.id)! - distances.get(b.id)!);
  const german = byDistance.filter((p) => p.country === "DE");
  const others = byDistance.filter((p) => p.country !== "DE");
  const germanKm = german.map((p) => distances.get(p.id)!);
  const [nearest, furthest] = [Math.min(...germanKm), Math.max(...germanKm)];
  const shenyangKm = distances.get("place.shenyang");

  const svg = chartRoot(document, {
    id: "hefei-map",
    width,
    height: layout.height,
    label: fill(m.map.finding, {
      min: km.one(nearest),
      max: km.one(furthest),
      shenyang: shenyangKm === undefined ? "" : km.one(shenyangKm),
    }),
  });

  const projection = hefeiProjection(layout.main, centre);
  const d = compactPath(thinned(projection, DETAIL.thinPx));
  // Simplified to this artboard's scale (see DETAIL).
  const world = worldLand(
    centre,
    CLIP_ANGLE,
    areaOfPixels(DETAIL.mainAreaPx, projection.scale()),
    areaOfPixels(DETAIL.islandAreaPx, projection.scale()),
  );
  const at = (place: Place) => projection(lonLat(place))!;
  const [cx, cy] = projection(centre)!;
  // Azimuthal equidistant: circles around Hefei are true circles of radius distance × scale.
  const radiusOf = (kmAway: number) => (kmAway / EARTH_RADIUS_KM) * projection.scale();

  const map = svgEl(document, "g", { class: "map map--main" });
  svg.append(map);
  map.append(
    svgEl(document, "circle", {
      class: "sphere",
      cx,
      cy,
      r: (CLIP_ANGLE * Math.PI * projection.scale()) / 180,
    }),
    svgEl(document, "path", { class: "land", d: d(world.land) }),
    svgEl(document, "path", { class: "land land--china", d: d(world.china) }),
    svgEl(document, "path", { class: "land land--germany", d: d(world.germany) }),
    svgEl(document, "path", { class: "borders", d: d(world.borders) }),
    svgEl(
      document,
      "g",
      { class: "rings" },
      RINGS_KM.map((ringKm) => svgEl(document, "circle", { class: "ring", cx, cy, r: radiusOf(ringKm) })),
    ),
    svgEl(
      document,
      "g",
      { class: "routes" },
      byDistance.map((place) =>
        svgEl(document, "path", {
          class: `route route--${place.country.toLowerCase()}`,
          d: d({ type: "LineString", coordinates: [centre, lonLat(place)] }),
        }),
      ),
    ),
  );

  // Ring labels sit where the rings cross the bearing south-south-east of Hefei, away from the
  // routes (north-west and north-east).
  const obstacles: Box[] = [];
  const bearing = (165 * Math.PI) / 180;
  const ringLabels = svgEl(document, "g", { class: "ring-labels" });
  for (const ringKm of RINGS_KM) {
    const text = km.one(ringKm);
    const x = cx + radiusOf(ringKm) * Math.sin(bearing);
    const y = cy - radiusOf(ringKm) * Math.cos(bearing) + MIN_FONT * 0.35;
    const placed = {
      lines: [text],
      x,
      y,
      anchor: "middle" as const,
      lineHeight: 0,
      box: labelBox([text], MIN_FONT, x, y, "middle"),
    };
    obstacles.push(placed.box);
    ringLabels.append(labelText(document, placed, MIN_FONT, "ring-label"));
  }

  // Dots. Hefei and Shenyang carry their tooltips here; the German sites form one cluster whose
  // tooltips live in the Germany inset.
  const hefeiR = 5;
  const dotR = 3.5;
  const clusterR = 2.5;
  const [hx, hy] = at(hefei);
  const dots = svgEl(document, "g", { class: "places" });
  dots.append(
    svgEl(
      document,
      "g",
      { class: "place place--hefei", "data-id": hefei.id, "data-tip": placeTip(m, hefei.id, undefined) },
      [svgEl(document, "circle", { cx: hx, cy: hy, r: hefeiR })],
    ),
  );
  obstacles.push(dotBox(hx, hy, hefeiR));
  for (const place of others) {
    const [x, y] = at(place);
    obstacles.push(dotBox(x, y, dotR));
    dots.append(
      svgEl(
        document,
        "g",
        { class: "place", "data-id": place.id, "data-tip": placeTip(m, place.id, distances.get(place.id)) },
        [svgEl(document, "circle", { cx: x, cy: y, r: dotR })],
      ),
    );
  }
  const clusterPoints = german.map(at);
  for (const [x, y] of clusterPoints) obstacles.push(dotBox(x, y, clusterR));
  dots.append(
    svgEl(
      document,
      "g",
      { class: "place place--cluster" },
      clusterPoints.map(([x, y]) => svgEl(document, "circle", { cx: x, cy: y, r: clusterR })),
    ),
  );

  // Labels, placed in order: Hefei, the other Chinese places, the German cluster, then China's
  // name on the Tibetan plateau, far west of Hefei and clear of the routes.
  const clusterX = clusterPoints.reduce((s, p) => s + p[0], 0) / clusterPoints.length;
  const clusterY = clusterPoints.reduce((s, p) => s + p[1], 0) / clusterPoints.length;
  const [chinaX, chinaY] = projection([88, 32])!;
  const requests: (LabelRequest & { className: string })[] = [
    {
      className: "place-label place-label--hefei",
      x: hx,
      y: hy,
      lines: [placeName(m, hefei.id)],
      fontSize,
      gap: hefeiR + 3,
      sides: ["below-left", "left", "below", "below-right"],
    },
    ...others.map((place) => {
      const [x, y] = at(place);
      return {
        className: "place-label",
        x,
        y,
        lines: [placeName(m, place.id), km.one(distances.get(place.id)!)],
        fontSize,
        gap: dotR + 3,
        sides: ["right", "above-right", "below-right", "above"] as LabelRequest["sides"],
      };
    }),
    {
      className: "place-label country-label country-label--germany",
      x: clusterX,
      y: clusterY,
      lines: [m.map.germany, km.range(nearest, furthest)],
      fontSize,
      weight: "bold",
      gap: 8,
      sides: ["above-right", "right", "below-right", "above", "below", "left"],
    },
    {
      className: "country-label country-label--china",
      x: chinaX,
      y: chinaY,
      lines: [m.map.china],
      fontSize,
      weight: "bold",
      gap: 0,
      sides: ["below", "above", "left"],
    },
  ];
  const placed = placeLabels(requests, boxOf(layout.main), obstacles);
  const labels = svgEl(
    document,
    "g",
    { class: "labels" },
    requests.map((r, i) => labelText(document, placed[i]!, r.fontSize, r.className)),
  );
  map.append(ringLabels, dots, labels);

  svg.append(
    germanyInset(document, layout.germany, german, { m, fontSize, distances }),
    anhuiInset(document, layout.anhui, hefei, { m, fontSize }),
  );
  return svg;
}
