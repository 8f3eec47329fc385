import { z } from "zod";
import { chartTextShape, chartTexts } from "../kit/texts.ts";
import raw from "./texts.json?raw";

/** The survey chart's texts in one locale. */
const surveyText = z.object({
  ...chartTextShape,
  /** Labels and tooltips drawn in the chart; `finding` is its text alternative. */
  survey: z.object({
    headlineHeading: z.string(),
    seriesHeading: z.string(),
    measure: z.record(z.string(), z.string()),
    seriesLabel: z.record(z.string(), z.string()),
    tip: z.string(),
    uncertain: z.string(),
    respondents: z.string(),
    finding: z.string(),
    legendSecondary: z.string(),
  }),
});

/** The survey chart's texts, checked when the chart is loaded. */
export const texts = chartTexts("src/charts/survey-confidence/texts.json", raw, surveyText);
