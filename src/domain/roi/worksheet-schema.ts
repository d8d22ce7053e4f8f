import { z } from "zod";
import { DomainError, ErrorCodes } from "../shared/errors";
import type { TBenefitItem, TCosts, TWorksheet, TWorksheetEntry } from "./types";

/** Larger magnitudes are typing errors, and bounding them keeps every product finite. */
export const MAX_MAGNITUDE = 1e15;

const amount = z
  .number()
  .min(-MAX_MAGNITUDE, `must be at least -${MAX_MAGNITUDE}`)
  .max(MAX_MAGNITUDE, `must be at most ${MAX_MAGNITUDE}`);
const nonNegative = amount.min(0, "must not be negative");
const positive = amount.positive("must be greater than 0");
const pct = z.number().min(0, "must be between 0 and 100").max(100, "must be between 0 and 100");

const ZCostItem = z.object({ name: z.string().nullish(), amount: nonNegative });

const UNIT_FIELDS = ["unit_value", "change", "periods_per_year", "n_units"] as const;

const ZBenefitItem = z
  .object({
    name: z.string().nullish(),
    annual_value: amount.nullish(),
    unit_value: nonNegative.nullish(),
    change: amount.nullish(),
    periods_per_year: positive.nullish(),
    n_units: nonNegative.nullish(),
    contribution_pct: pct.nullish(),
    confidence_pct: pct.nullish(),
    extra_adjustment_pct: pct.nullish(),
    include: z.boolean().nullish(),
    exclude_reason: z.string().nullish(),
  })
  .superRefine((item, ctx) => {
    if (item.annual_value != null) {
      for (const field of UNIT_FIELDS) {
        if (item[field] != null) {
          ctx.addIssue({ code: "custom", path: [field], message: "give either annual_value or unit_value and change, not both" });
        }
      }
      return;
    }
    for (const field of ["unit_value", "change"] as const) {
      if (item[field] == null) {
        ctx.addIssue({ code: "custom", path: [field], message: "required: give annual_value, or unit_value and change" });
      }
    }
  });

const ZControlGroup = z.object({
  direction: z.enum(["higher_is_better", "lower_is_better"]),
  experimental_pre_mean: amount,
  experimental_post_mean: amount,
  control_pre_mean: amount,
  control_post_mean: amount,
  unit_value: nonNegative,
  periods_per_year: positive,
  n_participants: z.number().int("must be a whole number").min(1, "must be at least 1").max(MAX_MAGNITUDE),
});

// Unknown fields are stripped, not rejected: the exchange format lets sources carry notes.
const ZWorksheet = z
  .object({
    currency: z.string().nullish(),
    cost_items: z.array(ZCostItem).nullish(),
    total_costs_given: nonNegative.nullish(),
    benefit_items: z.array(ZBenefitItem).nullish(),
    control_group: ZControlGroup.nullish(),
    total_benefits_given: amount.nullish(),
  })
  .superRefine((sheet, ctx) => {
    if (sheet.cost_items != null && sheet.total_costs_given != null) {
      ctx.addIssue({ code: "custom", path: ["total_costs_given"], message: "give either cost_items or total_costs_given, not both" });
    }
  });

type TRawWorksheet = z.infer<typeof ZWorksheet>;
type TRawBenefitItem = z.infer<typeof ZBenefitItem>;

/** One problem in an exchange file: the exact JSON path of the field and what is wrong with it. */
export type TWorksheetIssue = { field: string; message: string };

