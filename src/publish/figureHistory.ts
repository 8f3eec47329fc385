import type { CollectionEntry } from "astro:content";
import { chartById, charts, type ChartId } from "../charts/index.ts";
import type { Correction } from "../schemas/story.ts";
import { chartDataset } from "./chartContext.ts";
import { citedCharts } from "../lib/citedCharts.ts";
import { describeFigureChange, figureChanges, type FigureChange } from "../lib/figureChanges.ts";
import { chartVersions, frozenData } from "./versions.ts";

type Story = CollectionEntry<"stories">;

/** A log entry as a frozen JSON download carries it: how entries are matched across versions. */
export const entryKey = (e: { date: string; kind: string; text: string }) => `${e.date}|${e.kind}|${e.text}`;

/** A figure change a log entry explains, with the figure's label and the sentence readers see. */
export interface ExplainedChange extends FigureChange {
  chart: ChartId;
  text: string;
}

/**
 * The published figures a log entry changed, from the charts its edition cites: the version that
 * first carried the entry against the one before it, or, while no version carries it yet, the
 * newest version against the data now. Figures the entry names but no version published (new
 * figures) have no "before" and are left out.
 */
export async function entryChanges(story: Story, entry: Correction): Promise<ExplainedChange[]> {
  if (!entry.figures.length) return [];
  const locale = story.data.locale;
  const found = new Map<string, ExplainedChange>();
  for (const id of citedCharts(story.body ?? "")) {
    const versions = chartVersions.get(id)?.versions.filter((v) => v.locales.includes(locale)) ?? [];
    if (!versions.length || !charts.has(id)) continue;
    const spec = chartById(id);
    const frozen = versions.map((v) => frozenData(locale, id, v.number));
    const carriedAt = frozen.findIndex((f) => f.corrections.some((c) => entryKey(c) === entryKey(entry)));
    const changes =
      carriedAt > 0
        ? figureChanges(frozen[carriedAt - 1]!.records, frozen[carriedAt]!.records)
        : carriedAt === 0
          ? []
          : figureChanges(frozen.at(-1)!.records, spec.cited((await chartDataset(id)).records));
    const records = new Map((await chartDataset(id)).records.map((r) => [r.id, r]));
    for (const change of changes) {
      if (!entry.figures.includes(change.id) || found.has(change.id)) continue;
      const record = records.get(change.id);
      const label = record ? spec.recordLabel(record, locale) : change.id;
      found.set(change.id, { ...change, chart: id, text: describeFigureChange(change, locale, label) });
    }
  }
  return [...found.values()];
}
