import { invalid } from "../shared/errors";
import type { TAnonymityThresholds, TAnonymousGroup } from "./types";

/** Sterk's floors (CCL 3/3/4, Peakon's gap of 3, 5 people per team cell); organisations may only raise them. */
export const DEFAULT_THRESHOLDS: Readonly<TAnonymityThresholds> = Object.freeze({
  lineManager: 1,
  peer: 3,
  directReport: 3,
  other: 3,
  allRaters: 4,
  overlapGap: 3,
  teamCell: 5,
});

const THRESHOLD_FIELDS = Object.keys(DEFAULT_THRESHOLDS) as (keyof TAnonymityThresholds)[];

/**
 * The thresholds in force for an organisation. A value above the default raises it; a value at or
 * below the default is ignored, so no setting, stored or sent, can weaken anonymity. A value that
 * is not a whole number is rejected, naming the field.
 */
export function resolveThresholds(
  orgOverrides?: Partial<Readonly<TAnonymityThresholds>> | null,
): TAnonymityThresholds {
  const resolved = { ...DEFAULT_THRESHOLDS };
  for (const field of THRESHOLD_FIELDS) {
    const value = orgOverrides?.[field];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isSafeInteger(value)) {
      throw invalid(`thresholds.${field}`, `${field} must be a whole number`);
    }
    resolved[field] = Math.max(DEFAULT_THRESHOLDS[field], value);
  }
  return resolved;
}

/** The minimum number of responses an anonymous group needs before it is shown. */
export function groupMinimum(group: TAnonymousGroup, thresholds: TAnonymityThresholds): number {
  switch (group) {
    case "peer":
      return thresholds.peer;
    case "direct_report":
      return thresholds.directReport;
    case "other":
      return thresholds.other;
  }
}
