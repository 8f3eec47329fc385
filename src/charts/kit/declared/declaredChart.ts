import type { Locale } from "../../../i18n/index.ts";
import { fillFacts, handTypedFigures } from "../../../lib/factText.ts";
import { DataError, describeIssues } from "../../../lib/validate.ts";
import type { FigureRecord } from "../../../schemas/dataset.ts";
import { seriesTree } from "../explore/seriesTree.ts";
import { periodLabel } from "../periods.ts";
import { recordTable } from "../table.ts";
import { chartTexts } from "../texts.ts";
import type { ChartSpec } from "../types.ts";
import { drawDeclared, type Point } from "./marks.ts";
import { declarationSchema, declaredTextSchema, type Declaration, type DeclaredText } from "./schema.ts";

/** What a declared chart draws, picked from its dataset and checked against the declaration. */
interface Shaped {
  points: Point[];
  /** Every record the chart draws or tables, in series then period order. */
  cited: FigureRecord[];
}

/**
 * Turns a chart.json into a chart: validates the declaration and its texts now (the build fails
 * naming the file, the chart and the field), and its records when the chart is first drawn.
 */
export function declaredChart(id: string, file: string, raw: unknown): ChartSpec {
  const parsed = declarationSchema.safeParse(raw);
  if (!parsed.success) throw new DataError(describeIssues(file, parsed.error, raw));
  const decl = parsed.data;
  const texts = chartTexts(file, decl.texts, declaredTextSchema, "texts.");
  checkTexts(
    file,
    decl,
    texts.locales.map((locale) => [locale, texts.text(locale)]),
  );

  const shaped = new WeakMap<readonly FigureRecord[], Shaped>();
  const shape = (records: readonly FigureRecord[]) => {
    let s = shaped.get(records);
    if (!s) shaped.set(records, (s = shapeRecords(file, decl, records)));
    return s;
  };
  const facts = (
    records: readonly FigureRecord[],
    locale: Locale,
    field: keyof DeclaredText,
    value: string,
  ) => fillFacts(value, new Map(records.map((r) => [r.id, r])), locale, `${file}: texts.${locale}.${field}`);
  const recordLabel = (record: FigureRecord, locale: Locale) => {
    const text = texts.text(locale);
    const series = record.series ? text.series[record.series] : undefined;
    return (
      text.records[record.id] ??
      (series && record.period ? `${series}, ${periodLabel(record.period, locale)}` : record.label)
    );
  };

  return {
    id,
    file,
    dataset: decl.dataset,
    locales: texts.locales,
    render(records, options) {
      const text = texts.text(options.locale);
      const label = facts(records, options.locale, "finding", text.finding);
      return drawDeclared(id, decl, shape(records).points, text, label, options);
    },
    title: (records, locale) => facts(records, locale, "title", texts.text(locale).title),
    subtitle: (records, locale) => facts(records, locale, "subtitle", texts.text(locale).subtitle),
    notes: (records, locale) => texts.text(locale).notes.map((note) => facts(records, locale, "notes", note)),
    table: (records, locale) => recordTable(shape(records).cited, locale, recordLabel),
    cited: (records) => shape(records).cited,
    recordLabel,
    explore(records, locale) {
      const text = texts.text(locale);
      const { cited } = shape(records);
      return seriesTree(
        {
          type: decl.type,
          title: facts(records, locale, "title", text.title),
          finding: facts(records, locale, "finding", text.finding),
          periods: decl.periods,
          series: decl.series.map((s) => ({
            name: text.series[s.id]!,
            records: cited.filter((r) => r.series === s.id),
          })),
          label: (record) => recordLabel(record, locale),
        },
        locale,
      );
    },
  };
}

/** Every series has a label in every locale, and no text types a figure by hand. */
function checkTexts(file: string, decl: Declaration, texts: [Locale, DeclaredText][]): void {
  // A series no locale labels, while the texts label a series nobody declared, is a typo in the
  // declaration: say that first, not the missing labels that follow from it.
  const declared = new Set(decl.series.map((s) => s.id));
  const labelled = new Set(texts.flatMap(([, text]) => Object.keys(text.series)));
  const strays = [...labelled].filter((id) => !declared.has(id));
  const typos = decl.series
    .map((s, i) => [s, i] as const)
    .filter(([s]) => !labelled.has(s.id) && strays.length > 0)
    .map(
      ([s, i]) =>
        `${file}: series[${i}].id: "${s.id}" is labelled in no locale's texts, which label ${strays.map((id) => `"${id}"`).join(", ")} instead: ` +
        `check the id against the series of dataset "${decl.dataset}"`,
    );
  if (typos.length) throw new DataError(typos.join("\n"));
  const problems: string[] = [];
  for (const [locale, text] of texts) {
    decl.series.forEach((s, i) => {
      if (!text.series[s.id])
        problems.push(
          `${file}: texts.${locale}.series.${s.id}: expected a label for series "${s.id}" (series[${i}])`,
        );
    });
    const fields: [string, string][] = [
      ["title", text.title],
      ["subtitle", text.subtitle],
      ["finding", text.finding],
      ...text.notes.map((note, i): [string, string] => [`notes[${i}]`, note]),
    ];
    for (const [field, value] of fields) {
      const typed = handTypedFigures(value.replace(/\{fact:[^}]+\}/g, ""));
      if (typed.length)
        problems.push(
          `${file}: texts.${locale}.${field}: "${typed[0]}" looks like a hand-typed figure: cite a record as {fact:id}, ` +
            `or, if it is computed from other figures, add a derived record (status "derived" with its formula) to the dataset and cite that`,
        );
    }
  }
  if (problems.length) throw new DataError(problems.join("\n"));
}

/** Picks the declared series from the dataset; an unknown series or a wrong unit fails, naming both. */
function shapeRecords(file: string, decl: Declaration, records: readonly FigureRecord[]): Shaped {
  const problems: string[] = [];
  const cited: FigureRecord[] = [];
  const points: Point[] = [];
  const seen = new Set<string>();
  decl.series.forEach((s, i) => {
    const own = records.filter((r) => r.series === s.id);
    if (!own.length) {
      const known = [...new Set(records.flatMap((r) => (r.series ? [r.series] : [])))];
      problems.push(
        `${file}: series[${i}].id: no record in dataset "${decl.dataset}" has series "${s.id}" (its series: ${known.join(", ") || "none"})`,
      );
    }
    for (const record of own) {
      if (record.unit !== decl.unit) {
        problems.push(
          `${file}: unit: record "${record.id}" (series "${s.id}") is in ${record.unit}, expected ${decl.unit}: fix the record's unit or draw it in another chart`,
        );
        continue;
      }
      // The declared periods are the chart's window: records outside it are not drawn.
      if (!record.period || !decl.periods.includes(record.period)) continue;
      const key = `${s.id}|${record.period}`;
      if (seen.has(key))
        problems.push(
          `${file}: series[${i}]: two records for period "${record.period}" (one is "${record.id}")`,
        );
      seen.add(key);
      cited.push(record);
      if (typeof record.value === "number")
        points.push({ series: s.id, color: s.color, period: record.period, value: record.value, record });
    }
  });
  if (problems.length) throw new DataError(problems.join("\n"));
  const order = (r: FigureRecord) => decl.periods.indexOf(r.period!);
  cited.sort(
    (a, b) =>
      decl.series.findIndex((s) => s.id === a.series) - decl.series.findIndex((s) => s.id === b.series) ||
      order(a) - order(b),
  );
  return { points, cited };
}
