import { z } from "zod";
import { ZLocale, ZUuid } from "./common";

const ZDomain = z.enum(["N", "E", "O", "A", "C"]);
const ZSituation = z.enum(["new-in-role", "hard-time", "can-do-more"]);
/** The groups of a 360 report besides self. */
export const REPORT_RATER_GROUPS = ["line_manager", "peer", "direct_report", "other"] as const;
export const ZReportRaterGroup = z.enum(REPORT_RATER_GROUPS);
export type TReportRaterGroup = z.infer<typeof ZReportRaterGroup>;

/** `?lang=`: the reader's language; defaults to the user's own. */
export const ZReportQuery = z.strictObject({ lang: ZLocale.optional() });

/** Who may read a person's report besides the person. */
export const ZReportSharing = z.object({ mentor: z.boolean(), lineManager: z.boolean(), hr: z.boolean() });
export type TReportSharing = z.infer<typeof ZReportSharing>;
export const ZReportSharingInput = z.strictObject({ mentor: z.boolean(), lineManager: z.boolean(), hr: z.boolean() });

const ZTalentText = z.object({ id: z.string(), name: z.string(), description: z.string() });
const ZPole = z.enum(["high", "low", "balanced"]);
/** Which norm group: the working-age average (M/F × 21–40/41–60) or one age band's M/F average. */
export const ZNormReference = z.enum(["working-age", "under-21", "21-40", "41-60", "over-60"]);

/** What the report says about one talent (formal address, the reader's language). */
export const ZTalentAdvice = z.object({
  narrative: z.string(),
  helps: z.string(),
  actions: z.array(z.string()),
  watchOut: z.string(),
});

/** One of the (up to) five most distinctive talents, with advice and its links to challenges and menu modules. */
export const ZTopTalent = z.object({
  domain: ZDomain,
  facet: z.number().int(),
  facetName: z.string(),
  pole: ZPole,
  /** raw facet sum, 4–20 */
  facetScore: z.number(),
  /** 100 × Φ(z) against the reference, one decimal */
  percentile: z.number(),
  /** 50 + 10 × z, one decimal */
  t: z.number(),
  /** among the organisation's completed profiles; null below the minimum */
  organisationPercentile: z.number().nullable(),
  talents: z.array(ZTalentText),
  advice: ZTalentAdvice.nullable(),
  /** the person's top challenges that modules building on this talent address */
  challenges: z.array(z.object({ challengeId: z.string(), name: z.string() })),
  /** modules of the person's menu that build on this talent */
  modules: z.array(z.object({ moduleId: z.string(), title: z.string() })),
});

const ZFacetResult = z.object({
  facet: z.number().int(),
  name: z.string(),
  /** raw sum of 4 items, 4–20 */
  score: z.number(),
  percentile: z.number(),
  t: z.number(),
  organisationPercentile: z.number().nullable(),
  pole: ZPole,
  /** clearly non-average (percentile ≤ 25 or ≥ 75): a talent */
  isTalent: z.boolean(),
  /** 1 = most distinctive of the 30 facets */
  rank: z.number().int(),
  talents: z.array(ZTalentText),
});

const ZDomainResult = z.object({
  domain: ZDomain,
  /** the workplace name, e.g. "Emotional stability" */
  name: z.string(),
  /** the scientific name, e.g. "Neuroticism" */
  scientificName: z.string(),
  description: z.string(),
  /** the workplace scale runs opposite to the scientific one (N → emotional stability) */
  reversed: z.boolean(),
  /** raw sum of 24 items, 24–120 */
  score: z.number(),
  /** on the scientific scale */
  percentile: z.number(),
  t: z.number(),
  /** on the workplace scale (100 − percentile when reversed) */
  workplacePercentile: z.number(),
  /** on the workplace scale (100 − t when reversed) */
  workplaceT: z.number(),
  organisationPercentile: z.number().nullable(),
  facets: z.array(ZFacetResult),
});

/** All 30 facets, most distinctive first (the "show all" list). */
const ZRankedFacet = z.object({
  domain: ZDomain,
  facet: z.number().int(),
  facetName: z.string(),
  pole: ZPole,
  percentile: z.number(),
  isTalent: z.boolean(),
  talents: z.array(ZTalentText),
});

export const ZStrengthsSection = z.object({
  completedAt: z.string(),
  /** Percentiles and T scores against the published IPIP-NEO-120 norms. */
  scoreKind: z.literal("normed"),
  norm: z.object({ reference: ZNormReference, source: z.string() }),
  /** a talent needs a percentile ≤ this or ≥ 100 − this */
  talentPercentile: z.number(),
  /** the organisation's own percentile appears from `minimum` completed profiles */
  organisation: z.object({ profiles: z.number().int(), minimum: z.number().int(), shown: z.boolean() }),
  facetRange: z.tuple([z.number(), z.number()]),
  domainRange: z.tuple([z.number(), z.number()]),
  topTalents: z.array(ZTopTalent),
  ranked: z.array(ZRankedFacet),
  domains: z.array(ZDomainResult),
});
export type TStrengthsSection = z.infer<typeof ZStrengthsSection>;

/** A rater group as the report shows it: shown with its count and comments, or only "not enough responses". */
export const ZReportGroup = z.discriminatedUnion("shown", [
  z.object({
    group: ZReportRaterGroup,
    shown: z.literal(true),
    raterCount: z.number().int(),
    comments: z.array(z.object({ challengeId: z.string().nullable(), challengeName: z.string().nullable(), text: z.string() })),
  }),
  z.object({ group: ZReportRaterGroup, shown: z.literal(false), minimum: z.number().int() }),
]);
export type TReportGroup = z.infer<typeof ZReportGroup>;

