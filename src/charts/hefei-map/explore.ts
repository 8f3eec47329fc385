import { fill, messages, type Locale } from "../../i18n/index.ts";
import { formatValue } from "../../lib/format.ts";
import type { RecordOf } from "../../schemas/dataset.ts";
import type { ExploreTree } from "../kit/explore/tree.ts";
import { counted, exploreWords, sentences } from "../kit/explore/words.ts";
import { HEFEI_ID, distancesFromHefei } from "./hefeiMap.ts";
import { texts } from "./texts.ts";

/** The map as a tree: Hefei, then every place by distance from it, each with its role and distance. */
export function mapTree(places: RecordOf<"coordinates">[], locale: Locale): ExploreTree {
  const t = texts.text(locale);
  const w = exploreWords(locale);
  const { intlLocale, punctuation } = messages(locale);
  const n = new Intl.NumberFormat(intlLocale);
  const name = (id: string) => t.place[id]?.name ?? places.find((p) => p.id === id)!.label;
  const km = (v: number) => fill(t.map.km, { v: n.format(v) });
  const hefei = places.find((p) => p.id === HEFEI_ID)!;
  const byDistance = distancesFromHefei(places);
  const sentence = (place: RecordOf<"coordinates">, where: string) =>
    name(place.id) +
    punctuation.colon +
    [where, t.place[place.id]?.role, formatValue(place, locale)].filter(Boolean).join(punctuation.semicolon);
  const children = [
    { text: sentence(hefei, w.centre) },
    ...byDistance.map((d) => ({
      text: sentence(
        places.find((p) => p.id === d.id)!,
        fill(t.map.distance, { km: km(d.km) }),
      ),
    })),
  ];
  const near = byDistance[0];
  const far = byDistance.at(-1);
  return {
    root: {
      text: sentences(
        [
          fill(w.chart, { type: w.type.map, title: t.title }),
          t.subtitle,
          near && far
            ? fill(w.places, {
                n: counted(children.length, { one: "{n}", other: "{n}" }, locale),
                centre: name(HEFEI_ID),
                near: name(near.id) + fill(w.status, { s: km(near.km) }),
                far: name(far.id) + fill(w.status, { s: km(far.km) }),
              })
            : undefined,
        ],
        locale,
      ),
      children,
    },
  };
}
