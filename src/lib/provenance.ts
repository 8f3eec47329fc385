import { fill, messages, type Locale } from "../i18n/index.ts";
import type { FigureRecord, Source } from "../schemas/dataset.ts";
import { formatFigure } from "./format.ts";

/** A source as a reader sees it: the original, and the copy or report it was read in, if any. */
export interface CitedSource extends Source {
  via?: Source;
}

/** The source's name, with the copy it was read in ("Destatis release, read in dpa's report"). */
export function sourceName(source: CitedSource, locale: Locale): string {
  return source.via
    ? fill(messages(locale).ui.via, { source: source.name, copy: source.via.name })
    : source.name;
}

/** Each of a record's alternatives as a record of its own, for formatting with the record's unit. */
export function alternativeRecords(record: FigureRecord): { record: FigureRecord; source: Source }[] {
  return (record.alternatives ?? []).map((alternative) => {
    const { qualifier: _own, ...rest } = record;
    const copy = { ...rest, value: alternative.value } as FigureRecord;
    if (alternative.qualifier) copy.qualifier = alternative.qualifier;
    return { record: copy, source: alternative.source };
  });
}

/** A record's alternatives as formatted figures, each with its source ("537 (South China Morning Post)"). */
export function alternativeCell(record: FigureRecord, locale: Locale): string {
  return alternativeRecords(record)
    .map((a) => `${formatFigure(a.record, locale)} (${a.source.name})`)
    .join(messages(locale).punctuation.semicolon);
}

/**
 * One sentence per alternative of the cited records, for a chart's notes, in the reader's
 * language: the text before and after the source's name, which the notes show as its link.
 */
export function alternativeNotes(
  records: readonly FigureRecord[],
  locale: Locale,
  label: (record: FigureRecord, locale: Locale) => string,
): { before: string; after: string; source: Source }[] {
  const m = messages(locale);
  return records.flatMap((record) =>
    alternativeRecords(record).map((a) => {
      const [before = "", after = ""] = fill(m.ui.alternative, {
        figure: label(record, locale),
        source: "\u0000",
        value: formatFigure(a.record, locale),
      }).split("\u0000");
      return { before, after, source: a.source };
    }),
  );
}
