import { z } from "zod";
import { describeIssues, DataError } from "./errors.ts";

const text = (what: string) => z.string({ error: `expected ${what}` }).min(1, `expected ${what}`);
const perLocale = <T extends z.ZodType>(value: T) =>
  z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "expected a locale tag such as en"), value);

/** The site's identity and contact points: `src/site.config.ts`. Pages, share images, feed, JSON-LD, embeds and oEmbed read it. */
export const siteSchema = z.object({
  /** The site's name, as printed in the header, share images, feed, embeds and oEmbed. */
  name: text("the site's name"),
  /** One line on what the site is, per locale (every locale with a catalogue needs one). */
  tagline: perLocale(text("a tagline")),
  /** Who publishes the site: the organisation in JSON-LD and oEmbed's provider. */
  publisher: z.object({
    name: text("the publisher's name"),
    /** The publisher's own page; default: the site's origin. */
    url: z.url({ error: "expected the publisher's URL" }).optional(),
  }),
  /** The byline a story gets when its frontmatter names none, per locale. */
  byline: perLocale(z.array(text("an author")).min(1, "expected at least one author")),
  /** The public origin (canonical URLs, share images, embed snippets); SITE_URL overrides it at build time. */
  origin: z.url({ error: "expected the site's public origin, such as https://example.org" }),
  /** The licence under which charts and data may be republished. */
  licence: z.object({
    name: text("the licence's name, such as CC BY 4.0"),
    url: z.url({ error: "expected the URL of the licence's text" }),
  }),
  /** Where readers and newsrooms write: corrections, questions, republication. */
  contact: z.object({
    email: z.email({ error: "expected an e-mail address" }),
  }),
});

/** The site configuration, as written in `src/site.config.ts`. */
export type SiteConfigInput = z.input<typeof siteSchema>;
/** The validated site configuration. */
export type SiteConfig = z.output<typeof siteSchema>;

/** Validates the site configuration; a mistake throws naming the file and field. */
export function defineSite(input: SiteConfigInput, file = "src/site.config.ts"): SiteConfig {
  const result = siteSchema.safeParse(input);
  if (!result.success) throw new DataError(describeIssues(file, result.error, input));
  return result.data;
}
