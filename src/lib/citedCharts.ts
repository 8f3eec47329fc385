/** Chart ids a story edition cites, in reading order, from its `<ChartFigure id="..." />` tags. */
export function citedCharts(body: string): string[] {
  return [...body.matchAll(/<ChartFigure\b[^>]*?\bid=["']([^"']+)["']/g)].map((match) => match[1]!);
}
