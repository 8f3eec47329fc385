import { geoConicConformal, geoMercator, type GeoProjection } from "d3-geo";
import type { RecordOf } from "../../schemas/dataset.ts";
import type { MapMessages as Messages } from "./texts.ts";
import { germanyDetail } from "../../geo/worldLand.ts";
import { anhuiShapes } from "../../geo/anhui.ts";
import { svgEl } from "../kit/svg.ts";
import type { Frame } from "./hefeiMapLayout.ts";
import { placeLabels, type Box } from "./hefeiMapLabels.ts";
import { dotBox, kmFormatter, labelText, lonLat, nameLines, placeName, placeTip } from "./hefeiMapText.ts";
import { areaOfPixels, compactPath, DETAIL, localScale, thinned } from "./hefeiMapStream.ts";

type Place = RecordOf<"coordinates">;

/** Detail of the outlines the insets are fitted to, in steradians (fitting needs little). */
const FIT_DETAIL = 1e-6;

/** Padding inside an inset's frame, in px. */
const PAD = 8;

/** The frame, title and map area every inset shares; `area` is where its map is drawn. */
function insetShell(document: Document, frame: Frame, name: string, title: string, fontSize: number) {
  const group = svgEl(document, "g", { class: `inset inset--${name}` });
  const titleBand = fontSize + PAD * 2;
  group.append(
    svgEl(document, "rect", {
      class: "inset-frame",
      x: frame.x + 0.5,
      y: frame.y + 0.5,
      width: frame.width - 1,
      height: frame.height - 1,
    }),
    svgEl(
      document,
      "text",
      { class: "inset-title", x: frame.x + PAD, y: frame.y + PAD + fontSize * 0.8, "font-size": fontSize },
      [title],
    ),
  );
  const area: Box = {
    x0: frame.x + 1,
    y0: frame.y + titleBand,
    x1: frame.x + frame.width - 1,
    y1: frame.y + frame.height - 1,
  };
  return { group, area };
}

/** A path renderer for an inset: clipped to its map area, thinned and compact. */
function pathIn(projection: GeoProjection, area: Box) {
  projection.clipExtent([
    [area.x0, area.y0],
    [area.x1, area.y1],
  ]);
  return compactPath(thinned(projection, DETAIL.thinPx));
}

/**
 * Germany enlarged, with the four German sites labelled with their distance from Hefei. The sites
 * carry their tooltips here (not on the world map, where they overlap), nearest to Hefei first.
 */
export function germanyInset(
  document: Document,
  frame: Frame,
  sites: Place[],
  { m, fontSize, distances }: { m: Messages; fontSize: number; distances: Map<string, number> },
): SVGGElement {
  const { group, area } = insetShell(document, frame, "germany", m.map.insetGermany, fontSize);
  const outline = germanyDetail(FIT_DETAIL).germany;
  // Lambert conformal conic with the standard parallels Germany's own maps use.
  const projection = geoConicConformal()
    .parallels([48.67, 53.67])
    .rotate([-10.5, 0])
    .fitExtent(
      [
        [area.x0 + PAD, area.y0 + 2],
        [area.x1 - PAD, area.y1 - PAD],
      ],
      outline,
    );
  const shapes = germanyDetail(areaOfPixels(DETAIL.insetAreaPx, localScale(projection, [10.5, 51])));
  const d = pathIn(projection, area);
  group.append(
    svgEl(document, "path", { class: "land", d: d(shapes.land) }),
    svgEl(document, "path", { class: "land land--germany", d: d(shapes.germany) }),
    svgEl(document, "path", { class: "borders", d: d(shapes.borders) }),
  );
  const km = kmFormatter(m);
  const r = 4;
  const points = sites.map((site) => projection(lonLat(site))!);
  const obstacles = points.map(([x, y]) => dotBox(x, y, r));
  const lines = sites.map((site) => [placeName(m, site.id), km.one(distances.get(site.id)!)]);
  // Sites further west are labelled to the left first: the cluster's outliers lie west.
  const meanX = points.reduce((s, p) => s + p[0], 0) / points.length;
  const placed = placeLabels(
    sites.map((_, i) => ({
      x: points[i]![0],
      y: points[i]![1],
      lines: lines[i]!,
      alternatives: [[...nameLines(lines[i]![0]!, fontSize), lines[i]![1]!]],
      fontSize,
      gap: r + 3,
      sides:
        points[i]![0] < meanX
          ? ["left", "above-left", "below-left", "above", "below", "right"]
          : ["right", "above-right", "below-right", "above", "below", "left"],
    })),
    area,
    obstacles,
  );
  const dots = svgEl(document, "g", { class: "places" });
  const labels = svgEl(document, "g", { class: "labels" });
  sites.forEach((site, i) => {
    const [x, y] = points[i]!;
    dots.append(
      svgEl(
        document,
        "g",
        { class: "place", "data-id": site.id, "data-tip": placeTip(m, site.id, distances.get(site.id)) },
        [svgEl(document, "circle", { cx: x, cy: y, r })],
      ),
    );
    labels.append(labelText(document, placed[i]!, fontSize, "place-label"));
  });
  group.append(dots, labels);
  return group;
}

/** Anhui among its neighbouring provinces, with Hefei, its capital, marked. */
export function anhuiInset(
  document: Document,
  frame: Frame,
  hefei: Place,
  { m, fontSize }: { m: Messages; fontSize: number },
): SVGGElement {
  const { group, area } = insetShell(document, frame, "anhui", m.map.insetAnhui, fontSize);
  const outline = anhuiShapes(FIT_DETAIL).anhui;
  const margin = Math.min(area.x1 - area.x0, area.y1 - area.y0) * 0.12;
  const projection = geoMercator().fitExtent(
    [
      [area.x0 + margin, area.y0 + margin * 0.5],
      [area.x1 - margin, area.y1 - margin * 0.5],
    ],
    outline,
  );
  const shapes = anhuiShapes(areaOfPixels(DETAIL.insetAreaPx, localScale(projection, [117.2, 31.8])));
  const d = pathIn(projection, area);
  group.append(
    svgEl(document, "path", { class: "province", d: d(shapes.others) }),
    svgEl(document, "path", { class: "borders borders--province", d: d(shapes.borders) }),
    svgEl(document, "path", { class: "province province--anhui", d: d(shapes.anhui) }),
  );
  const [x, y] = projection(lonLat(hefei))!;
  const r = 4.5;
  const name = placeName(m, hefei.id);
  const [placed] = placeLabels(
    [{ x, y, lines: [name], fontSize, gap: r + 3, sides: ["right", "left", "above", "below"] }],
    area,
    [dotBox(x, y, r)],
  );
  group.append(
    svgEl(document, "g", { class: "place place--hefei", "data-id": hefei.id }, [
      svgEl(document, "circle", { cx: x, cy: y, r }),
    ]),
    labelText(document, placed!, fontSize, "place-label place-label--hefei"),
  );
  return group;
}
