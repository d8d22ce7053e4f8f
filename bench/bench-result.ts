/** What one benchmark measured; `ok` is false when a target (time, memory or a sanity check) was missed. */
export type TBenchResult = {
  name: string;
  ms: number;
  target_ms?: number;
  ok?: boolean;
  extra?: Record<string, number | string>;
};

/** A benchmark: an exported `bench…` function of a `bench/*.bench.ts` file; it may report several results. */
export type TBenchFunction = () => Promise<TBenchResult | readonly TBenchResult[]>;

/** Milliseconds rounded to one decimal, for tables and JSON lines. */
export function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}
