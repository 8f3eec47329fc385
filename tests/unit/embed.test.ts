import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { chartIds } from "../../src/charts/index.ts";
import { EMBED_WIDTH, embedSnippet } from "../../src/lib/embed.ts";

const site = new URL("https://example.org");
const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Host page</title></head><body>${body}</body></html>`;

describe("the embed snippet", () => {
  it.each(chartIds)("%s is valid HTML, with a numeric width and a fluid style", async (id) => {
    const snippet = embedSnippet({ site, locale: "en", id, title: "A chart & its title", height: 640 });
    // A newsroom's page may well allow inline styles; everything else is checked.
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: { "no-inline-style": "off" },
    });
    const report = await validator.validateString(page(snippet));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    expect(snippet).toContain(` width="${EMBED_WIDTH}" height="640" `);
    expect(snippet).toMatch(/style="[^"]*width:100%/);
  });
});
