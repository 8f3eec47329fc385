import { fill, messages, type Locale } from "../i18n/index.ts";
import { paths } from "../lib/embed.ts";
import { formatDate } from "../lib/format.ts";
import { escapeMarkup } from "../lib/markup.ts";

/**
 * Where a frozen embed page takes its "newer version" notice: an empty comment at the top of
 * <main>, written when the version is frozen.
 *
 * Why the notice is written into the frozen file by `npm run publish-chart`, once, when the next
 * version is published, rather than injected by every build: the files under public/ are then
 * served exactly as the repository holds them (Astro copies public/ verbatim, no build step
 * rewrites them), a version changes exactly once in its life, by this insertion only (the
 * marker and everything else stay byte for byte), and the notice can never drift with later
 * translations or code. Its link goes to the unversioned URL, which always serves the latest,
 * so it never needs updating when a third version appears.
 */
export const NOTICE_MARKER = "<!--version-notice-->";

/** Where frozen pages' scripts live (public/embed/_frozen/<astro-hashed-name>.js): never renamed. */
export const FROZEN_ASSETS = "embed/_frozen";

/** The notice an older version shows: dated, in its language, why, and a link to the latest. */
export function versionNotice(options: {
  locale: Locale;
  id: string;
  date: string;
  why?: string | undefined;
}): string {
  const { locale, id, date, why } = options;
  const m = messages(locale);
  const said = fill(m.ui.versionNotice, {
    date: `<time datetime="${date}">${formatDate(date, locale)}</time>`,
  });
  return (
    `<aside class="version-notice" role="note"><p>${said} ${escapeMarkup(why ?? m.ui.versionRepublished)} ` +
    `<a href="${paths.embed(locale, id)}">${escapeMarkup(m.ui.versionLatest)}</a></p></aside>`
  );
}

/** A frozen page with the notice inserted after its marker; a page that has one already is an error. */
export function withVersionNotice(
  html: string,
  options: { locale: Locale; id: string; date: string; why?: string | undefined },
): string {
  if (html.includes('class="version-notice"'))
    throw new Error(`${paths.embed(options.locale, options.id)}: this version already has a notice`);
  if (!html.includes(NOTICE_MARKER))
    throw new Error(
      `${paths.embed(options.locale, options.id)}: no ${NOTICE_MARKER} marker in the frozen page`,
    );
  return html.replace(NOTICE_MARKER, NOTICE_MARKER + versionNotice(options));
}
