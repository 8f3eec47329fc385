import type { Messages } from "./en.ts";

/** German message catalogue: the same keys as `en`, written for German readers. */
export const de: Messages = {
  intlLocale: "de",
  ogLocale: "de_DE",
  dir: "ltr",
  compactDisplay: "short",
  punctuation: { colon: ": ", comma: ", ", semicolon: "; ", list: ", " },
  dateRange: "intl",
  qualifier: {
    over: "über {v}",
    nearly: "fast {v}",
    about: "rund {v}",
    around: "etwa {v}",
    exceeded: "mehr als {v}",
  },
  currency: { CNY: "{v} Yuan", USD: "{v} US-Dollar", EUR: "{v} Euro" },
  rate: "{v} Yuan je US-Dollar",
  notDisclosed: "nicht veröffentlicht",
  status: {
    primary: "Primärquelle",
    reported: "Medienbericht",
    secondary: "Sekundärquelle, unsicher",
    derived: "abgeleitet",
  },
  table: {
    figure: "Kennzahl",
    period: "Zeitraum",
    value: "Wert",
    status: "Status",
    source: "Quelle",
  },
  pages: {
    nav: "Über diese Seite",
    desk: "Grafiken zum Einbetten",
    facts: "Zahlen und Quellen",
    about: "Unsere Standards",
    search: "Suche",
  },
  desk: {
    title: "Grafiken zum Einbetten",
    intro:
      "Alle Grafiken unserer Geschichten zur Weiterverwendung: mit einem Code-Schnipsel einbetten, als Bild verwenden, wo keine iframes erlaubt sind, oder mit ihren Daten herunterladen. Nennen Sie uns wie unter jeder Grafik angegeben.",
    story: "Aus der Geschichte",
    oembed: "oEmbed-URL",
    oembedIntro: "Redaktionssysteme, die oEmbed lesen, betten die Grafik von dieser Adresse ein:",
    versions: "Versionen",
    versionsIntro: "Eine veröffentlichte Version ändert sich nie; die aktuelle folgt den Korrekturen.",
    firstVersion: "erstmals veröffentlicht",
    unpublished: "Noch nicht als feste Version veröffentlicht: Die Einbettung zeigt die aktuellen Daten.",
    credit: "Quellenangabe zum Abdruck",
    creditLine: "Grafik: {site}, {licence}",
    licence: "Lizenz",
    licenceText: "Grafik und Daten dürfen unter {licence} weiterverwendet werden, mit Nennung von {site}.",
    preview: "Vorschau",
  },
  facts: {
    title: "Zahlen und Quellen",
    intro:
      "Jede Zahl, die unsere Geschichten und Grafiken auf Deutsch nennen, mit ihrer Herkunft. Jede Zahl in einer Geschichte verweist hierher.",
    what: "Was sie angibt",
    value: "Zahl",
    period: "Zeitraum",
    status: "Quellenart",
    source: "Quelle",
    formula: "Wie sie abgeleitet ist",
    note: "Hinweis",
    usedIn: "Verwendet in",
    json: "Alle Datensätze als Daten (JSON)",
  },
  about: {
    title: "Unsere Standards",
    intro:
      "{site} veröffentlicht Datengeschichten über deutsche Unternehmen in China. Jede Zahl, die wir nennen, stammt aus einem öffentlichen Dokument, das wir benennen und verlinken, damit Sie sie selbst prüfen können.",
    sourcingTitle: "Woher unsere Zahlen stammen",
    sourcingText:
      "Jede Zahl ist ein Datensatz mit ihrem Wert, ihrer Quelle (wer sie veröffentlicht hat, die Adresse des Dokuments, das Datum) und einer Quellenart, die unsere Grafiken und Tabellen mit diesen Worten angeben:",
    primary: "Die Organisation, die die Zahl erhoben hat, hat sie selbst veröffentlicht.",
    reported: "Ein Nachrichtenbericht nennt die Zahl; wir verlinken den Bericht.",
    secondary:
      "Eine Kopie oder ein Sammeldienst nennt sie, das Original fanden wir nicht. Grafiken zeichnen solche Zahlen hohl oder gestrichelt, Tabellen markieren sie.",
    derived: "Wir haben sie aus anderen belegten Zahlen berechnet; ihr Eintrag unter den Zahlen zeigt, wie.",
    sourcingMore:
      "Wir nennen eine Zahl mit den Worten ihrer Quelle (über, rund, fast) und nie genauer, als die Quelle sie angibt. Wo eine Quelle eine Zahl zurückhält, sagen wir das, statt sie zu schätzen.",
    factsLink: "Jede Zahl mit ihrer Quelle",
    correctionsTitle: "Korrekturen und Aktualisierungen",
    correction:
      "Eine Korrektur behebt einen Fehler von uns. Sie steht datiert am Anfang der Geschichte sowie in der Einbettung und im Daten-Download jeder Grafik, die sie betrifft.",
    update:
      "Eine Aktualisierung ergänzt oder überarbeitet Angaben, die bei Veröffentlichung stimmten, etwa mit einer neueren Umfrage. Sie steht datiert am Ende der Geschichte.",
    figures:
      "Eine veröffentlichte Zahl ändert sich nie ohne protokollierten Eintrag: Der Build vergleicht jede veröffentlichte Grafik mit unseren Daten und bricht ab, wenn sich eine Zahl unvermerkt geändert hat. Der Eintrag zeigt alte und neue Zahl mit Quelle.",
    versions:
      "Grafiken erscheinen in nummerierten Versionen. Eine Version ändert sich nach der Veröffentlichung nie, damit ein Artikel, der sie eingebettet hat, behält, was sie zeigte. Erscheint eine neue Version, trägt die alte einen datierten Hinweis, was sich geändert hat, mit Link zur aktuellen; Einbettungen der aktuellen Version ändern sich mit.",
    licenceTitle: "Lizenz und Quellenangabe",
    licence:
      "Unsere Grafiken und Daten dürfen unter {licence} weiterverwendet werden. Nennen Sie uns mit der Zeile, die auf der Grafikseite unter jeder Grafik steht, etwa „{credit}“, und verlinken Sie, wo möglich, die Geschichte.",
    sourcesLicence:
      "Die Zahlen selbst gehören ihren Quellen: Nennen Sie sie wie wir, wenn Sie die Daten verwenden.",
    contactTitle: "Kontakt",
    contact:
      "Einen Fehler gefunden oder Interesse an einer Weiterverwendung? Schreiben Sie an {email}. Wir antworten und protokollieren jede Korrektur.",
  },
  search: {
    title: "Suche",
    intro: "Durchsuchen Sie die Geschichten, Grafiken und Zahlen auf Deutsch.",
    label: "Suchbegriff",
    button: "Suchen",
    noScript:
      "Die Suche braucht JavaScript. Ohne JavaScript finden Sie alle Grafiken auf der Grafikseite und alle Zahlen auf der Zahlenseite:",
    results: "Ergebnisse für „{query}“: {count}",
    none: "Nichts gefunden für „{query}“.",
    failed: "Die Suche konnte nicht geladen werden. Versuchen Sie die Grafikseite oder die Zahlenseite.",
  },
  ui: {
    languages: "Lesen auf",
    languageName: "Deutsch",
    editions: "Ausgaben",
    notFoundTitle: "Seite nicht gefunden",
    notFoundText:
      "Unter dieser Adresse gibt es keine Seite. Die Geschichte und ihre Grafiken finden Sie auf der Startseite.",
    home: "Startseite",
    feedTitle: "{site}: Geschichten",
    feed: "Atom-Feed",
    sitemap: "Sitemap",
    skipToContent: "Zum Inhalt springen",
    stories: "Geschichten",
    by: "Von",
    published: "Veröffentlicht am",
    updated: "Aktualisiert am",
    sources: "Quellen",
    notes: "Anmerkungen",
    corrections: "Korrekturen und Aktualisierungen",
    noCorrections: "Bisher keine Korrekturen oder Aktualisierungen.",
    correctionLabel: "Korrektur",
    updateLabel: "Aktualisierung",
    source: "Quelle",
    sourcesLabel: "Quellen",
    note: "Anmerkung",
    showData: "Daten anzeigen",
    chartHint:
      "Mit der Tabulatortaste in die Grafik wechseln, dann mit den Pfeiltasten durch die Daten gehen.",
    from: "Aus:",
    embedThis: "Diese Grafik einbetten",
    embedIntro:
      "Fügen Sie diesen Code in Ihre Seite ein. Die Grafik passt ihre Größe selbst an, folgt dem hellen und dunklen Modus, setzt keine Cookies und lädt nichts von fremden Seiten.",
    embedCode: "Einbettungscode",
    copy: "Kopieren",
    copied: "Kopiert",
    embedPym:
      "Nutzt Ihre Seite bereits pym.js, verwenden Sie stattdessen dessen Parent mit der Embed-URL; unsere Einbettung sendet die Höhennachricht von pym.js v1:",
    embedLatest: "Neueste Fassung (folgt Korrekturen)",
    embedVersion: "Diese Fassung ({version}, {date}): ändert sich nie",
    embedChoice: "Welcher Stand der Grafik eingebettet wird",
    embedFallback:
      "Wo keine iframes erlaubt sind (Newsletter, Feedreader), die Grafik als Bild mit Link zur Geschichte einbinden:",
    embedFallbackCode: "Bild-Code",
    versionNotice: "Am {date} wurde eine neuere Fassung dieser Grafik veröffentlicht.",
    versionLatest: "Zur neuesten Fassung",
    versionRepublished: "Die Grafik wurde mit aktuellen Daten neu veröffentlicht.",
    embedNoScript: "Ohne JavaScript zeigt der iframe die Grafik weiterhin in ihrer Anfangshöhe.",
    downloads: "Herunterladen",
    downloadSvg: "SVG",
    downloadPng: "PNG",
    downloadCsv: "Daten (CSV)",
    keyUncertain: "Hohl oder gestrichelt: Sekundärquelle oder vorläufige Zahl, unsicher",
    preliminary: "vorläufig",
    keyPartial: "{period}: nur ein Teil des Jahres, nicht mit einem ganzen Jahr vergleichbar",
    noFigure: "keine belegte Zahl",
    figureRemoved: "entfernt",
    downloadJson: "Daten (JSON)",
  },
};

export default de;
