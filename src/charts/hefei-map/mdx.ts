/**
 * What the map's MDX components must say, checked when a story compiles (src/publish/remarkFacts.ts
 * finds this file in the chart's folder) and again when the component renders: one rule, here.
 */

/** A check of one component's attributes: a message naming what was expected, or undefined. */
export type MdxCheck = (attrs: Record<string, unknown>, figureIds: ReadonlySet<string>) => string | undefined;

/** A step of the map walk names a place (a record id of src/data/places.json) or the region "anhui". */
const RouteStep: MdxCheck = ({ place, region }, figureIds) => {
  if ((place === undefined) === (region === undefined))
    return '<RouteStep>: expected place="<id from src/data/places.json>" or region="anhui"';
  if (place !== undefined && (typeof place !== "string" || !figureIds.has(place)))
    return `<RouteStep place="${String(place)}">: unknown place: expected a record id from src/data/places.json`;
  if (region !== undefined && region !== "anhui")
    return `<RouteStep region="${String(region)}">: unknown region: expected "anhui"`;
  return undefined;
};

/** The checks of this folder's MDX components, by component name. */
export const mdxChecks: Record<string, MdxCheck> = { RouteStep };
