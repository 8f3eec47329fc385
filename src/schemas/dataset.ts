import { z } from "zod";

/** A calendar date as ISO 8601 (YYYY-MM-DD); sources and figures are dated to the day. */
export const isoDate = z.preprocess(
  // YAML frontmatter turns an unquoted 2025-06-26 into a Date: normalise it back at the edge.
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value,
  z.iso.date({ error: "expected an ISO date (YYYY-MM-DD)" }),
);

/**
 * False for a bare origin (`https://example.org` or `https://example.org/`): a reader who opens a
 * home page cannot check the figure. A query string can name a document (`/?p=123`), so it counts.
 */
export function isDocumentUrl(url: string): boolean {
  const { pathname, search } = new URL(url);
  return pathname !== "/" || search !== "";
}

// Query keys and path words that mark a search or a listing: the results change over time, so a
// reader who opens one later will not find the figure. `?p=123` names a document and passes.
const SEARCH_KEYS = new Set(["q", "query", "search", "s", "keyword", "keywords", "term", "searchterm"]);
const SEARCH_PATH = /(^|[/_.-])(search|suche|advanced-search|results)([/_.-]|$)/i;

/**
 * True for a search or listing page as far as its address tells: a search query in the query
 * string (`?q=`, `?search=`) or a search path (`/search/`, `advanced-search.html`). A page that
 * lists the latest of something under a plain path cannot be told from its address.
 */
export function isListingUrl(url: string): boolean {
  const { pathname, searchParams } = new URL(url);
  return (
    SEARCH_PATH.test(pathname) || [...searchParams.keys()].some((key) => SEARCH_KEYS.has(key.toLowerCase()))
  );
}

/** Where a figure came from. */
export const sourceSchema = z.object(
  {
    /** Who published it, as readers should see it ("Xinhua via People's Daily Online"). */
    name: z.string().min(1, "expected the source's name"),
    /** The page a reader can open to check the figure: the document itself, never a site's home page. */
    url: z
      .url({ error: "expected the source's URL (https://...)" })
      .refine(isDocumentUrl, {
        error: "expected the address of the document that shows the figure, not a site's home page",
      })
      .refine((url) => !isListingUrl(url), {
        error:
          "expected the address of the document that shows the figure, not a search or listing page (its results change)",
      }),
    /** The source's publication date; omitted only where the source shows none. */
    date: isoDate.optional(),
  },
  { error: "expected a source: { name, url, date } saying where the figure came from" },
);

/**
 * How much to trust a figure: `primary` (from the organisation that produced it), `reported`
 * (a news report of it), `secondary` (a copy or aggregator: shown as uncertain), `derived`
 * (computed here from other figures; the record states its formula).
 */
export const statusSchema = z.enum(["primary", "reported", "secondary", "derived"], {
  error: "expected a status: primary, reported, secondary or derived",
});

/** The words a source uses around a figure ("over 6.8 billion"): never dropped, never rounded away. */
export const qualifierSchema = z.enum(["over", "nearly", "about", "around", "exceeded"]);

/** Another credible source's different figure for the same thing, shown beside the record's own. */
export const alternativeSchema = z.object(
  {
    /** In the record's unit (whole currency units, percent 0 to 100, a count). */
    value: z.number({ error: "expected the other source's figure as a number" }),
    qualifier: qualifierSchema.optional(),
    source: sourceSchema,
    /** Why it differs, or why the record keeps its own figure. */
    note: z.string().min(1).optional(),
  },
  { error: "expected an alternative: { value, source: { name, url, date }, note }" },
);

const recordBase = {
  /** Unique across all datasets; the story cites a figure by it (`<Fact id="deals.count" />`). */
  id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, "expected a lowercase id such as deals.count"),
  /** What the figure is, in English; locales translate it through their message catalogue. */
  label: z.string().min(1, "expected a label"),
  /** The original document: the organisation's release or report the figure comes from. */
  source: sourceSchema,
  /**
   * The copy or report the figure was read in, when not in the original itself (a mirror, a wire
   * copy, a news report of the release). A figure read in a copy is never `primary`.
   */
  via: sourceSchema.optional(),
  /** Other credible sources' different figures for the same thing. */
  alternatives: z.array(alternativeSchema).min(1).optional(),
  status: statusSchema,
  /** For derived figures: how they were computed, in words a reader can check. */
  formula: z.string().min(1).optional(),
  /** A caveat shown with the figure. */
  note: z.string().min(1).optional(),
  /** The period the figure describes, e.g. "2024", "2025-01/2025-05" or a survey edition "2024/25". */
  period: z.string().min(1).optional(),
  /** Groups records drawn as one series (e.g. "invest" across survey editions). */
  series: z.string().min(1).optional(),
  qualifier: qualifierSchema.optional(),
  /** The source calls the figure preliminary: charts draw it as uncertain, like a secondary one. */
  preliminary: z.boolean().optional(),
};

const nonNegative = z.number({ error: "expected a number" }).nonnegative("expected a number >= 0");

