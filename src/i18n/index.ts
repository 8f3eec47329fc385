import { en, type Messages } from "./en.ts";
import { de } from "./de.ts";
import { zh } from "./zh.ts";
import { assertComplete } from "./check.ts";

/** Locales with a published edition; the first is the default. */
export const locales = ["en", "de", "zh"] as const;
export type Locale = (typeof locales)[number];

const catalogues: Record<Locale, Messages> = { en, de, zh };
// Checked when the build loads the catalogues: a missing message fails the build, naming it.
assertComplete(en, { de, zh });

/** The message catalogue for a locale. */
export function messages(locale: Locale): Messages {
  return catalogues[locale];
}

/** True for a string that names a published locale. */
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export type { Messages };
