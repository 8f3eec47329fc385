import { describe, expect, it } from "vitest";
import { wrapText } from "./svg.ts";
import { hasCjk, textWidth } from "./textWidth.ts";

describe("textWidth", () => {
  it("gives CJK characters and full-width punctuation one em each", () => {
    expect(textWidth("下哈尔（）", 14)).toBe(70);
    expect(hasCjk("下哈尔（Niedernhall）")).toBe(true);
    expect(hasCjk("Niedernhall")).toBe(false);
  });

  it("measures Latin narrower than CJK, bold wider than regular, accents as their letter", () => {
    const latin = textWidth("Niedernhall", 13);
    expect(latin).toBeGreaterThan(11 * 13 * 0.45);
    expect(latin).toBeLessThan(11 * 13 * 0.7);
    expect(textWidth("Niedernhall", 13, "bold")).toBeGreaterThan(latin);
    expect(textWidth("Büren", 13)).toBe(textWidth("Buren", 13));
    expect(textWidth("iiii", 13)).toBeLessThan(textWidth("MMMM", 13));
  });

  it("scales with the font size", () => {
    expect(textWidth("2024", 26)).toBeCloseTo(2 * textWidth("2024", 13), 6);
  });
});

describe("wrapText", () => {
  it("keeps every line within the width unless a single word is wider", () => {
    const text = "Hollow dot, dashed line: secondary source or preliminary figure, uncertain";
    const lines = wrapText(text, { width: 160, fontSize: 13 });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(" ")).toBe(text);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(160);
  });

  it("breaks Chinese between words by width, never after opening or before closing punctuation", () => {
    const lines = wrapText("德国与中国、与美国的货物贸易额（出口加进口），单位为欧元。", {
      width: 100,
      fontSize: 13,
    });
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      // Closing punctuation stays with its word, so only it may hang past the width.
      expect(textWidth(line.replace(/[\p{Pe}\p{Po}]+$/u, ""), 13)).toBeLessThanOrEqual(100);
      expect(line).not.toMatch(/[（“]$/u);
      expect(line).not.toMatch(/^[，。）]/u);
    }
  });
});
