/// <reference types="vite/client" />
import type { ChartId } from "../charts/index.ts";
import type { Locale } from "../i18n/index.ts";
import { parseVersions, type ChartVersion, type ChartVersions } from "../schemas/versions.ts";

// `npm run publish-chart <id>` writes each chart's manifest beside its declaration.
const manifests = import.meta.glob<unknown>("../charts/*/versions.json", { eager: true, import: "default" });

const byChart = new Map<ChartId, ChartVersions>(
  Object.entries(manifests).map(([path, raw]) => {
    const folder = path.split("/")[2]!;
    const file = `src/charts/${folder}/versions.json`;
    const parsed = parseVersions(raw, file);
    if (parsed.chart !== folder)
      throw new Error(`${file}: chart: expected "${folder}", the name of its folder`);
    return [folder, parsed];
  }),
);

/** The newest published version of a chart in a locale, if it was ever published there. */
export function latestVersion(id: ChartId, locale: Locale): ChartVersion | undefined {
  return byChart.get(id)?.versions.findLast((v) => v.locales.includes(locale));
}
