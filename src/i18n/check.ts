/** Key paths of `reference` missing (or of a different shape) in `other`, e.g. "ui.copy". */
export function missingPaths(reference: unknown, other: unknown, path = ""): string[] {
  if (Array.isArray(reference)) {
    if (!Array.isArray(other)) return [`${path} (expected an array)`];
    if (other.length !== reference.length)
      return [`${path} (expected ${reference.length} items, found ${other.length})`];
    return reference.flatMap((item, i) => missingPaths(item, other[i], `${path}[${i}]`));
  }
  if (reference && typeof reference === "object") {
    if (!other || typeof other !== "object" || Array.isArray(other)) return [`${path} (expected an object)`];
    return Object.entries(reference).flatMap(([key, item]) => {
      const where = path ? `${path}.${key}` : key;
      return key in other ? missingPaths(item, (other as Record<string, unknown>)[key], where) : [where];
    });
  }
  if (other === undefined) return [path];
  return typeof other === typeof reference ? [] : [`${path} (expected a ${typeof reference})`];
}

/** Throws, naming the file and every missing key, if a catalogue lacks a key of the reference. */
export function assertComplete(reference: unknown, catalogues: Record<string, unknown>): void {
  const problems = Object.entries(catalogues).flatMap(([locale, catalogue]) =>
    missingPaths(reference, catalogue).map(
      (path) => `src/i18n/${locale}.ts: missing message "${path}" (present in en.ts)`,
    ),
  );
  if (problems.length) throw new Error(problems.join("\n"));
}
