/** The mean, summed in sorted order so it does not depend on the order people or answers arrived in. */
export function mean(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
}

/** Code-unit string order, not localeCompare: results must not depend on the server's locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
