// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import remarkFacts from "./src/lib/remarkFacts.ts";
import headers from "./src/integrations/headers.ts";

/** The public origin; set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? "https://hefei-deals.example.org";

export default defineConfig({
  site,
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  // The unified processor runs remark plugins: remarkFacts checks every story's facts at compile time.
  markdown: { processor: unified({ remarkPlugins: [remarkFacts] }) },
  integrations: [mdx(), headers()],
  devToolbar: { enabled: false },
  // Scripts ship as files, never inlined, so the CSP needs no 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
});
