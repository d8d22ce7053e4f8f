// The warnings of the ROI exchange format in the words `sterk roi --json` and POST /api/roi/compute print
// (English: the exchange format's language). Pure.
import type { TRoiWarning } from "./types";

const lines = (indexes: number[]) => indexes.map((i) => `benefit_items[${i}]`).join(", ");
const number = (value: number, digits = 2) =>
  new Intl.NumberFormat("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

/** The words for each warning in the exchange output. */
export function describeRoiWarning(warning: TRoiWarning): string {
  switch (warning.code) {
    case "COSTS_GIVEN_AS_TOTAL":
      return "costs given as a single total (not itemised, may not be fully loaded)";
    case "COSTS_UNKNOWN":
      return "no costs given: net benefits, ROI, BCR and payback cannot be computed";
    case "COSTS_ZERO":
      return "total costs are zero: ROI and BCR are undefined";
    case "BENEFITS_GIVEN_AS_TOTAL":
      return "benefits given as a single total: their isolation and adjustments cannot be checked";
    case "BENEFITS_TOTAL_IGNORED":
      return "total_benefits_given ignored: benefit lines or a control group are present";
    case "NO_BENEFIT_DATA":
      return "no benefit data: benefits counted as zero (no data means no improvement is claimed)";
    case "BENEFITS_NOT_ISOLATED":
      return `no contribution_pct on ${lines(warning.indexes)}: isolation of the programme's effect is not shown`;
    case "EXCLUDED_WITHOUT_REASON":
      return `${lines(warning.indexes)} excluded without an exclude_reason`;
    case "CONTROL_GROUP_NO_IMPROVEMENT":
      return `the control group comparison shows no improvement (effect ${warning.effectPerParticipantPerPeriod} per participant per period)`;
    case "NO_PAYBACK":
      return "benefits are zero or negative: the costs are not paid back";
    case "PAYBACK_BEYOND_FIRST_YEAR":
      return `payback takes ${number(warning.paybackMonths, 1)} months, longer than the first year of benefits counted`;
    case "RESULT_OUT_OF_RANGE":
      return `${warning.fields.join(", ")} too large to represent: left empty`;
  }
}
