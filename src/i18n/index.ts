/// <reference types="vite/client" />
import type { Messages } from "./en.ts";
import { assertComplete } from "./check.ts";

/**
 * A locale is one file: `src/i18n/<tag>.ts` default-exports its catalogue (interface strings,
 * BCP 47 tag, Open Graph locale, the language's own name, number and date conventions, writing
 * direction). The catalogues are discovered like chart folders; nothing else lists them.
 */
const files: Record<string, Messages> = import.meta.env
  ? import.meta.glob<Messages>(["./*.ts", "!./index.ts", "!./check.ts", "!./*.test.ts"], {
      eager: true,
      import: "default",
    })
  : await nodeCatalogues();

/** The same discovery under plain Node, which has no `import.meta.glob` (npm run publish-chart). */
async function nodeCatalogues(): Promise<Record<string, Messages>> {
  const { readdirSync } = await import("node:fs");
  const dir = new URL(".", import.meta.url);
  const names = readdirSync(dir).filter(
    (name) =>
      name.endsWith(".ts") && name !== "index.ts" && name !== "check.ts" && !name.endsWith(".test.ts"),
  );
  const loaded = await Promise.all(
    names.map(
      async (name) =>
        [
          `./${name}`,
          (await import(/* @vite-ignore */ new URL(name, dir).href)).default as Messages,
        ] as const,
    ),
  );
  return Object.fromEntries(loaded);
}

/** The locale every page falls back to, and the reference catalogue the others must match. */
export const DEFAULT_LOCALE = "en";

/** A locale: the name of a catalogue file in src/i18n/ (`en`, `de`, `zh`…). */
export type Locale = string;

const catalogues = new Map<Locale, Messages>(
  Object.entries(files)
    .map(([path, catalogue]) => [/^\.\/(.+)\.ts$/.exec(path)![1]!, catalogue] as const)
    .map(([name, catalogue]) => {
      if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(name))
        throw new Error(
          `src/i18n/${name}.ts: expected a catalogue named by its locale tag, such as fr.ts or pt-BR.ts`,
        );
      if (!catalogue)
        throw new Error(`src/i18n/${name}.ts: expected a default export: the locale's catalogue`);
      return [name, catalogue] as const;
    })
    .sort(([a], [b]) => (a === DEFAULT_LOCALE ? -1 : b === DEFAULT_LOCALE ? 1 : a.localeCompare(b))),
);
if (!catalogues.has(DEFAULT_LOCALE))
  throw new Error(
    `src/i18n/${DEFAULT_LOCALE}.ts: missing: the reference catalogue every locale is checked against`,
  );

// Checked when the build loads the catalogues: a missing message fails the build, naming file and key.
assertComplete(catalogues.get(DEFAULT_LOCALE)!, Object.fromEntries([...catalogues].slice(1)));

/** Every locale with a catalogue, the default first, then in alphabetical order. */
export const locales: readonly [Locale, ...Locale[]] = [...catalogues.keys()] as [Locale, ...Locale[]];

/** The message catalogue for a locale. */
export function messages(locale: Locale): Messages {
  const catalogue = catalogues.get(locale);
  if (!catalogue)
    throw new Error(
      `unknown locale "${locale}": expected one of ${locales.join(", ")} (a file in src/i18n/)`,
    );
  return catalogue;
}

/** True for a string that names a locale with a catalogue. */
export function isLocale(value: string): value is Locale {
  return catalogues.has(value);
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export type { Messages };
