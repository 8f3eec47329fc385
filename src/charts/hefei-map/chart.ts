import { fill, messages } from "../../i18n/index.ts";
import { formatValue } from "../../lib/format.ts";
import type { FigureRecord, RecordOf } from "../../schemas/dataset.ts";
import type { ChartSpec } from "../kit/types.ts";
import { EARTH_RADIUS_KM, distancesFromHefei, hefeiMap } from "./hefeiMap.ts";
import { mapTree } from "./explore.ts";
import { texts } from "./texts.ts";

/** The records that are places on the map. */
const places = (records: readonly FigureRecord[]) =>
  records.filter((r): r is RecordOf<"coordinates"> => r.unit === "coordinates");

/** The story's places seen from Hefei (a bespoke d3-geo chart). */
const chart: ChartSpec = {
  id: "hefei-map",
  file: "src/charts/hefei-map/chart.ts",
  dataset: "places",
  locales: texts.locales,
  render: (records, options) => hefeiMap(places(records), options),
  title: (_records, locale) => texts.text(locale).title,
  subtitle: (_records, locale) => texts.text(locale).subtitle,
  notes: (_records, locale) =>
    texts
      .text(locale)
      .notes.map((note) =>
        fill(note, { radius: new Intl.NumberFormat(messages(locale).intlLocale).format(EARTH_RADIUS_KM) }),
      ),
  table(records, locale) {
    const t = texts.text(locale);
    const km = new Map(distancesFromHefei(places(records)).map((d) => [d.id, d.km]));
    const n = new Intl.NumberFormat(messages(locale).intlLocale);
    return {
      columns: [
        t.table.place,
        t.table.role,
        t.table.coordinates,
        t.table.distance,
        messages(locale).table.source,
      ],
      rows: places(records).map((r) => ({
        cells: [
          t.place[r.id]?.name ?? r.label,
          t.place[r.id]?.role ?? "",
          formatValue(r, locale),
          km.has(r.id) ? fill(t.map.km, { v: n.format(km.get(r.id)!) }) : "",
          r.source.name,
        ],
        status: r.status,
      })),
    };
  },
  cited: places,
  recordLabel: (record, locale) => texts.text(locale).place[record.id]?.name ?? record.label,
  explore: (records, locale) => mapTree(places(records), locale),
  columns: (records) =>
    new Map(distancesFromHefei(places(records)).map((d) => [d.id, { distance_from_hefei_km_derived: d.km }])),
  derived: (records) => ({
    distancesFromHefeiKm: distancesFromHefei(places(records)),
    formula: "d3.geoDistance between the coordinates × 6,371 km, rounded to whole kilometres",
  }),
};

export default chart;
