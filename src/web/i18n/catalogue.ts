/** A locale's texts: nested keys to strings. */
export type TCatalogue = { [key: string]: string | TCatalogue };

/**
 * Merges one locale's files (`locales/<locale>.json`, the shared texts, and `locales/<feature>.<locale>.json`, a
 * feature's own top-level keys) into its catalogue; a top-level key defined twice throws.
 */
export function mergeCatalogue(files: Record<string, TCatalogue>): TCatalogue {
  const merged: TCatalogue = {};
  for (const [path, catalogue] of Object.entries(files)) {
    for (const [key, value] of Object.entries(catalogue)) {
      if (key in merged) throw new Error(`${path}: top-level key "${key}" is defined twice`);
      merged[key] = value;
    }
  }
  return merged;
}
