import { fill, type Locale } from "../../i18n/index.ts";
import { formatValue } from "../../lib/format.ts";
import type { FigureRecord } from "../../schemas/dataset.ts";
import type { ExploreTree } from "../kit/explore/tree.ts";
import { counted, exploreWords, recordSentence, sentences } from "../kit/explore/words.ts";
import type { DealsData } from "./dealsData.ts";

/** The deals as a tree: how many and what they were worth, then the sectors, the split named as undisclosed. */
export function dealsTree(
  d: DealsData,
  title: string,
  subtitle: string,
  label: (record: FigureRecord) => string,
  locale: Locale,
): ExploreTree {
  const w = exploreWords(locale);
  const sectors = sentences(
    [
      fill(w.group, { name: label(d.list), items: counted(d.sectors.length, w.items, locale) }),
      formatValue(d.list, locale) + (d.disclosed ? "" : fill(w.status, { s: w.splitNotDisclosed })),
    ],
    locale,
  );
  return {
    root: {
      text: sentences([fill(w.chart, { type: w.type.units, title }), subtitle], locale),
      children: [
        ...[d.count, d.valueCny, d.valueUsd].map((r) => ({ text: recordSentence(r, label(r), locale) })),
        {
          text: sectors,
          children: d.sectors.map((s) => ({ text: recordSentence(s.record, label(s.record), locale) })),
        },
      ],
    },
  };
}
