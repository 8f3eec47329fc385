/**
 * The sentence a reader gets after guessing: how far off they were for the latest edition and
 * on average. Pure and dependency-free: the guess island runs it in the browser, the unit tests
 * run it in Node, in every locale.
 */

/** One edition the reader could guess: its published figure, in percent. */
export interface GuessEdition {
  edition: string;
  value: number;
  /** A secondary (uncertain) figure: the sentence says so. */
  uncertain: boolean;
}

/** The sentence's texts in one locale (`guess` in a chart's texts.json). */
export interface GuessSentences {
  latest: string;
  above: string;
  below: string;
  exact: string;
  points: { one: string; other: string };
  average: string;
  none: string;
}

/** Fills `{name}` placeholders. */
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

const made = new Map<
  string,
  { percent: Intl.NumberFormat; decimal: Intl.NumberFormat; plural: Intl.PluralRules }
>();

/** The locale's number formats, made once: constructing them costs a slow phone milliseconds. */
export function formats(intlLocale: string) {
  let f = made.get(intlLocale);
  if (!f)
    made.set(
      intlLocale,
      (f = {
        percent: new Intl.NumberFormat(intlLocale, { style: "percent" }),
        decimal: new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 }),
        plural: new Intl.PluralRules(intlLocale),
      }),
    );
  return f;
}

/**
 * "In 2025/26, 53% planned to increase investment (uncertain). You guessed 60%: 7 points too
 * high. Across the 4 editions you guessed, you were off by 9.5 points on average." Editions the
 * reader left unset are left out: the first sentence is about the latest edition they guessed
 * (the latest of all, if they guessed it), and the average needs two or more guesses.
 */
export function howFarOff(
  editions: readonly GuessEdition[],
  guesses: Readonly<Record<string, number | undefined>>,
  t: GuessSentences & { uncertain: string },
  intlLocale: string,
): string {
  const { percent, decimal, plural } = formats(intlLocale);
  const pct = (v: number) => percent.format(v / 100);
  const points = (n: number) =>
    fill(t.points[plural.select(n) === "one" ? "one" : "other"], { n: decimal.format(n) });
  const guessed = editions.filter((e) => guesses[e.edition] !== undefined);
  if (!guessed.length) return t.none;
  const sentences: string[] = [];
  // The latest edition the reader guessed: the latest of all when they guessed it.
  const latest = guessed.at(-1)!;
  const mine = guesses[latest.edition]!;
  const diff = mine - latest.value;
  sentences.push(
    fill(t.latest, {
      edition: latest.edition,
      actual: pct(latest.value),
      // A full-width bracket (Chinese) follows the word without a space.
      uncertain: latest.uncertain ? (t.uncertain.startsWith("（") ? "" : " ") + t.uncertain : "",
      guess: pct(mine),
      off: diff === 0 ? t.exact : fill(diff > 0 ? t.above : t.below, { points: points(Math.abs(diff)) }),
    }),
  );
  if (guessed.length > 1) {
    const total = guessed.reduce((sum, e) => sum + Math.abs(guesses[e.edition]! - e.value), 0);
    // Rounded to one decimal before formatting, so 2.25 reads "2.3" in every locale.
    const mean = Math.round((total / guessed.length) * 10) / 10;
    sentences.push(fill(t.average, { count: decimal.format(guessed.length), points: points(mean) }));
  }
  // Chinese sentences end in a full-width stop and take no space after it.
  return sentences.reduce((text, next) => text + (/[。！？]$/.test(text) ? "" : " ") + next);
}

/** What a figure asking for a guess gives the island (`<guess-first data-config>`), in one locale. */
export interface GuessSetup {
  /** BCP 47 locale for Intl. */
  locale: string;
  editions: GuessEdition[];
  texts: GuessSentences & {
    uncertain: string;
    prompt: string;
    label: string;
    unset: string;
    show: string;
    skip: string;
    again: string;
    skipped: string;
  };
}
