import { defineSite } from "./schemas/site.ts";

/**
 * The site's identity, in one typed file: start a new site from this engine by editing it
 * (README, "Make it yours"). Every locale with a catalogue in src/i18n/ needs a tagline and a byline.
 */
export default defineSite({
  name: "Hefei Deals",
  tagline: {
    en: "Data stories on German business in China, every figure sourced",
    de: "Datengeschichten über deutsche Unternehmen in China, jede Zahl mit Quelle",
    zh: "关于在华德国企业的数据报道，每个数字都有出处",
  },
  publisher: { name: "Hefei Deals" },
  byline: {
    en: ["The Hefei Deals data team"],
    de: ["Datenteam Hefei Deals"],
    zh: ["Hefei Deals 数据团队"],
  },
  origin: process.env.SITE_URL ?? "https://hefei-deals.example.org",
  licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  contact: { email: "desk@hefei-deals.example.org" },
});
