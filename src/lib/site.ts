import config from "../site.config.ts";
import { locales } from "../i18n/index.ts";
import type { Locale } from "../i18n/index.ts";
import { DataError } from "./validate.ts";

// Every locale with a catalogue has the site's words in its language: checked once, when loaded.
const missing = locales.flatMap((locale) =>
  (["tagline", "byline"] as const)
    .filter((field) => !config[field][locale])
    .map((field) => `src/site.config.ts: ${field}.${locale}: missing (src/i18n/${locale}.ts exists)`),
);
if (missing.length) throw new DataError(missing.join("\n"));

/** The site's identity and contact points (src/site.config.ts), validated. */
export const site = config;

/** The site's one line on what it is, in a locale. */
export const taglineOf = (locale: Locale): string => site.tagline[locale]!;

/** The byline a story gets when its frontmatter names none. */
export const defaultByline = (locale: Locale): string[] => site.byline[locale]!;
