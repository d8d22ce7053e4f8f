/** One fully loaded cost line of a worksheet. */
export type TCostItem = { name?: string; amount: number };

/** How a benefit line states its yearly value: directly, or as unit value × change × periods × units. */
export type TBenefitValue =
  | { kind: "annual"; annualValue: number }
  | { kind: "unit"; unitValue: number; change: number; periodsPerYear: number; nUnits: number };

/** One benefit line, converted to money, with its Phillips adjustments (percentages 0-100). */
export type TBenefitItem = {
  name?: string;
  value: TBenefitValue;
  /** isolation: the share of the improvement attributed to the programme; absent when not stated */
  contributionPct?: number;
  confidencePct: number;
  extraAdjustmentPct: number;
  include: boolean;
  excludeReason?: string;
};

export type TControlDirection = "higher_is_better" | "lower_is_better";

/** Isolation by a comparison group: difference in differences on group means. */
export type TControlGroup = {
  direction: TControlDirection;
  experimentalPreMean: number;
  experimentalPostMean: number;
  controlPreMean: number;
  controlPostMean: number;
  unitValue: number;
  periodsPerYear: number;
  nParticipants: number;
};

/** How the costs of a worksheet are known. */
export type TCosts = { kind: "items"; items: TCostItem[] } | { kind: "total"; amount: number } | { kind: "unknown" };

/** One Phillips ROI calculation, validated. Money is plain numbers in `currency` (exchange format). */
export type TWorksheet = {
  currency?: string;
  costs: TCosts;
  benefitItems: TBenefitItem[];
  controlGroup?: TControlGroup;
  totalBenefitsGiven?: number;
};

/** A worksheet read from an exchange file, with the id of the case it came from (or null). */
export type TWorksheetEntry = { id: string | null; worksheet: TWorksheet };

/** The twelve guiding principles of the Phillips ROI Methodology, by number. */
export const PHILLIPS_PRINCIPLE = {
  /** use only the most conservative alternative for calculations */
  conservative: 4,
  /** use at least one method to isolate the effects of the programme */
  isolate: 5,
  /** no data from a person or source: assume little or no improvement */
  noDataNoImprovement: 6,
  /** adjust estimates of improvement for potential errors of estimation */
  adjustEstimates: 7,
  /** avoid extreme data items and unsupported claims */
  excludeExtremes: 8,
  /** use only the first year of benefits for short programmes */
  firstYearOnly: 9,
  /** fully load all costs */
  fullyLoadCosts: 10,
} as const;
export type TPhillipsPrinciple = (typeof PHILLIPS_PRINCIPLE)[keyof typeof PHILLIPS_PRINCIPLE];

/** One step of the computation, as data: what was counted, adjusted or left out, and why. */
export type TRoiStep =
  | { code: "COST_ITEM"; index: number; amount: number; principle: TPhillipsPrinciple }
  | { code: "COSTS_GIVEN_AS_TOTAL"; amount: number; principle: TPhillipsPrinciple }
  | { code: "COSTS_UNKNOWN" }
  | {
      code: "BENEFIT_LINE";
      index: number;
      annualValue: number;
      /** factors applied in order, as fractions of 1 */
      adjustments: TBenefitAdjustment[];
      adjustedValue: number;
    }
  | {
      code: "BENEFIT_LINE_EXCLUDED";
      index: number;
      annualValue: number;
      excludeReason: string | null;
      principle: TPhillipsPrinciple;
    }
  | {
      code: "CONTROL_GROUP_DID";
      direction: TControlDirection;
      experimentalChange: number;
      controlChange: number;
      effectPerParticipantPerPeriod: number;
      unitValue: number;
      periodsPerYear: number;
      nParticipants: number;
      benefit: number;
      principle: TPhillipsPrinciple;
    }
  | { code: "BENEFITS_GIVEN_AS_TOTAL"; amount: number }
  | { code: "BENEFITS_TOTAL_IGNORED"; amount: number }
  | { code: "NO_BENEFIT_DATA"; principle: TPhillipsPrinciple };

/** One factor applied to a benefit line (percentage 0-100) and the principle behind it. */
export type TBenefitAdjustment = {
  kind: "contribution" | "confidence" | "extra";
  pct: number;
  principle: TPhillipsPrinciple;
};

/** Something the reader of the result should know; codes only, the words come from i18n. */
export type TRoiWarning =
  | { code: "COSTS_GIVEN_AS_TOTAL" }
  | { code: "COSTS_UNKNOWN" }
  | { code: "COSTS_ZERO" }
  | { code: "BENEFITS_GIVEN_AS_TOTAL" }
  | { code: "BENEFITS_TOTAL_IGNORED" }
  | { code: "NO_BENEFIT_DATA" }
  | { code: "BENEFITS_NOT_ISOLATED"; indexes: number[] }
  | { code: "EXCLUDED_WITHOUT_REASON"; indexes: number[] }
  | { code: "CONTROL_GROUP_NO_IMPROVEMENT"; effectPerParticipantPerPeriod: number }
  | { code: "NO_PAYBACK" }
  | { code: "PAYBACK_BEYOND_FIRST_YEAR"; paybackMonths: number }
  | { code: "RESULT_OUT_OF_RANGE"; fields: string[] };

/** The result of one worksheet: the Phillips figures (null where undefined), warnings and the explanation. */
export type TRoiResult = {
  totalCosts: number | null;
  /** always known: without benefit data it is 0 (principle 6), never a flattering default */
  totalBenefits: number;
  netBenefits: number | null;
  roiPct: number | null;
  bcr: number | null;
  paybackMonths: number | null;
  /** only when the worksheet has a control group */
  didEffectPerParticipantPerPeriod?: number;
  warnings: TRoiWarning[];
  explanation: { steps: TRoiStep[] };
};
