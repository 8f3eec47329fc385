import { geoDistance } from "d3-geo";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readDatasets } from "../../lib/readDatasets.ts";
import type { RecordOf } from "../../schemas/dataset.ts";
import { MIN_FONT } from "../kit/svg.ts";
import { REGIONS, VIEW_PX, routeSprite, routeStepSvg, routeTexts, routeView, type Box } from "./route.ts";

const places = readDatasets("src/data").find(({ dataset }) => dataset.id === "places")!.dataset
  .records as RecordOf<"coordinates">[];
const document = parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
const ids = places.map((p) => p.id);
const view = (id: string) => routeView(places, { place: id }, "test");
/** Where a place is drawn in a view: the dot's centre. */
const dotOf = (id: string) => {
  const svg = routeStepSvg(places, view(id), "en", document);
  const dot = svg.querySelector(".route-dot--active")!;
  return [Number(dot.getAttribute("cx")), Number(dot.getAttribute("cy"))] as const;
};
const inside = ([x, y]: readonly [number, number], [x0, y0, x1, y1]: Box, margin: number) =>
  x > x0 + margin * (x1 - x0) &&
  x < x1 - margin * (x1 - x0) &&
  y > y0 + margin * (y1 - y0) &&
  y < y1 - margin * (y1 - y0);

describe("the map walk's views", () => {
  it.each(ids)("shows %s well inside a square view", (id) => {
    const { viewBox } = view(id);
    expect(viewBox[2] - viewBox[0]).toBeCloseTo(viewBox[3] - viewBox[1], 0);
    expect(inside(dotOf(id), viewBox, 0.1)).toBe(true);
  });

  it("centres Hefei and each German site; fits Shenyang together with Hefei, with the route between", () => {
    for (const id of ["place.hefei", "place.munich", "place.bueren"]) {
      const [x0, y0, x1, y1] = view(id).viewBox;
      const [x, y] = dotOf(id);
      expect(x).toBeCloseTo((x0 + x1) / 2, 0);
      expect(y).toBeCloseTo((y0 + y1) / 2, 0);
    }
    const shenyang = routeStepSvg(places, view("place.shenyang"), "en", document);
    const hefei = shenyang.querySelector(".route-dot--hefei")!;
    expect(
      inside(
        [Number(hefei.getAttribute("cx")), Number(hefei.getAttribute("cy"))],
        view("place.shenyang").viewBox,
        0.05,
      ),
    ).toBe(true);
    expect(shenyang.querySelector(".route-line")).not.toBeNull();
    expect(routeStepSvg(places, view("place.hefei"), "en", document).querySelector(".route-line")).toBeNull();
  });

  it("zooms in: Anhui closer than east China, Germany closer than Shenyang's route", () => {
    const side = (b: Box) => b[2] - b[0];
    const anhui = routeView(places, { region: "anhui" }, "test");
    expect(anhui.region).toBe("anhui");
    expect(side(anhui.viewBox)).toBeLessThan(side(view("place.hefei").viewBox) / 2);
    expect(side(view("place.munich").viewBox)).toBeLessThan(side(view("place.shenyang").viewBox) / 2);
  });

  it("draws each view's text at 13 px or more at its size on a phone, and hides the map from assistive technology", () => {
    for (const id of ids) {
      const svg = routeStepSvg(places, view(id), "en", document);
      const [, , side] = svg.getAttribute("viewBox")!.split(" ").map(Number);
      for (const text of svg.querySelectorAll("text"))
        expect((Number(text.getAttribute("font-size")) * VIEW_PX) / side!).toBeGreaterThanOrEqual(
          MIN_FONT - 0.01,
        );
      expect(svg.getAttribute("aria-hidden")).toBe("true");
      expect(svg.querySelector("use")!.getAttribute("href")).toBe(`#route-${view(id).region}`);
    }
  });

  it("draws each region's land once, in a hidden sprite the views refer to", () => {
    const sprite = routeSprite(places, document);
    expect(sprite.getAttribute("aria-hidden")).toBe("true");
    expect([...sprite.querySelectorAll("defs > g")].map((g) => g.id)).toEqual(
      REGIONS.map((r) => `route-${r}`),
    );
    for (const group of sprite.querySelectorAll("defs > g"))
      expect(group.querySelector("path")!.getAttribute("d")!.length).toBeGreaterThan(100);
    // Anhui's view shows the province's outline.
    expect(sprite.querySelector("#route-anhui")!.querySelectorAll("path").length).toBeGreaterThan(
      sprite.querySelector("#route-east")!.querySelectorAll("path").length,
    );
  });

  it("says each step's great-circle distance from Hefei in the reader's language", () => {
    const munich = places.find((p) => p.id === "place.munich")!;
    const hefei = places.find((p) => p.id === "place.hefei")!;
    // The sphere's radius is the site's, 6371 km: the distance rounds to whole km.
    const km = Math.round(
      geoDistance([hefei.value.lon, hefei.value.lat], [munich.value.lon, munich.value.lat]) * 6371,
    );
    const grouped = (sep: string) => String(km).replace(/\B(?=(\d{3})+$)/, sep);
    expect(routeTexts(view("place.munich"), "en").distance).toBe(
      `${grouped(",")} km from Hefei on the great circle`,
    );
    expect(routeTexts(view("place.munich"), "de").distance).toBe(
      `${grouped(".")} km von Hefei auf dem Großkreis`,
    );
    expect(routeTexts(view("place.munich"), "zh").distance).toBe(`距合肥${grouped(",")}公里（大圆距离）`);
    expect(routeTexts(view("place.hefei"), "en").distance).toBeUndefined();
    expect(routeTexts(view("place.munich"), "en").describe).toBe(
      `Map: Germany, with Munich marked and the great-circle line from Hefei (${grouped(",")} km).`,
    );
  });

  it("names the step and lists the places it knows when a place is unknown", () => {
    expect(() => routeView(places, { place: "place.munch" }, "src/stories/x/en.mdx: <RouteStep>")).toThrow(
      `src/stories/x/en.mdx: <RouteStep>: unknown place "place.munch": expected one of ${ids.join(", ")}`,
    );
    expect(() => routeView(places, { region: "bavaria" }, "here")).toThrow(
      'here: unknown region "bavaria": expected "anhui"',
    );
  });
});
