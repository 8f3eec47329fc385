import { chartIds } from "../charts/index.ts";

/** The ids of the published charts: the one place story validation learns them from src/charts. */
export function publishedChartIds(): readonly string[] {
  return chartIds;
}
