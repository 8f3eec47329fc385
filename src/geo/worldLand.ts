import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { geoDistance } from "d3-geo";
import { feature, merge, mesh } from "topojson-client";
import {
  filter,
  filterWeight,
  presimplify,
  simplify,
  sphericalRingArea,
  sphericalTriangleArea,
  type RingWeighter,
} from "topojson-simplify";
import countries50m from "world-atlas/countries-50m.json" with { type: "json" };

/** ISO 3166-1 numeric codes, as world-atlas names its countries. */
export const COUNTRY = { china: "156", germany: "276" } as const;

type Countries = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
const world = countries50m as unknown as Countries;

/** Land, the two highlighted countries and the borders between countries. */
export interface WorldLand {
  /** Every country kept, merged into one shape (drawn muted). */
  land: MultiPolygon;
  china: Feature<Polygon | MultiPolygon>;
  germany: Feature<Polygon | MultiPolygon>;
  /** Land borders between countries (no coastlines). */
  borders: MultiLineString;
}

/** A lon/lat point: [longitude, latitude] in degrees. */
export type LonLat = [number, number];

let weighted: Countries | undefined;
const byView = new Map<string, WorldLand>();
const byDetail = new Map<number, Omit<WorldLand, "china">>();

/** The world with every point weighted by its spherical Visvalingam area, computed once. */
function presimplified(): Countries {
  weighted ??= presimplify(world, sphericalTriangleArea) as Countries;
  return weighted;
}

function* positions(coordinates: unknown): Generator<Position> {
  if (typeof (coordinates as number[])[0] === "number") yield coordinates as Position;
  else for (const child of coordinates as unknown[]) yield* positions(child);
}

/**
 * Countries from Natural Earth 1:50m (world-atlas), limited to those with a vertex within
 * `maxAngle` degrees of `centre` (what a map clipped to that circle shows) and simplified on the
 * sphere: points whose Visvalingam area is under `minArea` steradians go, and so do islands
 * under `minIsland` steradians. Memoised: the weighting is shared, each scale simplified once.
 */
export function worldLand(centre: LonLat, maxAngle: number, minArea: number, minIsland: number): WorldLand {
  const key = `${centre.join(",")}:${maxAngle}:${minArea}:${minIsland}`;
  const cached = byView.get(key);
  if (cached) return cached;
  const thin = simplify(presimplified(), minArea);
  const topology = filter(
    thin,
    filterWeight(thin, minIsland, sphericalRingArea as RingWeighter),
  ) as Countries;
  const limit = (maxAngle * Math.PI) / 180;
  const visible = topology.objects.countries.geometries.filter((geometry) => {
    const shape = feature(topology, geometry) as Feature;
    if (!shape.geometry) return false;
    const coordinates = (shape.geometry as Polygon | MultiPolygon).coordinates;
    for (const point of positions(coordinates)) {
      if (geoDistance(centre, point as LonLat) <= limit) return true;
    }
    return false;
  });
  const country = (id: string) => {
    const geometry = visible.find((g) => g.id === id);
    if (!geometry) throw new Error(`worldLand: country ${id} is not within ${maxAngle}° of the centre`);
    return feature(topology, geometry) as Feature<Polygon | MultiPolygon>;
  };
  const prepared: WorldLand = {
    land: merge(topology, visible as never),
    china: country(COUNTRY.china),
    germany: country(COUNTRY.germany),
    borders: mesh(topology, { type: "GeometryCollection", geometries: visible } as never, (a, b) => a !== b),
  };
  byView.set(key, prepared);
  return prepared;
}

/**
 * Germany and its neighbours from the same 1:50m data, simplified to `minArea` steradians, for an
 * enlarged inset: the inset's projection clips them to its frame, so only what it shows reaches
 * the page. Memoised per `minArea`.
 */
export function germanyDetail(minArea: number): Omit<WorldLand, "china"> {
  const cached = byDetail.get(minArea);
  if (cached) return cached;
  const topology = simplify(presimplified(), minArea) as Countries;
  const countries = topology.objects.countries.geometries;
  const prepared = {
    land: merge(topology, countries as never),
    germany: feature(
      topology,
      countries.find((g) => g.id === COUNTRY.germany)!,
    ) as Feature<Polygon | MultiPolygon>,
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  };
  byDetail.set(minArea, prepared);
  return prepared;
}
