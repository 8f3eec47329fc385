import { z } from "zod";
import { chartTextShape, chartTexts } from "../kit/texts.ts";
import raw from "./texts.json?raw";

/** The deals chart's texts in one locale. */
const dealsText = z.object({
  ...chartTextShape,
  /** Title used once the dataset carries a split that adds up. */
  titleDisclosed: z.string().min(1),
  /** Labels and tooltips drawn in the chart; `finding` is its text alternative. */
  deals: z.object({
    units: z.string(),
    unitsTip: z.string(),
    value: z.string(),
    sectorsHeading: z.string(),
    splitHeading: z.string(),
    sectorTip: z.string(),
    sectorTipDisclosed: z.string(),
    finding: z.string(),
    findingDisclosed: z.string(),
  }),
});

/** The deals chart's texts, checked when the chart is loaded. */
export const texts = chartTexts("src/charts/deals-by-sector/texts.json", raw, dealsText);
