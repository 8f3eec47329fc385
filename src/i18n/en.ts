/** English message catalogue: the reference every other locale must match key for key. */
export const en = {
  /** BCP 47 tag passed to Intl. */
  intlLocale: "en",
  /** Open Graph locale, `language_TERRITORY`. */
  ogLocale: "en_US",
  /** Writing direction of the language. */
  dir: "ltr" as "ltr" | "rtl",
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
  table: {
    figure: "Figure",
    period: "Period",
    value: "Value",
    status: "Status",
    source: "Source",
    /** Another credible source's different figure, beside the record's own. */
    other: "Other sources",
  },
  /** The chart explorer and Listen (src/charts/kit/explore/): sentences built from the records. */
  explore: {
    keys: "Keys in the chart: Up and Down move within a level; Right or Enter goes down a level, Left or Backspace goes up; Home and End jump to the first and last; Escape leaves.",
    listen: "Listen",
    stop: "Stop",
    type: {
      line: "Line chart",
      bar: "Bar chart",
      "grouped-bar": "Grouped bar chart",
      "stacked-bar": "Stacked bar chart",
      dot: "Dot plot",
      map: "Map",
      units: "Unit chart",
    },
    chart: "{type}: {title}.",
    range: "{series}, {first} to {last}; values from {min} to {max}.",
    seriesCount: { one: "{n} series", other: "{n} series" },
    series:
      "{name}: {points}, from {first} in {firstPeriod} to {last} in {lastPeriod}; highest {high} in {highPeriod}, lowest {low} in {lowPeriod}.",
    points: { one: "{n} figure", other: "{n} figures" },
    gaps: "Gaps, no sourced figure: {periods}.",
    gap: "{period}: gap, no sourced figure",
    status: " ({s})",
    partYear: "part of the year only",
    group: "{name}: {items}.",
    items: { one: "{n} item", other: "{n} items" },
    places: "{n} places, ordered by distance from {centre}: nearest {near}, farthest {far}.",
    centre: "centre of the map",
    splitNotDisclosed: "split not disclosed",
  },
  ui: {
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
    /** A source, and the copy or report its figure was read in. */
    via: "{source}, read in {copy}",
    /** A figure another credible source gives differently. */
    alternative: "{figure}: {source} gives {value}.",
    showData: "Show the data",
    chartHint: "Tab into the chart, then use the arrow keys to step through its data.",
    languages: "Read in",
    languageName: "English",
    editions: "Editions",
    notFoundTitle: "Page not found",
    notFoundText: "There is no page at this address. The story and its charts are listed on the home page.",
    home: "Home page",
    feedTitle: "{site}: stories",
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
    embedLatest: "Latest (follows corrections)",
    embedVersion: "This version ({version}, {date}): never changes",
    embedChoice: "Which state of the chart to embed",
    embedFallback:
      "Where iframes are not allowed (newsletters, feed readers), use the chart as an image linking to the story:",
    embedFallbackCode: "Image code",
    versionNotice: "A newer version of this chart was published on {date}.",
    versionLatest: "See the latest version",
    versionRepublished: "The chart was republished with current data.",
    embedNoScript: "Without JavaScript the iframe still shows the chart at its initial height.",
    downloads: "Download",
    downloadSvg: "SVG",
    downloadPng: "PNG",
    downloadCsv: "Data (CSV)",
    keyUncertain: "Hollow or dashed: secondary source or preliminary figure, uncertain",
    preliminary: "preliminary",
    keyPartial: "{period}: part of the year only, not comparable with a full year",
    noFigure: "no sourced figure",
    figureRemoved: "removed",
    downloadJson: "Data (JSON)",
  },
};

/** The shape every locale's catalogue must have. */
export type Messages = typeof en;

export default en;
