import type { FigureRecord } from "../schemas/dataset.ts";
import { fill, messages, type Locale } from "../i18n/index.ts";

/**
 * Significant digits the source stated: 949460000 -> 5, 6800000000 -> 2. Formatting keeps
 * exactly these, so a figure is never rounded or padded beyond what its source said.
 */
export function statedDigits(value: number): number {
  const digits = Math.abs(value).toExponential().split("e")[0]!.replace(/[.-]/g, "");
  return Math.max(1, digits.replace(/0+$/, "").length);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/**
 * An Intl.NumberFormat per locale and options, made once: constructing one costs far more than
 * formatting with it, and charts format thousands of numbers per build.
 */
function numberFormat(intlLocale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${intlLocale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlLocale, options)));
  return format;
}

/** A plain or compact number in the locale's style, at the precision its source stated. */
export function formatNumber(value: number, locale: Locale): string {
  const m = messages(locale);
  if (Math.abs(value) >= 1e6) {
    return numberFormat(m.intlLocale, {
      notation: "compact",
      compactDisplay: m.compactDisplay,
      maximumSignificantDigits: Math.max(2, statedDigits(value)),
    }).format(value);
  }
  return numberFormat(m.intlLocale, { maximumFractionDigits: 3 }).format(value);
}

/** 92 -> "92%" (en), "92 %" (de). */
export function formatPercent(value: number, locale: Locale, signed = false): string {
  return numberFormat(messages(locale).intlLocale, {
    style: "percent",
    maximumFractionDigits: 2,
    signDisplay: signed ? "exceptZero" : "auto",
  }).format(value / 100);
}

/** An ISO date as the locale writes it. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(messages(locale).intlLocale, {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));
}

/** The value alone, without the source's qualifier. */
export function formatValue(record: FigureRecord, locale: Locale): string {
  const m = messages(locale);
  switch (record.unit) {
    case "count":
      return record.value === null ? m.notDisclosed : formatNumber(record.value, locale);
    case "percent":
      return formatPercent(record.value, locale);
    case "percent-change":
      return formatPercent(record.value, locale, true);
    case "CNY":
    case "USD":
    case "EUR":
      return fill(m.currency[record.unit], { v: formatNumber(record.value, locale) });
    case "CNY-per-USD":
      return fill(m.rate, { v: formatNumber(record.value, locale) });
    case "date":
      return formatDate(record.value, locale);
    case "date-range": {
      const { start, end } = record.value;
      if (m.dateRange === "cjk") {
        // Same month: "2025年6月24日至26日"; otherwise both dates in full.
        const endDay =
          start.slice(0, 7) === end.slice(0, 7) ? `${Number(end.slice(8))}日` : formatDate(end, locale);
        return `${formatDate(start, locale)}至${endDay}`;
      }
      const format = new Intl.DateTimeFormat(m.intlLocale, { dateStyle: "long", timeZone: "UTC" });
      const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
      return format.formatRange(day(start), day(end));
    }
    case "list":
      return new Intl.ListFormat(m.intlLocale, { type: "conjunction" }).format(
        record.value.map((key) => {
          const label = record.items[key]?.[locale];
          if (!label)
            throw new Error(
              `record "${record.id}": item "${key}" has no "${locale}" label: add it to "items" in its dataset (src/data/)`,
            );
          return label;
        }),
      );
    case "coordinates": {
      const n = numberFormat(m.intlLocale, { maximumFractionDigits: 3 });
      const { lat, lon } = record.value;
      return `${n.format(Math.abs(lat))}° ${lat >= 0 ? "N" : "S"}, ${n.format(Math.abs(lon))}° ${lon >= 0 ? "E" : "W"}`;
    }
  }
}

/** The figure as prose prints it: the value with the source's qualifier ("over 6.8 billion yuan"). */
export function formatFigure(record: FigureRecord, locale: Locale): string {
  const value = formatValue(record, locale);
  if (!record.qualifier || (record.unit === "count" && record.value === null)) return value;
  return fill(messages(locale).qualifier[record.qualifier], { v: value });
}
