// The strengths instrument (IPIP-NEO-120 → talents) and the manager challenge scan. Pure: no I/O.

/** The IPIP-NEO-120 item bank in nl, fr, en, with domains, facets and keys. */
export { IPIP_NEO_120_ITEMS, BIG_FIVE_DOMAINS, FACET_NUMBERS, IPIP_ANSWER_LABELS } from "./ipip-neo-120-items";
/** The items in one language, as fresh objects (the shape the CLI prints). */
export { ipipNeo120Items } from "./ipip-neo-120-items";
/** Looks up one IPIP-NEO-120 item by id. */
export { findIpipItem } from "./ipip-neo-120-items";
export type { TIpipItem, TIpipItemInLocale, TBigFiveDomain, TFacetNumber, TKeyed } from "./ipip-neo-120-items";

/** Raw IPIP-NEO-120 scoring: facet sums 4–20, domain sums 24–120, minus-keyed items as 6 − answer. */
export { scoreIpipNeo120 } from "./score-ipip-neo-120";
/** Checks a single answer (for autosave); throws a DomainError naming the item. */
export { checkIpipAnswer } from "./score-ipip-neo-120";
/** Save-and-resume progress: answered count and the next item to ask. */
export { ipipNeo120Progress } from "./score-ipip-neo-120";
/** The value an answer contributes to its facet after keying. */
export { keyedValue } from "./score-ipip-neo-120";
export type { TIpipAnswer, TIpipScores, TDomainScore, TFacetScore, TAnswerProblem, TIpipProgress } from "./score-ipip-neo-120";

/** The 60 talents (two poles of each of the 30 facets), facet and domain names, in nl, fr, en. */
export { TALENTS, FACET_TALENTS, DOMAIN_NAMES } from "./talents";
/** The talent at one pole of a facet. */
export { talentAt } from "./talents";
/** A facet's name and its two talents. */
export { facetTalents } from "./talents";
export type { TTalent, TPole } from "./talents";
export type { TFacetTalents, TTalentText } from "./talent-types";

/** The strengths profile: talents ranked most distinctive first, five on top; raw unless a published norm is passed. */
export { strengthsProfile, FACET_MIDPOINT } from "./strengths-profile";
export type { TStrengthsProfile, TTalentStrength, TNorms, TFacetNorm, TFacetKey } from "./strengths-profile";

/** The 29 manager challenges of the seed with their statements, situation names and answer labels. */
export { MANAGER_CHALLENGES, SITUATION_NAMES, FREQUENCY_LABELS, CANNOT_JUDGE_LABEL } from "./manager-challenges";
/** The seed's three situations, in the seed's order. */
export { SITUATIONS } from "./challenge-types";
/** The challenge scan statements in one language and form(s) (the shape the CLI prints). */
export { challengeScanStatements } from "./manager-challenges";
/** Looks up one challenge by id. */
export { findChallenge } from "./manager-challenges";
/** The challenge a statement measures. */
export { challengeOfStatement } from "./manager-challenges";
export type { TChallenge, TChallengeStatement, TSituation } from "./challenge-types";
export type { TScanForm, TScanStatementInLocale } from "./manager-challenges";

/** One respondent's challenge scores: the mean of the statements answered per challenge. */
export { challengeMeans } from "./score-challenge-scan";
/** Challenge means from aggregated statement means (as the 360 module produces them). */
export { statementMeansToChallengeMeans } from "./score-challenge-scan";
/** Averages respondents' challenge means, one rater one weight. */
export { averageChallengeMeans } from "./score-challenge-scan";
/** Self vs rater groups vs all others from aggregated means, with blind spots and hidden strengths. */
export { compareChallengeMeans } from "./score-challenge-scan";
/** The same comparison from raw answers (apply the anonymity rules before showing it). */
export { compareChallengeScan } from "./score-challenge-scan";
/** The gap (in scale points) from which a difference is a blind spot or hidden strength. */
export { GAP_THRESHOLD } from "./score-challenge-scan";
export type { TScanAnswer, TChallengeMeans, TRaterAnswers, TAggregatedScan, TChallengeGap, TChallengeComparison } from "./score-challenge-scan";

/** Which situation(s) fit best, using challenge scores and months in the role. */
export { situationFit } from "./situation-fit";
/** The challenges that apply most, highest first. */
export { topChallenges } from "./situation-fit";
/** The rule's constants: months threshold, boost, fit margin, top-challenge minimum. */
export { NEW_IN_ROLE_MONTHS, NEW_IN_ROLE_BOOST, FIT_MARGIN, TOP_CHALLENGE_MIN_SCORE } from "./situation-fit";
export type { TSituationFit, TSituationScore, TTopChallenge, TTenureAgreement } from "./situation-fit";
/** Whether a suggested situation agrees with the months in the role. */
export { tenureAgreement } from "./situation-fit";

/** IPIP-NEO-120 norms (Johnson 2014): the working-age reference or one age band; Φ; percentile and T per domain and facet. */
export { ipipNorm, normalCdf, normedScore, normIpipScores, ownPercentile, isAgeBand, AGE_BANDS, IPIP_NORM_SOURCE } from "./norms";
export type { TIpipNorm, TNormStat, TNormReference, TAgeBand, TNormedDomain, TNormedFacet } from "./norms";
/** The percentile beyond which a normed facet counts as a talent (≤ 25 or ≥ 75). */
export { TALENT_PERCENTILE } from "./strengths-profile";
/** Domains framed for the workplace (Neuroticism → "Emotional stability", reversed), with the scientific name. */
export { workplaceDomain, workplacePercentile } from "./workplace-domains";
export type { TWorkplaceDomain } from "./workplace-domains";
/** Narrative, manager benefit, action ideas and watch-out per talent, in nl, fr and en. */
export { TALENT_ADVICE, talentAdvice } from "./talent-advice";
export type { TTalentAdvice } from "./talent-advice";
/** Each challenge in the first person ("I find it hard to …"), in nl, fr and en. */
export { CHALLENGE_FIRST_PERSON, challengeInFirstPerson } from "./challenge-first-person";
