import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { parseDataset } from "../../lib/validate.ts";
import type { RecordOf } from "../../schemas/dataset.ts";
import type { Locale } from "../../i18n/index.ts";
import { texts } from "./texts.ts";
import { ARTBOARDS, MIN_FONT } from "../kit/svg.ts";
import { distancesFromHefei, EARTH_RADIUS_KM, hefeiLayout, hefeiMap, hefeiProjection } from "./hefeiMap.ts";
import { labelBox, overlaps, type Box } from "./hefeiMapLabels.ts";
import { nameLines } from "./hefeiMapText.ts";

const file = new URL("../../data/places.json", import.meta.url);
const places = parseDataset(JSON.parse(readFileSync(file, "utf8")), "src/data/places.json").records.filter(
  (r): r is RecordOf<"coordinates"> => r.unit === "coordinates",
);
const byId = (id: string) => places.find((p) => p.id === id)!;
const hefei = byId("place.hefei");
const names = ["Hefei", "Shenyang", "Munich", "Ditzingen", "Niedernhall", "Büren"];

/** Haversine distance in km, written independently of d3. */
function haversine(a: RecordOf<"coordinates">, b: RecordOf<"coordinates">): number {
  const rad = Math.PI / 180;
  const dLat = (b.value.lat - a.value.lat) * rad;
  const dLon = (b.value.lon - a.value.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.value.lat * rad) * Math.cos(b.value.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function render(width: number, locale: Locale = "en") {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = hefeiMap(places, { width, locale, document: document as unknown as Document });
  return { svg, html: svg.outerHTML };
}

/** Absolute points of a path written with m/l commands (relative or absolute). */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([mlMLzZ])([^mlMLzZ]*)/g)) {
    const numbers = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const relative = command === "m" || command === "l";
      x = relative ? x + numbers[i]! : numbers[i]!;
      y = relative ? y + numbers[i + 1]! : numbers[i + 1]!;
      points.push([x, y]);
    }
  }
  return points;
}

/** Estimated boxes of every text in the chart, from its attributes. */
function textBoxes(svg: SVGSVGElement): { text: string; box: Box }[] {
  return [...svg.querySelectorAll("text")].map((text) => {
    const fontSize = Number(text.getAttribute("font-size"));
    const tspans = [...text.querySelectorAll("tspan")];
    const lines = tspans.length ? tspans.map((t) => t.textContent ?? "") : [text.textContent ?? ""];
    const anchor = (text.getAttribute("text-anchor") ?? "start") as "start" | "middle" | "end";
    const box = labelBox(
      lines,
      fontSize,
      Number(text.getAttribute("x")),
      Number(text.getAttribute("y")),
      anchor,
    );
    return { text: lines.join(" / "), box };
  });
}

describe("distancesFromHefei", () => {
  const distances = distancesFromHefei(places);

  it("gives every place but Hefei, nearest first", () => {
    expect(distances).toHaveLength(5);
    expect(distances.map((d) => d.id)).not.toContain("place.hefei");
    expect(distances.map((d) => d.km)).toEqual([...distances.map((d) => d.km)].sort((a, b) => a - b));
    expect(distances[0]!.id).toBe("place.shenyang");
  });

  it("matches an independent haversine within 1%", () => {
    expect(EARTH_RADIUS_KM).toBe(6371);
    for (const { id, km } of distances) {
      const expected = haversine(hefei, byId(id));
      expect(Math.abs(km - expected) / expected).toBeLessThan(0.01);
    }
    const munich = distances.find((d) => d.id === "place.munich")!.km;
    expect(munich).toBeGreaterThan(8400);
    expect(munich).toBeLessThan(8520);
    expect(Number.isInteger(munich)).toBe(true);
  });
});

