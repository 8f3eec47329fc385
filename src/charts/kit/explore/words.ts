import { fill, messages, type Locale, type Messages } from "../../../i18n/index.ts";
import { formatFigure } from "../../../lib/format.ts";
import type { FigureRecord } from "../../../schemas/dataset.ts";
import { isPartial } from "../periods.ts";

const plurals = new Map<string, Intl.PluralRules>();

/** A count in words, by the locale's plural rules: "1 figure", "7 figures", "7个数据". */
export function counted(n: number, forms: { one: string; other: string }, locale: Locale): string {
  const intl = messages(locale).intlLocale;
  let rules = plurals.get(intl);
  if (!rules) plurals.set(intl, (rules = new Intl.PluralRules(intl)));
  return fill(rules.select(n) === "one" ? forms.one : forms.other, {
    n: new Intl.NumberFormat(intl).format(n),
  });
}

/** A record's status in words, for what the chart draws differently: uncertain, preliminary, derived, part-year. */
export function statusWords(record: FigureRecord, locale: Locale): string[] {
  const m = messages(locale);
  return [
    ...(record.status === "secondary" ? [m.status.secondary] : []),
    ...(record.preliminary ? [m.ui.preliminary] : []),
    ...(record.status === "derived" ? [m.status.derived] : []),
    ...(record.period && isPartial(record.period) ? [m.explore.partYear] : []),
  ];
}

/** "label: value (status)" with the value as the data table prints it. */
export function recordSentence(record: FigureRecord, label: string, locale: Locale): string {
  const m = messages(locale);
  const words = statusWords(record, locale);
  const status = words.length ? fill(m.explore.status, { s: words.join(m.punctuation.list) }) : "";
  return `${label}${m.punctuation.colon}${formatFigure(record, locale)}${status}`;
}

/** Sentences joined as the locale writes them (with a space, or none in Chinese), each ending with a full stop. */
export function sentences(parts: (string | undefined)[], locale: Locale): string {
  const cjk = messages(locale).dateRange === "cjk";
  return parts
    .filter((part): part is string => !!part)
    .map((part) => (/[.!?。！？]$/.test(part) ? part : `${part}${cjk ? "。" : "."}`))
    .join(cjk ? "" : " ");
}

/** The catalogue's explorer words in a locale. */
export const exploreWords = (locale: Locale): Messages["explore"] => messages(locale).explore;
