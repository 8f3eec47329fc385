/**
 * The one text measure every chart, the map and the exports use: charts are drawn without the
 * DOM (at build time, on linkedom), so label boxes and line breaks come from these widths.
 *
 * Latin widths are DejaVu Sans's, measured in Chromium: it is what `system-ui` falls back to on
 * many Linux systems and the widest sans a reader's system is likely to pick, so a box errs on
 * the wide side (Noto Sans SC in the PNGs and San Francisco or Segoe UI are narrower). CJK
 * ideographs, kana and full-width forms take one em in every CJK font.
 */

/** Advance widths of ASCII 32–126 in hundredths of an em, regular then bold (DejaVu Sans). */
const ASCII = {
  normal: [
    32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64,
    34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63,
    61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97,
    63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
  ],
  bold: [
    35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70,
    40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72,
    68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104,
    71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
  ],
};

/** Text weight as charts set it. */
export type Weight = keyof typeof ASCII;

/** Ideographs, kana, CJK punctuation and full-width forms: one em wide. */
const FULL_WIDTH =
  /[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width of one character in em. */
function charEm(char: string, weight: Weight): number {
  const code = char.codePointAt(0)!;
  if (code >= 32 && code <= 126) return ASCII[weight][code - 32]! / 100;
  if (FULL_WIDTH.test(char)) return 1;
  if (char === "—") return 1;
  if (char === "–" || char === "\u00a0" || char === "\u202f") return 0.5;
  // Accented Latin (ä, é, Ü) is as wide as its base letter; anything else as a wide letter.
  const base = char.normalize("NFD")[0]!;
  if (base !== char && base.codePointAt(0)! < 127) return charEm(base, weight);
  return weight === "bold" ? 0.78 : 0.7;
}

/** Width in px of one line of `text` set at `fontSize` px, on the wide side. */
export function textWidth(text: string, fontSize: number, weight: Weight = "normal"): number {
  let em = 0;
  for (const char of text) em += charEm(char, weight);
  return em * fontSize;
}

/** True when `text` contains CJK characters. */
export const hasCjk = (text: string): boolean => FULL_WIDTH.test(text);