describe.each(ARTBOARDS)("hefeiMap at %i px", (width) => {
  const { svg, html } = render(width);
  const layout = hefeiLayout(width);
  const centre = [layout.main.x + layout.main.width / 2, layout.main.y + layout.main.height / 2];

  it("puts Hefei at the centre of the main map frame", () => {
    const projected = hefeiProjection(layout.main, [hefei.value.lon, hefei.value.lat])([
      hefei.value.lon,
      hefei.value.lat,
    ])!;
    expect(Math.abs(projected[0] - centre[0]!)).toBeLessThan(0.5);
    expect(Math.abs(projected[1] - centre[1]!)).toBeLessThan(0.5);
    const dot = svg.querySelector(".map--main .place--hefei circle")!;
    expect(Math.abs(Number(dot.getAttribute("cx")) - centre[0]!)).toBeLessThan(0.5);
    expect(Math.abs(Number(dot.getAttribute("cy")) - centre[1]!)).toBeLessThan(0.5);
  });

  it("draws every route as a straight line from Hefei to its place", () => {
    const routes = [...svg.querySelectorAll(".route")];
    expect(routes).toHaveLength(5);
    for (const route of routes) {
      const points = pathPoints(route.getAttribute("d")!);
      expect(points.length).toBeGreaterThanOrEqual(2);
      const [x0, y0] = points[0]!;
      const [x1, y1] = points[points.length - 1]!;
      expect(Math.hypot(x0 - centre[0]!, y0 - centre[1]!)).toBeLessThan(0.5);
      const length = Math.hypot(x1 - x0, y1 - y0);
      for (const [x, y] of points) {
        // Distance of each point from the chord: a great circle through the centre is straight.
        expect(Math.abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / length).toBeLessThan(0.5);
      }
    }
  });

  it("shows China and Germany as their own shapes, around their places", () => {
    const bounds = (selector: string) => {
      const d = svg.querySelector(selector)?.getAttribute("d") ?? "";
      expect(d, selector).toMatch(/z/);
      const points = pathPoints(d);
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    };
    const within = (box: Box, dot: Element | null) => {
      const [x, y] = [Number(dot!.getAttribute("cx")), Number(dot!.getAttribute("cy"))];
      return x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
    };
    const china = bounds(".map--main .land--china");
    expect(within(china, svg.querySelector(".map--main .place--hefei circle"))).toBe(true);
    expect(within(china, svg.querySelector('.map--main [data-id="place.shenyang"] circle'))).toBe(true);
    const germany = bounds(".map--main .land--germany");
    for (const dot of svg.querySelectorAll(".place--cluster circle")) expect(within(germany, dot)).toBe(true);
    const inset = bounds(".inset .land--germany");
    expect(inset.x1 - inset.x0).toBeGreaterThan(100);
    for (const id of ["place.munich", "place.ditzingen", "place.niedernhall", "place.bueren"]) {
      expect(within(inset, svg.querySelector(`.inset [data-id="${id}"] circle`)), id).toBe(true);
    }
    expect(within(bounds(".province--anhui"), svg.querySelector(".inset .place--hefei circle"))).toBe(true);
  });

  it("labels every place and gives each one tooltip, Hefei first then by distance", () => {
    const text = [...svg.querySelectorAll("text")].map((t) => t.textContent).join(" ");
    for (const name of names) expect(text).toContain(name);
    const tips = [...svg.querySelectorAll("[data-tip]")];
    expect(tips.map((t) => t.getAttribute("data-id"))).toEqual([
      "place.hefei",
      ...distancesFromHefei(places).map((d) => d.id),
    ]);
    expect(tips.find((t) => t.getAttribute("data-id") === "place.munich")!.getAttribute("data-tip")).toMatch(
      /^Munich: BMW headquarters\. 8,4\d\d km from Hefei$/,
    );
  });

  it("states its finding in the accessible name", () => {
    expect(svg.getAttribute("aria-label")).toMatch(/8,437 km to 8,577 km from Hefei.*is 1,232 km/);
  });

  it("keeps labels apart and inside the artboard", () => {
    const boxes = textBoxes(svg);
    const artboard = { x0: 0, y0: 0, x1: width, y1: layout.height };
    for (const { text, box } of boxes) {
      expect(
        box.x0 >= artboard.x0 && box.x1 <= artboard.x1 && box.y0 >= 0 && box.y1 <= artboard.y1,
        text,
      ).toBe(true);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        expect(overlaps(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.text} / ${boxes[j]!.text}`).toBe(false);
      }
    }
  });

  it("is small, styled only by classes and free of ids", () => {
    expect(html.length).toBeLessThan(80_000);
    expect(html).not.toMatch(/<style/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\sid=/);
    expect(html).not.toMatch(/\s(fill|stroke)="(?!none)/);
    const sizes = [...html.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(10);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(MIN_FONT);
  });
});

// Every locale the map has texts in (a site locale without them has no map to draw).
describe.each(texts.locales.flatMap((locale) => ARTBOARDS.map((width) => [locale, width] as const)))(
  "hefeiMap in %s at %i px",
  (locale, width) => {
    it("keeps its estimated label boxes apart and inside the artboard", () => {
      const { svg } = render(width, locale);
      const boxes = textBoxes(svg);
      const height = hefeiLayout(width).height;
      for (const { text, box } of boxes)
        expect(box.x0 >= 0 && box.x1 <= width && box.y0 >= 0 && box.y1 <= height, text).toBe(true);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(overlaps(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.text} / ${boxes[j]!.text}`).toBe(false);
    });
  },
);

describe("nameLines", () => {
  it("sets a bilingual name as two lines, the original under the translation, without brackets", () => {
    expect(nameLines("下哈尔（Niedernhall）", 14)).toEqual(["下哈尔", "Niedernhall"]);
    expect(nameLines("Büren (Westfalen)", 14)).toEqual(["Büren", "Westfalen"]);
  });

  it("breaks any other long name into two lines", () => {
    const lines = nameLines("Würth Elektronik ICS Niedernhall", 14);
    expect(lines).toHaveLength(2);
    expect(lines.join(" ")).toBe("Würth Elektronik ICS Niedernhall");
  });
});
