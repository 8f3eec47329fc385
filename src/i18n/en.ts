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
  /** The site's own pages: the chart desk, the facts, the standards page and search. */
  pages: {
    nav: "About this site",
    desk: "Charts to embed",
    facts: "Facts and sources",
    about: "Our standards",
    search: "Search",
  },
  /** The chart desk, /<locale>/charts/: every chart the stories cite, ready to republish. */
  desk: {
    title: "Charts to embed",
    intro:
      "Every chart in our stories, ready to republish: embed it with one snippet, use the image where iframes are not allowed, or download it with its data. Credit us as shown under each chart.",
    story: "From the story",
    oembed: "oEmbed URL",
    oembedIntro: "Content systems that read oEmbed embed the chart from this address:",
    versions: "Versions",
    versionsIntro: "A published version never changes; the latest follows corrections.",
    firstVersion: "first published",
    unpublished: "Not yet published as a fixed version: the embed shows the latest data.",
    credit: "Credit line to print",
    creditLine: "Chart: {site}, {licence}",
    licence: "Licence",
    licenceText: "Republish the chart and its data under {licence}, crediting {site}.",
    preview: "Preview",
  },
  /** The facts page, /<locale>/facts/: every figure the stories print, with its record. */
  facts: {
    title: "Facts and sources",
    intro:
      "Every figure our stories and charts in this language print, with where it comes from. Each figure in a story links here.",
    what: "What it is",
    value: "Figure",
    period: "Period",
    status: "Status",
    source: "Source",
    formula: "How it is derived",
    note: "Note",
    usedIn: "Used in",
    json: "All records as data (JSON)",
  },
  /** The standards page, /<locale>/about/: how we source, correct and license. Prose for readers. */
  about: {
    title: "Our standards",
    intro:
      "{site} publishes data stories about German business in China. Every figure we print comes from a public document we name and link, so you can check it yourself.",
    sourcingTitle: "How we source",
    sourcingText:
      "Each figure is a record with its value, its source (who published it, the address of the document, the date) and a status, which our charts and tables print in these words:",
    primary: "the organisation that produced the figure published it itself.",
    reported: "a news report gives the figure; we link the report.",
    secondary:
      "a copy or an aggregator gives it and we could not find the original. Charts draw such figures hollow or dashed and tables flag them.",
    derived: "we computed it from other sourced figures; its entry in the facts shows how.",
    sourcingMore:
      "We print a figure with the words its source uses (over, about, nearly) and never more precisely than the source states it. Where a source withholds a number, we say so rather than estimate it.",
    factsLink: "Every figure with its source",
    correctionsTitle: "Corrections and updates",
    correction:
      "A correction fixes something we got wrong. It is dated at the top of the story, and on the embed and data download of every chart it touches.",
    update:
      "An update adds or revises information that was right when published, such as a newer survey. It is dated at the foot of the story.",
    figures:
      "A published figure never changes without a logged entry: the build compares every published chart with our data and stops if a figure changed unrecorded. The entry shows the old and new figure with its source.",
    versions:
      "Charts are published in numbered versions. A version never changes once published, so an article that embedded it keeps what it showed. When we publish a new version, the old one carries a dated notice saying what changed, with a link to the latest; embeds that follow the latest change with it.",
    licenceTitle: "Licence and credit",
    licence:
      "Our charts and data may be republished under {licence}. Credit us with the line printed under each chart on the chart desk, e.g. “{credit}”, and link to the story where you can.",
    sourcesLicence:
      "The figures themselves belong to their sources: name them as we do when you use the data.",
    contactTitle: "Contact",
    contact: "Found a mistake, or want to republish? Write to {email}. We answer and log every correction.",
  },
  /** The search page, /<locale>/search/. */
  search: {
    title: "Search",
    intro: "Search the stories, charts and facts in this language.",
    label: "Search for",
    button: "Search",
    noScript:
      "Search needs JavaScript. Without it, every chart is on the chart desk and every figure on the facts page:",
    results: "Results for “{query}”: {count}",
    none: "Nothing found for “{query}”.",
    failed: "Search could not load. Try the chart desk or the facts page.",
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