export const ZFeedbackSection = z.object({
  closedAt: z.string(),
  groups: z.array(ZReportGroup),
  allRaters: z.discriminatedUnion("shown", [
    z.object({ shown: z.literal(true), raterCount: z.number().int(), includedGroups: z.array(ZReportRaterGroup) }),
    z.object({ shown: z.literal(false), minimum: z.number().int() }),
  ]),
});

const ZChallengeRow = z.object({
  challengeId: z.string(),
  name: z.string(),
  situation: ZSituation,
  self: z.number().nullable(),
  groups: z.array(z.object({ group: ZReportRaterGroup, score: z.number().nullable() })),
  others: z.number().nullable(),
  gap: z.number().nullable(),
  blindSpot: z.boolean(),
  hiddenStrength: z.boolean(),
});
export type TChallengeRow = z.infer<typeof ZChallengeRow>;

const ZNamedChallenge = z.object({ challengeId: z.string(), name: z.string(), situation: ZSituation, score: z.number() });

export const ZChallengesSection = z.object({
  selfCompletedAt: z.string().nullable(),
  feedback: ZFeedbackSection.nullable(),
  /**
   * What "others" is: the 360's "all raters" aggregate; the shown groups' means averaged (one weight per
   * group) when "all raters" is hidden; or nothing without a shown group.
   */
  othersBasis: z.enum(["all-raters", "shown-groups", "none"]),
  /** The shown groups, in the order of each row's `groups`. */
  shownGroups: z.array(ZReportRaterGroup),
  profile: z.array(ZChallengeRow),
  blindSpots: z.array(ZNamedChallenge),
  hiddenStrengths: z.array(ZNamedChallenge),
  /** From the self scan (or, without one, from others). */
  topChallenges: z.array(ZNamedChallenge),
  topChallengesBasis: z.enum(["self", "others", "none"]),
  situationFit: z.object({
    monthsInRole: z.number().int().nullable(),
    /** whether the suggestion agrees with the months in the role, or why not */
    tenure: z.enum(["agrees", "newcomer-challenges-despite-tenure", "new-but-other-challenges", "unknown-tenure"]),
    bestFit: z.array(z.object({ situation: ZSituation, name: z.string() })),
    situations: z.array(
      z.object({ situation: ZSituation, name: z.string(), score: z.number().nullable(), adjusted: z.number().nullable() }),
    ),
  }),
});
export type TChallengesSection = z.infer<typeof ZChallengesSection>;

/** The individual report: one shape for the web page, the PDF and the API. */
export const ZIndividualReport = z.object({
  person: z.object({ id: ZUuid, name: z.string() }),
  locale: ZLocale,
  /** how the reader relates to the person: self, or the one they shared it with */
  viewer: z.enum(["self", "mentor", "line_manager", "hr"]),
  generatedAt: z.string(),
  /** what is not there yet: the strengths questionnaire, the self challenge scan, a closed 360 */
  missing: z.array(z.enum(["strengths", "challenge-scan", "feedback"])),
  strengths: ZStrengthsSection.nullable(),
  challenges: ZChallengesSection,
});
export type TIndividualReport = z.infer<typeof ZIndividualReport>;

// ---- HR diagnosis (aggregates only) ----

const ZHeatmapCell = z.discriminatedUnion("shown", [
  z.object({ department: z.string(), shown: z.literal(true), mean: z.number(), personCount: z.number().int() }),
  z.object({ department: z.string(), shown: z.literal(false) }),
]);

const ZHeatmapRow = z.object({
  id: z.string(),
  name: z.string(),
  situation: ZSituation.optional(),
  cells: z.array(ZHeatmapCell),
  total: z.discriminatedUnion("shown", [
    z.object({ shown: z.literal(true), mean: z.number(), personCount: z.number().int() }),
    z.object({ shown: z.literal(false) }),
  ]),
});

const ZHeatmap = z.object({
  /** departments (columns) in order; "" is people without a department */
  departments: z.array(z.string()),
  rows: z.array(ZHeatmapRow),
  /** people whose answers the published figures rest on (each department's state as of its last step) */
  basedOn: z.number().int(),
});

/**
 * Department heatmaps: mean self-scan challenge score and mean raw domain score, ≥ `minCell` people per shown cell.
 * Each department's figures move only in steps of `step` completed questionnaires (decision 0015), so two
 * readings never differ by one person's answers.
 */
export const ZDiagnosisHeatmaps = z.object({
  minCell: z.number().int(),
  step: z.number().int(),
  challenges: ZHeatmap,
  strengths: ZHeatmap.extend({ scoreRange: z.tuple([z.number(), z.number()]) }),
});
export type TDiagnosisHeatmaps = z.infer<typeof ZDiagnosisHeatmaps>;

/** Cronbach's α per scale on the organisation's latest completed assessments. */
export const ZReliabilityReport = z.object({
  minRespondents: z.number().int(),
  scales: z.array(
    z.object({
      kind: z.enum(["domain", "facet", "challenge"]),
      id: z.string(),
      name: z.string(),
      items: z.number().int(),
      respondents: z.number().int(),
      alpha: z.number().nullable(),
      status: z.enum(["ok", "not-enough-data", "no-variance"]),
    }),
  ),
});
export type TReliabilityReport = z.infer<typeof ZReliabilityReport>;