/** Formats a JSON path the way a reader writes it: `[1].inputs.benefit_items[2].unit_value`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((segment, i) => (typeof segment === "number" ? `[${segment}]` : i === 0 ? String(segment) : `.${String(segment)}`))
    .join("");
}

function toCosts(raw: TRawWorksheet): TCosts {
  if (raw.cost_items != null) {
    return { kind: "items", items: raw.cost_items.map((c) => ({ ...(c.name != null && { name: c.name }), amount: c.amount })) };
  }
  if (raw.total_costs_given != null) return { kind: "total", amount: raw.total_costs_given };
  return { kind: "unknown" };
}

function toBenefitItem(raw: TRawBenefitItem): TBenefitItem {
  const value: TBenefitItem["value"] =
    raw.annual_value != null
      ? { kind: "annual", annualValue: raw.annual_value }
      : {
          kind: "unit",
          unitValue: raw.unit_value ?? 0,
          change: raw.change ?? 0,
          periodsPerYear: raw.periods_per_year ?? 1,
          nUnits: raw.n_units ?? 1,
        };
  return {
    ...(raw.name != null && { name: raw.name }),
    value,
    ...(raw.contribution_pct != null && { contributionPct: raw.contribution_pct }),
    confidencePct: raw.confidence_pct ?? 100,
    extraAdjustmentPct: raw.extra_adjustment_pct ?? 100,
    include: raw.include ?? true,
    ...(raw.exclude_reason != null && { excludeReason: raw.exclude_reason }),
  };
}

function toWorksheet(raw: TRawWorksheet): TWorksheet {
  const cg = raw.control_group;
  return {
    ...(raw.currency != null && { currency: raw.currency }),
    costs: toCosts(raw),
    benefitItems: (raw.benefit_items ?? []).map(toBenefitItem),
    ...(cg != null && {
      controlGroup: {
        direction: cg.direction,
        experimentalPreMean: cg.experimental_pre_mean,
        experimentalPostMean: cg.experimental_post_mean,
        controlPreMean: cg.control_pre_mean,
        controlPostMean: cg.control_post_mean,
        unitValue: cg.unit_value,
        periodsPerYear: cg.periods_per_year,
        nParticipants: cg.n_participants,
      },
    }),
    ...(raw.total_benefits_given != null && { totalBenefitsGiven: raw.total_benefits_given }),
  };
}

type TParsed<T> = { ok: true; value: T } | { ok: false; issues: TWorksheetIssue[] };

function parseAt(input: unknown, prefix: readonly PropertyKey[]): TParsed<TWorksheet> {
  if (!isPlainObject(input)) {
    return { ok: false, issues: [{ field: formatFieldPath(prefix), message: "expected a worksheet object" }] };
  }
  const parsed = ZWorksheet.safeParse(input);
  if (parsed.success) return { ok: true, value: toWorksheet(parsed.data) };
  const issues = parsed.error.issues.map((issue) => ({
    field: formatFieldPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
  return { ok: false, issues };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fail(issues: TWorksheetIssue[]): never {
  const first = issues[0] ?? { field: "(root)", message: "invalid worksheet" };
  throw new DomainError(ErrorCodes.VALIDATION, `${first.field}: ${first.message}`, first.field, issues);
}

/** Validates one worksheet object; throws a VALIDATION DomainError naming the field path (details: every issue). */
export function parseWorksheet(input: unknown): TWorksheet {
  const parsed = parseAt(input, []);
  if (!parsed.ok) fail(parsed.issues);
  return parsed.value;
}

function readEntry(value: unknown, prefix: readonly PropertyKey[]): TParsed<TWorksheetEntry> {
  if (!isPlainObject(value) || !("inputs" in value)) {
    const sheet = parseAt(value, prefix);
    return sheet.ok ? { ok: true, value: { id: null, worksheet: sheet.value } } : sheet;
  }
  const issues: TWorksheetIssue[] = [];
  const id = value.id ?? null;
  if (id !== null && typeof id !== "string") {
    issues.push({ field: formatFieldPath([...prefix, "id"]), message: "expected a string" });
  }
  const sheet = parseAt(value.inputs, [...prefix, "inputs"]);
  if (!sheet.ok) issues.push(...sheet.issues);
  if (issues.length > 0 || !sheet.ok) return { ok: false, issues };
  return { ok: true, value: { id: typeof id === "string" ? id : null, worksheet: sheet.value } };
}

/**
 * Reads the content of an exchange file: one worksheet, a case object (its `inputs`), or an array of either.
 * Returns the worksheets in input order; throws one VALIDATION DomainError listing every issue in `details`.
 */
export function readWorksheetFile(json: unknown): TWorksheetEntry[] {
  const elements = Array.isArray(json) ? json.map((value, i) => ({ value, prefix: [i] })) : [{ value: json, prefix: [] }];
  const entries: TWorksheetEntry[] = [];
  const issues: TWorksheetIssue[] = [];
  for (const { value, prefix } of elements) {
    const entry = readEntry(value, prefix);
    if (entry.ok) entries.push(entry.value);
    else issues.push(...entry.issues);
  }
  if (issues.length > 0) fail(issues);
  return entries;
}
