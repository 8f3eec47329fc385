import { messages, type Locale } from "../../i18n/index.ts";

const MONTHS = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/;

/** True for a period of months that is less than a whole year, e.g. "2025-01/2025-09". */
export function isPartial(period: string): boolean {
  const m = MONTHS.exec(period);
  return !!m && !(m[1] === m[3] && m[2] === "01" && m[4] === "12");
}

/**
 * A period as the locale writes it, as lines: "2024" stays, a survey edition "2024/25" stays,
 * "2025-01/2025-09" becomes ["Jan – Sep", "2025"] (Intl's month range), or ["2025年", "1–9月"]
 * where the catalogue asks for CJK ranges (ICU writes Chinese month ranges numerically).
 */
export function periodLines(period: string, locale: Locale): string[] {
  const m = MONTHS.exec(period);
  if (!m) return [period];
  const { intlLocale, dateRange } = messages(locale);
  if (dateRange === "cjk")
    return m[1] === m[3]
      ? [`${m[1]}年`, `${Number(m[2])}–${Number(m[4])}月`]
      : [`${m[1]}年${Number(m[2])}月–`, `${m[3]}年${Number(m[4])}月`];
  const day = (year: string, month: string) => new Date(Date.UTC(Number(year), Number(month) - 1, 15));
  const text = new Intl.DateTimeFormat(intlLocale, {
    year: "numeric",
    month: "short",
    timeZone: "UTC",
  }).formatRange(day(m[1]!, m[2]!), day(m[3]!, m[4]!));
  const cut = text.lastIndexOf(" ");
  return cut > 0 ? [text.slice(0, cut), text.slice(cut + 1)] : [text];
}

/** A period on one line: "Jan – Sep 2025", "2025年1–9月". */
export const periodLabel = (period: string, locale: Locale): string =>
  periodLines(period, locale).join(messages(locale).dateRange === "cjk" ? "" : " ");
