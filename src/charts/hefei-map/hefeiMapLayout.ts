import { MIN_FONT } from "../kit/svg.ts";

/** A rectangle on the artboard. */
export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the main map and the two insets sit on an artboard of a given width. */
export interface HefeiLayout {
  width: number;
  height: number;
  /** Square frame of the Hefei-centred world map; Hefei is at its centre. */
  main: Frame;
  germany: Frame;
  anhui: Frame;
  /** Font size of place labels and inset titles. */
  fontSize: number;
}

/** Below this width the insets stack under the map instead of standing beside it. */
const WIDE = 560;
const GUTTER = 12;

/** Lays out the artboard: insets in a column left of the map when wide, stacked below when narrow. */
export function hefeiLayout(width: number): HefeiLayout {
  if (width >= WIDE) {
    const side = Math.round(Math.min(width * 0.68, 560));
    const column = width - side - GUTTER;
    const germany = { x: 0, y: 0, width: column, height: Math.round(side * 0.56) };
    const anhuiY = germany.height + GUTTER;
    return {
      width,
      height: side,
      main: { x: width - side, y: 0, width: side, height: side },
      germany,
      anhui: { x: 0, y: anhuiY, width: column, height: side - anhuiY },
      fontSize: 14,
    };
  }
  const main = { x: 0, y: 0, width, height: width };
  const germany = { x: 0, y: width + GUTTER, width, height: Math.round(width * 0.9) };
  const anhui = { x: 0, y: germany.y + germany.height + GUTTER, width, height: Math.round(width * 0.66) };
  return { width, height: anhui.y + anhui.height, main, germany, anhui, fontSize: MIN_FONT };
}
