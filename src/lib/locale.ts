import { isLocale, locales, type Locale } from "../i18n/index.ts";

/** The locale a page belongs to, from its first path segment (`/de/...`, `/embed/de/...`). */
export function localeFromPath(pathname: string): Locale {
  const segments = pathname.split("/").filter(Boolean);
  const first = segments[0] === "embed" || segments[0] === "oembed" ? segments[1] : segments[0];
  return first && isLocale(first) ? first : locales[0];
}
