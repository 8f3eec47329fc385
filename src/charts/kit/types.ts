import type { Locale } from "../../i18n/index.ts";
import type { FigureRecord } from "../../schemas/dataset.ts";
import type { ExploreTree } from "./explore/tree.ts";
import type { GuessSetup } from "./guess/howFarOff.ts";
import type { ChartOptions } from "./svg.ts";

/** A chart's data table: header cells and rows of text, each row with its record's status. */
export interface ChartTable {
  columns: string[];
  rows: { cells: string[]; status: FigureRecord["status"] }[];
}

/**
 * Everything a figure, an embed, a download or a share image needs to know about one chart.
 * A chart never names the story that cites it: pages find that out from the stories.
 */
export interface ChartSpec {
  /** Public id, the name of the chart's folder: embeds, downloads and oEmbed use it. */
  id: string;
  /** The file that declares the chart, for error messages ("src/charts/x/chart.json"). */
  file: string;
  /** The dataset whose records it draws. */
  dataset: string;
  /** Locales the chart has texts for; a story edition citing it must be one of them. */
  locales: readonly Locale[];
  /** Draws the chart at one artboard width. */
  render(records: readonly FigureRecord[], options: ChartOptions): SVGSVGElement;
  title(records: readonly FigureRecord[], locale: Locale): string;
  subtitle(records: readonly FigureRecord[], locale: Locale): string;
  notes(records: readonly FigureRecord[], locale: Locale): string[];
  table(records: readonly FigureRecord[], locale: Locale): ChartTable;
  /** The records the chart draws: its source line, table and downloads name these. */
  cited(records: readonly FigureRecord[]): FigureRecord[];
  /** A record's label in a locale, for tables and downloads. */
  recordLabel(record: FigureRecord, locale: Locale): string;
  /** Figures derived for the downloads (e.g. distances), with how they were derived. */
  derived?(records: readonly FigureRecord[]): Record<string, unknown> | undefined;
  /** The chart's own columns in its CSV and data table downloads, by record id (the map: each place's distance). */
  columns?(records: readonly FigureRecord[]): ReadonlyMap<string, Record<string, string | number>>;
  /**
   * Asks the reader to guess before the data shows (src/charts/kit/guess/guessFirst.ts): the render draws
   * the data as `.guess-answer` and the handles as a hidden `.guess-you` layer.
   */
  guess?(records: readonly FigureRecord[], locale: Locale): GuessSetup;
  /**
   * The chart as a tree a reader walks by keyboard, with its series as tones, built from the
   * records (src/charts/kit/explore/). Without it, the tree is the chart and its table's rows.
   */
  explore?(records: readonly FigureRecord[], locale: Locale): ExploreTree;
}
