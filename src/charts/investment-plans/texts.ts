import { z } from "zod";
import { chartTextShape, chartTexts } from "../kit/texts.ts";
import raw from "./texts.json?raw";

const text = z.string().min(1);

/** The investment-plans chart's texts in one locale. */
const investmentText = z.object({
  ...chartTextShape,
  /** The series' name in the key. */
  series: text,
  legendSecondary: text,
  /** A point's tooltip: `{edition}`, `{value}`. */
  tip: text,
  /** Appended to an uncertain figure's tooltip and to the guess sentence. */
  uncertain: text,
  /** The text alternative: first edition to the headline edition (`{first}`, `{headline}`…). */
  finding: text,
  /** Appended to the finding for a later, uncertain edition (`{latest}`, `{latestEdition}`). */
  findingLater: text,
  /** The guess-first interaction: prompt, controls and the "how far off" sentence. */
  guess: z.object({
    prompt: text,
    /** The chart's accessible name while the reader guesses (the finding would give it away). */
    label: text,
    yourGuess: text,
    slider: text,
    unset: text,
    show: text,
    skip: text,
    again: text,
    latest: text,
    above: text,
    below: text,
    exact: text,
    points: z.object({ one: text, other: text }),
    average: text,
    none: text,
    skipped: text,
  }),
});

/** The chart's texts, checked when the chart is loaded. */
export const texts = chartTexts("src/charts/investment-plans/texts.json", raw, investmentText);
