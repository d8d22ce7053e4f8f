/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
export const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"] as const;

// Apostrophes already in front of a trigger are escaped too, so that the import can undo exactly one.
const NEEDS_PREFIX = /^'*[=+\-@\t\r]/;
const PREFIXED = /^'+[=+\-@\t\r]/;

/** Prefixes an apostrophe to a value a spreadsheet would run as a formula; other values pass unchanged. */
export function neutraliseCell(value: string): string {
  return NEEDS_PREFIX.test(value) ? `'${value}` : value;
}

/**
 * Undoes `neutraliseCell` on an imported value, so an exported file re-imports unchanged:
 * `'=1` reads as `=1`; `'t Hooft` (no trigger after the apostrophe) is left alone.
 */
export function restoreNeutralisedCell(value: string): string {
  return PREFIXED.test(value) ? value.slice(1) : value;
}
