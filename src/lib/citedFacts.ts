/** Record ids a story edition prints in its prose, in reading order, from its `<Fact id="..." />` tags. */
export function citedFacts(body: string): string[] {
  return [...body.matchAll(/<Fact\b[^>]*?\bid=["']([^"']+)["']/g)].map((match) => match[1]!);
}