/** A figure: its value's type depends on its unit. */
export const recordSchema = z
  .discriminatedUnion(
    "unit",
    [
      z.object({
        ...recordBase,
        unit: z.literal("count"),
        /** `null` means the source says the thing exists but does not disclose the number. */
        value: nonNegative.nullable(),
      }),
      z.object({
        ...recordBase,
        unit: z.literal("percent"),
        /** Percent of respondents, 0 to 100 (92 means 92%). */
        value: nonNegative.max(100, "expected a percentage between 0 and 100"),
      }),
      z.object({
        ...recordBase,
        unit: z.enum(["CNY", "USD", "EUR"]),
        /** An amount of money in whole currency units (6.8 billion is 6800000000). */
        value: nonNegative,
      }),
      z.object({
        ...recordBase,
        unit: z.literal("CNY-per-USD"),
        value: z.number().positive("expected an exchange rate above 0"),
      }),
      z.object({
        ...recordBase,
        unit: z.literal("percent-change"),
        /** Year-on-year change in percent; may be negative. */
        value: z.number({ error: "expected a number" }),
      }),
      z.object({
        ...recordBase,
        unit: z.literal("date-range"),
        value: z.object({ start: isoDate, end: isoDate }),
      }),
      z.object({
        ...recordBase,
        unit: z.literal("date"),
        value: isoDate,
      }),
      z.object({
        ...recordBase,
        unit: z.literal("list"),
        /** Stable keys of the items, in the source's order. */
        value: z.array(z.string().min(1)).min(1, "expected at least one item"),
        /** Each item's label by locale: `{ "new-energy": { "en": "New energy", "de": "Neue Energien" } }`. */
        items: z.record(z.string(), z.record(z.string(), z.string().min(1)), {
          error: 'expected labels for the items, e.g. "items": { "new-energy": { "en": "New energy" } }',
        }),
      }),
      z.object({
        ...recordBase,
        unit: z.literal("coordinates"),
        /** WGS84 degrees, three decimals are plenty at map scale. */
        value: z.object({
          lat: z.number().min(-90).max(90),
          lon: z.number().min(-180).max(180),
        }),
        /** ISO 3166-1 alpha-2 country of the place. */
        country: z.string().length(2),
      }),
    ],
    {
      error: (issue) =>
        issue.code === "invalid_union"
          ? "expected a known unit: count, percent, CNY, USD, EUR, CNY-per-USD, percent-change, date-range, date, list or coordinates"
          : undefined,
    },
  )
  .superRefine((record, ctx) => {
    if (record.via && record.status === "primary") {
      ctx.addIssue({
        code: "custom",
        path: ["status"],
        message: 'expected status "reported" or "secondary": a figure read in a copy (via) is never primary',
      });
    }
    if (record.alternatives && typeof record.value !== "number") {
      ctx.addIssue({
        code: "custom",
        path: ["alternatives"],
        message: "expected alternatives only on a record whose value is a number",
      });
    }
    if (record.status === "derived" && !record.formula) {
      ctx.addIssue({
        code: "custom",
        path: ["formula"],
        message: "expected a formula: a derived figure says how it was computed",
      });
    }
    if (record.unit === "list") {
      record.value.forEach((key, i) => {
        if (!record.items[key]?.["en"])
          ctx.addIssue({
            code: "custom",
            path: ["items", key],
            message: `expected an English label for item "${key}" (value[${i}]): "items": { "${key}": { "en": "..." } }`,
          });
      });
    }
    if (record.unit === "date-range" && record.value.end < record.value.start) {
      ctx.addIssue({ code: "custom", path: ["value", "end"], message: "expected end on or after start" });
    }
  });

/** A sourced dataset: one JSON file in src/data/. */
export const datasetSchema = z
  .object({
    /** Public id, used in downloads and embeds. */
    id: z.string().regex(/^[a-z0-9-]+$/, "expected a lowercase id such as conference"),
    title: z.string().min(1),
    description: z.string().min(1),
    /** Licence of this compilation; the figures belong to their sources. */
    licence: z.string().min(1),
    records: z.array(recordSchema).min(1, "expected at least one record"),
  })
  .superRefine((dataset, ctx) => {
    const seen = new Map<string, number>();
    dataset.records.forEach((record, index) => {
      const first = seen.get(record.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["records", index, "id"],
          message: `expected a unique id: "${record.id}" is already used by records[${first}]`,
        });
      } else seen.set(record.id, index);
    });
  });

export type Source = z.infer<typeof sourceSchema>;
export type Alternative = z.infer<typeof alternativeSchema>;
export type Status = z.infer<typeof statusSchema>;
export type FigureRecord = z.infer<typeof recordSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
/**
 * A record of one unit, e.g. `RecordOf<"percent">` or `RecordOf<"EUR">`. Money units share one
 * schema member (unit "CNY" | "USD" | "EUR"), so the member is narrowed to the unit asked for.
 */
export type RecordOf<U extends FigureRecord["unit"]> = FigureRecord extends infer R
  ? R extends { unit: infer V }
    ? U extends V
      ? Omit<R, "unit"> & { unit: U }
      : never
    : never
  : never;
