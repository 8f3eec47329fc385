/** Room kept between two neighbouring tick labels, in px. */
const GAP = 6;

/**
 * The periods an axis labels when every label cannot fit: every k-th one counted back from the
 * last (the latest period, often a part-year, always keeps its label), with the smallest k at
 * which no two neighbouring labels, centred on ticks `step` px apart, come within GAP px.
 */
export function thinTicks(
  periods: readonly string[],
  width: (period: string) => number,
  step: number,
): string[] {
  const n = periods.length;
  for (let k = 1; k < n; k++) {
    const shown = periods.filter((_, i) => (n - 1 - i) % k === 0);
    const fits = shown.every((p, i) => i === 0 || (width(shown[i - 1]!) + width(p)) / 2 + GAP <= k * step);
    if (fits) return shown;
  }
  return periods.slice(-1);
}
