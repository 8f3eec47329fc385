// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import remarkFacts from "./src/publish/remarkFacts.ts";
import headers from "./src/integrations/headers.ts";
import buildCache from "./src/integrations/buildCache.ts";
import search from "./src/integrations/search.ts";
import siteConfig from "./src/site.config.ts";

/** The public origin, from src/site.config.ts; SITE_URL overrides it when deploying elsewhere. */
const site = siteConfig.origin;

/**
 * Astro's and Vite's caches (the content store, prebundled dependencies) live in node_modules by
 * default. A project copy the tests build beside another one links node_modules, so it gets
 * folders of its own through ASTRO_CACHE_DIR: two builds never share a content store.
 */
const cacheDir = process.env.ASTRO_CACHE_DIR || undefined;

export default defineConfig({
  site,
  trailingSlash: "always",
  // The stylesheet is small (3 KB gzipped): inlined, it saves phones a render-blocking round trip.
  // The CSP allows it by hash (src/integrations/headers.ts), never by 'unsafe-inline'.
  // Two pages at a time: PNG renders run on the thread pool (renderAsync), one per core here.
  build: { format: "directory", inlineStylesheets: "always", concurrency: 2 },
  // The unified processor runs remark plugins: remarkFacts checks every story's facts at compile time.
  markdown: { processor: unified({ remarkPlugins: [remarkFacts] }) },
  integrations: [mdx(), headers(), buildCache(), search()],
  devToolbar: { enabled: false },
  // Scripts ship as files, never inlined, so the CSP needs no 'unsafe-inline'.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks MDX modules with its own "use astro:head-inject" directive, which the bundler
        // warns it may not keep; Astro reads it before bundling, so the warning says nothing.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("astro:head-inject"))
            return;
          warn(warning);
        },
      },
    },
    ...(cacheDir ? { cacheDir: `${cacheDir}/vite` } : {}),
  },
  ...(cacheDir ? { cacheDir } : {}),
});
