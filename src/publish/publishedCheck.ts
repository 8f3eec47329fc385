import { chartById, charts } from "../charts/index.ts";
import { changedFields, figureChanges, type FigureChange } from "../lib/figureChanges.ts";
import { chartDataset, chartEditions } from "./chartContext.ts";
import { entryKey } from "./figureHistory.ts";
import { chartVersions, frozenData } from "./versions.ts";

const show = (value: unknown) => (value === null ? "null (not disclosed)" : JSON.stringify(value));

/** One line per changed field: `value 28 → 27`. */
function describe(change: FigureChange): string {
  if (!change.after) return "removed from the dataset, or no longer drawn by the chart";
  return changedFields(change)
    .map((field) => {
      const key = field as keyof FigureChange["before"];
      return `${field} ${show(change.before[key])} → ${show(change.after![key])}`;
    })
    .join("; ");
}

let checked: Promise<void> | undefined;

/**
 * The build knows what was published: for the newest version of every chart in every locale, each
 * figure's value, unit, period, status and source as frozen in public/ must equal the dataset's,
 * unless a correction or update of the edition that cites the chart names the figure in `figures:`
 * and no published version has carried that entry yet. Anything else fails the build, naming the
 * figure, the chart and version, the change and the entry to add.
 */
export function checkPublishedFigures(): Promise<void> {
  if (import.meta.env.DEV) checked = undefined;
  checked ??= (async () => {
    const problems: string[] = [];
    const editions = await chartEditions();
    for (const [id, manifest] of chartVersions) {
      if (!charts.has(id)) continue;
      const spec = chartById(id);
      const current = spec.cited((await chartDataset(id)).records);
      const newestIn = new Map(manifest.versions.flatMap((v) => v.locales.map((l) => [l, v] as const)));
      for (const [locale, version] of newestIn) {
        const story = editions.get(id)?.get(locale);
        // Not cited in that locale any more: no latest embed shows the data there.
        if (!story) continue;
        const frozen = frozenData(locale, id, version.number);
        const carried = new Set(frozen.corrections.map(entryKey));
        const pending = story.data.corrections.filter((e) => !carried.has(entryKey(e)));
        for (const change of figureChanges(frozen.records, current)) {
          if (pending.some((e) => e.figures.includes(change.id))) continue;
          const file = `src/stories/${story.id}.mdx`;
          problems.push(
            `src/charts/${id}/versions.json: v${version.number} (${locale}) published figure "${change.id}", ` +
              `which has changed since in dataset "${spec.dataset}" (src/data/): ${describe(change)}. ` +
              `A published figure never changes without a logged entry: add to the corrections of ${file}\n` +
              `  - date: ${new Date().toISOString().slice(0, 10)}\n` +
              `    kind: correction # or update, if the published figure was not wrong\n` +
              `    text: "What changed and why, in the edition's language."\n` +
              `    charts: [${id}]\n` +
              `    figures: [${change.id}]\n` +
              `then publish the chart again: npm run publish-chart ${id}`,
          );
        }
      }
    }
    if (problems.length) throw new Error(problems.join("\n"));
  })();
  return checked;
}
