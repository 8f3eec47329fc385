import {
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
  type GeoStream,
  type GeoStreamWrapper,
} from "d3-geo";

/**
 * Wraps a projection so its output drops points closer than `tolerance` px to the last one kept
 * and rings that shrink below three points. Source shapes are simplified once for all scales;
 * this thins what each artboard's scale cannot show, so the SVG carries no sub-pixel detail.
 */
export function thinned(projection: GeoProjection, tolerance: number): GeoStreamWrapper {
  return { stream: (output) => projection.stream(thin(output, tolerance)) };
}

function thin(output: GeoStream, tolerance: number): GeoStream {
  const min2 = tolerance * tolerance;
  let polygon = false;
  let line: [number, number][] | null = null;
  let skipped: [number, number] | null = null;
  return {
    point(x, y) {
      if (!line) return output.point(x, y);
      const last = line[line.length - 1];
      if (!last || (x - last[0]) ** 2 + (y - last[1]) ** 2 >= min2) {
        line.push([x, y]);
        skipped = null;
      } else skipped = [x, y];
    },
    lineStart() {
      line = [];
      skipped = null;
    },
    lineEnd() {
      const points = line!;
      line = null;
      // Open lines keep their true end (a route must reach its place); rings close themselves.
      if (!polygon && skipped) points.push(skipped);
      if (points.length < (polygon ? 3 : 2)) return;
      output.lineStart();
      for (const [x, y] of points) output.point(x, y);
      output.lineEnd();
    },
    polygonStart() {
      polygon = true;
      output.polygonStart();
    },
    polygonEnd() {
      polygon = false;
      output.polygonEnd();
    },
    sphere() {
      output.sphere?.();
    },
  };
}

/** Pixels per radian of the projection at a point, measured along its meridian. */
export function localScale(projection: GeoProjection, [lon, lat]: [number, number]): number {
  const step = 0.01;
  const [x0, y0] = projection([lon, lat - step])!;
  const [x1, y1] = projection([lon, lat + step])!;
  return Math.hypot(x1 - x0, y1 - y0) / ((2 * step * Math.PI) / 180);
}

/**
 * How much geometry the map keeps, in pixels of the artboard it is drawn on. A phone parses and
 * paints every vertex; below these sizes they do not show.
 */
export const DETAIL = {
  /** Points closer than this many pixels to the last one kept are dropped. */
  thinPx: 1.5,
  /** Main map: Visvalingam detail worth under this many square pixels is dropped... */
  mainAreaPx: 4,
  /** ...and so are islands smaller than this many square pixels. */
  islandAreaPx: 16,
  /** Insets (Germany, Anhui): detail worth under this many square pixels is dropped. */
  insetAreaPx: 3,
} as const;

/**
 * The spherical area, in steradians, that `pixels` square pixels cover at `scale` px per radian,
 * to two significant digits (so memoised geometry is shared by artboards of similar scale).
 */
export function areaOfPixels(pixels: number, scale: number): number {
  return Number((pixels / (scale * scale)).toPrecision(2));
}

/** `0.5` -> ".5", `-0.5` -> "-.5": SVG path numbers without their leading zero. */
const short = (value: number): string => String(value).replace(/^(-?)0\./, "$1.");

/**
 * A path renderer writing relative commands at 0.1 px, about half the bytes of absolute ones.
 * Positions are rounded before they are differenced, so rounding never accumulates.
 */
export function compactPath(stream: GeoStreamWrapper): (object: GeoPermissibleObjects) => string {
  let out = "";
  let x = 0;
  let y = 0;
  let previous = "";
  let start: [number, number] = [0, 0];
  const to = (command: "m" | "l", px: number, py: number) => {
    const rx = Math.round(px * 10);
    const ry = Math.round(py * 10);
    const dx = (rx - x) / 10;
    const dy = (ry - y) / 10;
    if (command === "l" && dx === 0 && dy === 0) return;
    x = rx;
    y = ry;
    const sy = short(dy);
    const pair = `${short(dx)}${sy.startsWith("-") ? "" : ","}${sy}`;
    if (command === "m") start = [rx, ry];
    // Repeated linetos need no letter; a minus sign separates numbers as well as a space does.
    if (command === "l" && previous === "l") out += pair.startsWith("-") ? pair : ` ${pair}`;
    else out += command + pair;
    previous = command;
  };
  const context = {
    moveTo: (px: number, py: number) => to("m", px, py),
    lineTo: (px: number, py: number) => to("l", px, py),
    closePath: () => {
      out += "z";
      // After "z" the pen is back at the subpath's start, which the next relative move is from.
      [x, y] = start;
      previous = "";
    },
    arc: () => undefined,
    beginPath: () => undefined,
  };
  const render = geoPath(stream, context as never);
  return (object) => {
    out = "";
    x = 0;
    y = 0;
    start = [0, 0];
    previous = "";
    render(object);
    return out;
  };
}
