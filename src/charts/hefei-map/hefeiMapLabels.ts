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
}

/** A placed label: first baseline at (x, y), lines `lineHeight` apart. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  lineHeight: number;
  box: Box;
}

/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.2;

// Advance widths in em of a wide bold sans (DejaVu Sans Bold, what system-ui falls back to on
// many Linux systems): labels are placed without measuring the DOM, so boxes err on the wide side.
const NARROW = new Set("ijlI.,:;'|!");
const SEMI = new Set("frt -()/–");
const WIDE = new Set("mwMW");
function charWidth(char: string): number {
  if (NARROW.has(char)) return 0.38;
  if (SEMI.has(char)) return 0.5;
  if (WIDE.has(char)) return 1.04;
  if (/[0-9]/.test(char)) return 0.7;
  if (char !== char.toLowerCase()) return 0.8;
  return 0.7;
}

/** Estimated width of a line of text in px, on the wide side, plus the halo. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize + 3;
}

/** The box a label of these lines takes, estimated without the DOM, for a given anchor and first baseline. */
export function labelBox(
  lines: string[],
  fontSize: number,
  x: number,
  y: number,
  anchor: "start" | "middle" | "end",
): Box {
  const width = Math.max(...lines.map((line) => textWidth(line, fontSize)));
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

function candidate(request: LabelRequest, side: Side): PlacedLabel {
  const { x, y, lines, fontSize, gap } = request;
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
    x: x + dx,
    y: baseline,
    anchor,
    lineHeight,
    box: labelBox(lines, fontSize, x + dx, baseline, anchor),
  };
}

/**
 * Places labels greedily, in order: each takes the first of its sides that stays inside `bounds`
 * and clear of the obstacles and of labels already placed (else its first side that fits the
 * bounds). Deterministic, so both artboards and tests see the same layout.
 */
export function placeLabels(requests: LabelRequest[], bounds: Box, obstacles: Box[] = []): PlacedLabel[] {
  const taken = [...obstacles];
  return requests.map((request) => {
    const options = request.sides.map((side) => candidate(request, side));
    const chosen =
      options.find((o) => inside(o.box, bounds) && !taken.some((t) => overlaps(o.box, t))) ??
      options.find((o) => inside(o.box, bounds)) ??
      options[0]!;
    taken.push(chosen.box);
    return chosen;
  });
}
