import type { Locale } from "../../../i18n/index.ts";
import { messages } from "../../../i18n/index.ts";
import type { FigureRecord } from "../../../schemas/dataset.ts";
import type { ChartSpec } from "../types.ts";
import type { ExploreTree } from "./tree.ts";

/**
 * A chart's navigation tree: its own (`spec.explore`), or, for a chart without one, the chart
 * and the rows of its data table, so that every chart can be walked.
 */
export function exploreTree(spec: ChartSpec, records: readonly FigureRecord[], locale: Locale): ExploreTree {
  if (spec.explore) return spec.explore(records, locale);
  const { colon, comma } = messages(locale).punctuation;
  return {
    root: {
      text: spec.title(records, locale),
      children: spec.table(records, locale).rows.map((row) => ({
        text: row.cells[0] + colon + row.cells.slice(1).filter(Boolean).join(comma),
      })),
    },
  };
}
