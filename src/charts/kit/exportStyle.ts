import { exportColor } from "./palette.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";

// The site's stylesheet, read where the build runs (the project root), as the datasets are.
const siteCss = readFileSync(join(process.cwd(), "src/styles/site.css"), "utf8");

/**
 * Presentation attributes for charts that leave the page (SVG and PNG downloads, share images).
 * The page colours charts through CSS classes and custom properties (light and dark); a file
 * on its own cannot, and resvg reads no custom properties, so this applies the light palette
 * of src/styles/site.css as plain attributes: read from the stylesheet itself, the one set of
 * tokens, so the exports can never drift from the page.
 */
export const EXPORT_PALETTE = {
  bg: lightToken("bg"),
  ink: lightToken("ink"),
  muted: lightToken("muted"),
  rule: lightToken("rule"),
  surface: lightToken("surface"),
  land: lightToken("land"),
  water: lightToken("water"),
  china: lightToken("china"),
  chinaLand: lightToken("china-land"),
  germanyLand: lightToken("germany-land"),
  route: lightToken("route"),
  unit: lightToken("unit"),
};

/** The light value of a colour token of the site's stylesheet (`--ink: light-dark(#1b1b1b, …)`). */
function lightToken(name: string): string {
  const match = new RegExp(`--${name}:\\s*(?:light-dark\\(\\s*)?(#[0-9a-fA-F]{3,8})`).exec(siteCss);
  if (!match) throw new Error(`src/styles/site.css: no colour token --${name} for the exports`);
  return match[1]!.toLowerCase();
}

/** Page colours that charts drawn with Plot name in their attributes, as the exports write them. */
const CSS_COLOURS: Record<string, string> = {
  "var(--bg)": EXPORT_PALETTE.bg,
  "var(--ink)": EXPORT_PALETTE.ink,
  "var(--muted)": EXPORT_PALETTE.muted,
  "var(--rule)": EXPORT_PALETTE.rule,
  "var(--surface)": EXPORT_PALETTE.surface,
  "var(--unit)": EXPORT_PALETTE.unit,
  currentColor: EXPORT_PALETTE.ink,
};

/** An attribute value with CSS variables and currentColor replaced by the light palette's hex. */
export const exportValue = (value: string): string =>
  exportColor(
    value.replace(/var\(--(?:bg|ink|muted|rule|surface|unit)\)|currentColor/g, (css) => CSS_COLOURS[css]!),
  );

/** The font the exports are rendered with (bundled for resvg: Noto Sans SC covers Latin and CJK). */
export const EXPORT_FONT = "Noto Sans SC";

type Attrs = Record<string, string>;
const P = EXPORT_PALETTE;

/** The attributes one element gets, from its classes and its ancestors'. */
export function exportAttrs(element: Element): Attrs {
  const own = new Set((element.getAttribute("class") ?? "").split(/\s+/).filter(Boolean));
  const within = (cls: string) => !!element.parentElement?.closest(`.${cls}`);
  const has = (cls: string) => own.has(cls);
  const tag = element.tagName.toLowerCase();
  const a: Attrs = {};
  if (tag === "text") {
    // Text inherits a fill a mark set on its group (Plot's marks do); otherwise it is ink.
    if (!element.parentElement?.closest("[fill]")) a.fill = P.ink;
    if (has("label--strong") || has("inset-title") || has("country-label")) a["font-weight"] = "700";
    if (has("label--muted") || has("tick") || has("note") || has("ring-label")) a.fill = P.muted;
    if (has("halo") || has("label--halo")) {
      Object.assign(a, {
        stroke: P.bg,
        "stroke-width": "3",
        "stroke-linejoin": "round",
        "paint-order": "stroke",
      });
    }
    return a;
  }
  // The page's .tabular-nums rule, as a property (SVG's font-variant attribute cannot say it).
  if (has("tabular-nums")) a.style = "font-variant-numeric:tabular-nums";
  if (has("sphere")) Object.assign(a, { fill: P.water, stroke: P.rule });
  else if (has("land")) {
    const fill = has("land--china") ? P.chinaLand : has("land--germany") ? P.germanyLand : P.land;
    Object.assign(a, { fill, stroke: P.bg, "stroke-width": "0.5" });
  } else if (has("borders")) Object.assign(a, { fill: "none", stroke: P.bg, "stroke-width": "0.5" });
  else if (has("ring"))
    Object.assign(a, { fill: "none", stroke: P.muted, "stroke-width": "0.75", "stroke-dasharray": "2 3" });
  else if (has("route")) Object.assign(a, { fill: "none", stroke: P.route, "stroke-width": "1.25" });
  else if (has("inset-frame")) Object.assign(a, { fill: P.water, stroke: P.rule });
  else if (has("province--anhui"))
    Object.assign(a, { fill: P.chinaLand, stroke: P.china, "stroke-width": "1" });
  else if (has("province")) Object.assign(a, { fill: P.land, stroke: P.bg, "stroke-width": "0.75" });
  else if (tag === "circle" && within("place")) {
    Object.assign(a, { fill: within("place--hefei") ? P.china : P.ink, stroke: P.bg, "stroke-width": "1.5" });
  }
  return a;
}

/**
 * Applies exportAttrs to `root` and everything below it (attributes already set win), then
 * drops what only the page needs: classes and the data attributes the islands read.
 */
export function applyExportStyle(root: Element): void {
  // Parts only a script shows in the browser (the guess layer) are drawn hidden: not exported.
  for (const hidden of root.querySelectorAll('[display="none"]')) hidden.remove();
  const elements = [root, ...root.querySelectorAll("*")];
  const styles = elements.map((element) => exportAttrs(element));
  elements.forEach((element, i) => {
    for (const [name, value] of Object.entries(styles[i]!)) {
      if (!element.hasAttribute(name)) element.setAttribute(name, value);
    }
    for (const name of element.getAttributeNames()) {
      if (name === "class" || name.startsWith("data-")) element.removeAttribute(name);
      else {
        const value = element.getAttribute(name)!;
        if (/var\(|currentColor/.test(value)) element.setAttribute(name, exportValue(value));
      }
    }
  });
}
