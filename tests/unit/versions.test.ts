import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { locales } from "../../src/i18n/index.ts";
import { embedSnippet, fallbackSnippet } from "../../src/lib/embed.ts";
import { NOTICE_MARKER, versionNotice, withVersionNotice } from "../../src/publish/versionNotice.ts";
import { parseVersions } from "../../src/schemas/versions.ts";

const site = new URL("https://example.org");
const validate = async (body: string) => {
  const report = await new HtmlValidate({ extends: ["html-validate:recommended"] }).validateString(
    `<!DOCTYPE html><html lang="en"><head><title>Host page</title></head><body>${body}</body></html>`,
  );
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
};

describe("the snippet for one version", () => {
  it("frames the versioned URL under a childId of its own", () => {
    const snippet = embedSnippet({
      site,
      locale: "de",
      id: "a-chart",
      title: "Karte",
      height: 943,
      version: 3,
    });
    expect(snippet).toContain(
      '<iframe src="https://example.org/embed/de/a-chart/v3/?childId=hefei-de-a-chart-v3" title="Karte" width="720" height="943" ',
    );
    expect(snippet).toContain('data-hefei-embed="hefei-de-a-chart-v3"');
  });
});

describe("the static image fallback", () => {
  it("is plain, valid <a href><img src alt width height></a> markup, its alt text escaped", async () => {
    const markup = fallbackSnippet({
      site,
      locale: "en",
      id: "a-chart",
      alt: 'Partners lie "far" <8,500 km> & more',
      width: 768,
      height: 764,
      href: "https://example.org/en/a-story/",
    });
    expect(markup).toBe(
      '<a href="https://example.org/en/a-story/"><img src="https://example.org/downloads/en/a-chart.png" ' +
        'alt="Partners lie &quot;far&quot; &lt;8,500 km&gt; &amp; more" width="768" height="764"></a>',
    );
    expect(await validate(markup)).toEqual([]);
  });
});

describe("the newer-version notice", () => {
  const page = `<main>${NOTICE_MARKER}<figure>chart</figure></main>`;

  it.each(locales)("in %s: dated, saying why, linking to the latest", (locale) => {
    const notice = versionNotice({ locale, id: "a-chart", date: "2026-12-02", why: "Fixed <a> figure." });
    expect(notice).toContain('<time datetime="2026-12-02">');
    expect(notice).toContain("Fixed &lt;a&gt; figure.");
    expect(notice).toContain(`<a href="/embed/${locale}/a-chart/">`);
  });

  it("goes after the marker and changes nothing else; a second one is refused", () => {
    const options = { locale: "en" as const, id: "a-chart", date: "2026-12-02" };
    const noticed = withVersionNotice(page, options);
    expect(noticed.replace(versionNotice(options), "")).toBe(page);
    expect(noticed).toContain("The chart was republished with current data.");
    expect(() => withVersionNotice(noticed, options)).toThrow("this version already has a notice");
    expect(() => withVersionNotice("<main></main>", options)).toThrow("no <!--version-notice--> marker");
  });
});

describe("a chart's versions.json", () => {
  it("fails naming the file and field", () => {
    const file = "src/charts/a-chart/versions.json";
    expect(() =>
      parseVersions(
        { chart: "a-chart", versions: [{ number: 1, date: "2026-1-2", locales: ["en"], heights: {} }] },
        file,
      ),
    ).toThrow(`${file}: versions[0].date: expected a date as YYYY-MM-DD`);
    expect(() =>
      parseVersions(
        {
          chart: "a-chart",
          versions: [{ number: 2, date: "2026-01-02", locales: ["en"], heights: { en: 900 } }],
        },
        file,
      ),
    ).toThrow(`${file}: versions[0].number: expected 1`);
  });
});
