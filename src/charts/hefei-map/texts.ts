import { z } from "zod";
import { messages, type Locale } from "../../i18n/index.ts";
import { chartTextShape, chartTexts } from "../kit/texts.ts";
import raw from "./texts.json?raw";

/** The map's texts in one locale: its headline and notes, place names and roles, map labels. */
const mapText = z.object({
  ...chartTextShape,
  /** Name and role in the story of each place, by record id. */
  place: z.record(z.string(), z.object({ name: z.string().min(1), role: z.string() })),
  /** Labels drawn on the map; `finding` is its text alternative, `km` formats a distance. */
  map: z.object({
    china: z.string(),
    germany: z.string(),
    anhui: z.string(),
    km: z.string(),
    distance: z.string(),
    insetGermany: z.string(),
    insetAnhui: z.string(),
    finding: z.string(),
  }),
  /** The map walk in the story (route.ts): a step's distance line and what each kind of view shows. */
  route: z.object({
    distance: z.string(),
    viewHefei: z.string(),
    viewAnhui: z.string(),
    viewEast: z.string(),
    viewGermany: z.string(),
  }),
  /** Column headers of the map's table. */
  table: z.object({ place: z.string(), role: z.string(), coordinates: z.string(), distance: z.string() }),
});

/** The map's texts, checked when the chart is loaded. */
export const texts = chartTexts("src/charts/hefei-map/texts.json", raw, mapText);

/** What the map's drawing functions read: its texts plus the locale's number format. */
export type MapMessages = z.infer<typeof mapText> & { intlLocale: string };

/** The map's texts in a locale, with the locale's Intl tag. */
export const mapMessages = (locale: Locale): MapMessages => ({
  ...texts.text(locale),
  intlLocale: messages(locale).intlLocale,
});
