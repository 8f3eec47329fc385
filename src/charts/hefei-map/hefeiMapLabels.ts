import { textWidth, type Weight } from "../kit/textWidth.ts";

/** An axis-aligned box in artboard pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a label sits relative to its point. */
export type Side =
  "right" | "left" | "above" | "below" | "above-right" | "below-right" | "above-left" | "below-left";

/** A label to place next to a point, trying `sides` in order. */
export interface LabelRequest {
  x: number;
  y: number;
  lines: string[];
  fontSize: number;
  /** Gap between the point and the text, in px (covers the dot's radius). */
  gap: number;
  sides: Side[];
  /** Bold labels are wider; normal when omitted. */
  weight?: Weight;
  /** Other ways to break the text into lines, tried on every side when `lines` fits nowhere clear. */
  alternatives?: string[][];
}

/** A placed label: its lines, first baseline at (x, y), `lineHeight` apart. */
export interface PlacedLabel {
  lines: string[];
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  lineHeight: number;
  box: Box;
}

/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.2;

/** A label's halo (a 3 px stroke painted under the glyphs) widens it by this much. */
const HALO = 3;

/** The box a label of these lines takes, estimated without the DOM, for a given anchor and first baseline. */
export function labelBox(
  lines: string[],
  fontSize: number,
  x: number,
  y: number,
  anchor: "start" | "middle" | "end",
  weight: Weight = "normal",
): Box {
  const width = Math.max(...lines.map((line) => textWidth(line, fontSize, weight))) + HALO;
  const x0 = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  const top = y - fontSize * 0.8;
  return {
    x0,
    y0: top,
    x1: x0 + width,
    y1: top + fontSize * (0.8 + 0.25) + (lines.length - 1) * fontSize * LINE_HEIGHT,
  };
}

/** True when two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** True when `inner` lies wholly inside `outer`. */
export function inside(inner: Box, outer: Box): boolean {
  return inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1;
}

function candidate(request: LabelRequest, side: Side, lines = request.lines): PlacedLabel {
  const { x, y, fontSize, gap } = request;
  const lineHeight = fontSize * LINE_HEIGHT;
  const blockHeight = fontSize * 1.05 + (lines.length - 1) * lineHeight;
  const anchor = side.endsWith("right") ? "start" : side.endsWith("left") ? "end" : "middle";
  const diagonal = side.includes("-");
  const dx =
    anchor === "start" ? gap * (diagonal ? 0.7 : 1) : anchor === "end" ? -gap * (diagonal ? 0.7 : 1) : 0;
  // Baseline of the first line: centred on the point for left/right, above or below otherwise.
  let top: number;
  if (side.startsWith("above")) top = y - (diagonal ? gap * 0.7 : gap) - blockHeight;
  else if (side.startsWith("below")) top = y + (diagonal ? gap * 0.7 : gap);
  else top = y - blockHeight / 2;
  const baseline = top + fontSize * 0.8;
  return {
    lines,
    x: x + dx,
    y: baseline,
    anchor,
    lineHeight,
    box: labelBox(lines, fontSize, x + dx, baseline, anchor, request.weight),
  };
}

/** Every place a label may take, in order of preference: its sides, then its other line breaks. */
const candidates = (request: LabelRequest): PlacedLabel[] =>
  [request.lines, ...(request.alternatives ?? [])].flatMap((lines) =>
    request.sides.map((side) => candidate(request, side, lines)),
  );

/** Most arrangements tried before giving up on a layout where every label is clear. */
const SEARCH_LIMIT = 50_000;

/**
 * Places labels in order, each on the first of its candidates (sides, then other line breaks)
 * that stays inside `bounds` and clear of the obstacles and of the labels before it; where a later
 * label finds no clear place, earlier ones move to their next candidates (a depth-first search).
 * When no layout clears them all, each takes its first clear place, else its first side inside
 * the bounds. Deterministic, so both artboards and tests see the same layout.
 */
export function placeLabels(requests: LabelRequest[], bounds: Box, obstacles: Box[] = []): PlacedLabel[] {
  const options = requests.map((r) => candidates(r).filter((o) => inside(o.box, bounds)));
  const chosen: PlacedLabel[] = [];
  let tries = 0;
  const search = (i: number): boolean => {
    if (i === requests.length) return true;
    for (const option of options[i]!) {
      if (++tries > SEARCH_LIMIT) return false;
      if (obstacles.some((t) => overlaps(option.box, t)) || chosen.some((c) => overlaps(option.box, c.box)))
        continue;
      chosen.push(option);
      if (search(i + 1)) return true;
      chosen.pop();
    }
    return false;
  };
  if (search(0)) return chosen;
  const taken = [...obstacles];
  return requests.map((request, i) => {
    const placed =
      options[i]!.find((o) => !taken.some((t) => overlaps(o.box, t))) ??
      options[i]![0] ??
      candidate(request, request.sides[0]!);
    taken.push(placed.box);
    return placed;
  });
}
