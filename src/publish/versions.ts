/// <reference types="vite/client" />
import { readFileSync } from "node:fs";
import { versionFiles, type ChartId } from "../charts/index.ts";
import { isLocale, locales, type Locale } from "../i18n/index.ts";
import type { FigureRecord } from "../schemas/dataset.ts";
import { parseVersions, type ChartVersion, type ChartVersions } from "../schemas/versions.ts";
import { paths } from "../lib/embed.ts";
import { parseJson } from "../lib/validate.ts";

// `npm run publish-chart <id>` writes each chart's manifest beside its declaration.
const byChart = new Map<ChartId, ChartVersions>(
  [...versionFiles].map(([folder, { file, text }]) => {
    const parsed = parseVersions(parseJson(text, file), file);
    if (parsed.chart !== folder)
      throw new Error(`${file}: chart: expected "${folder}", the name of its folder`);
    parsed.versions.forEach((v, i) =>
      v.locales.forEach((locale, j) => {
        if (!isLocale(locale))
          throw new Error(
            `${file}: versions[${i}].locales[${j}]: "${locale}" has no catalogue: expected one of ${locales.join(", ")}`,
          );
      }),
    );
    return [folder, parsed];
  }),
);

/** Every chart's published versions, by chart id. */
export const chartVersions: ReadonlyMap<ChartId, ChartVersions> = byChart;

/** The newest published version of a chart in a locale, if it was ever published there. */
export function latestVersion(id: ChartId, locale: Locale): ChartVersion | undefined {
  return byChart.get(id)?.versions.findLast((v) => v.locales.includes(locale));
}

/** What a frozen version's JSON download holds: the records it drew and the log entries it carried. */
export interface FrozenData {
  records: (FigureRecord & { id: string })[];
  corrections: { date: string; kind: string; text: string; figures: string[] }[];
}

/** A frozen version's data, read from public/ (never rebuilt: byte for byte what was published). */
export function frozenData(locale: Locale, id: ChartId, version: number): FrozenData {
  const file = `public${paths.versionDownload(locale, id, version, "json")}`;
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch {
    throw new Error(
      `${file}: missing: version ${version} of "${id}" is listed in src/charts/${id}/versions.json`,
    );
  }
  const data = JSON.parse(raw) as Partial<FrozenData>;
  return {
    records: data.records ?? [],
    corrections: (data.corrections ?? []).map((c) => ({ ...c, figures: c.figures ?? [] })),
  };
}
