import type { TIndividualReport } from "../../contracts/reports";
import {
  findLatestClosedCampaign,
  findLatestCompletedAssessment,
  findOrganisationSettings,
  listSubmittedResponses,
} from "../../db/reports-repo";
import { scoreIpipNeo120, type TIpipScores } from "../../domain/assessment/index";
import type { TAnonymityThresholds } from "../../domain/feedback360/index";
import { createRecommender } from "../../domain/plans/index";
import type { TLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import { completedAssessmentsForOrganisation } from "../assessments/read-assessments";
import { loadCatalogue, needsOf } from "../plans/planning-data";
import { findPerson } from "../../db/people-repo";
import type { TAppContext } from "../shared/context";
import { ownPersonId, resolveReportViewer } from "./report-access";
import { challengesSection, monthsBetween, raterResponses } from "./shape-challenges";
import { ipipAnswerList, storedAnswers, strengthsSection, type TMenuLink, type TStoredAnswers } from "./shape-strengths";

const THRESHOLD_FIELDS = ["lineManager", "peer", "directReport", "other", "allRaters", "overlapGap", "teamCell"] as const;

/**
 * The organisation's anonymity overrides from `settings.anonymity`. Whole numbers only; anything
 * else is dropped (the rules ignore values below the floors themselves), so a malformed setting can
 * neither break a report nor weaken it.
 */
export function organisationThresholds(settings: unknown): Partial<TAnonymityThresholds> {
  const anonymity = settings && typeof settings === "object" ? (settings as { anonymity?: unknown }).anonymity : undefined;
  const overrides: Partial<TAnonymityThresholds> = {};
  if (!anonymity || typeof anonymity !== "object") return overrides;
  for (const field of THRESHOLD_FIELDS) {
    const value = (anonymity as Record<string, unknown>)[field];
    if (typeof value === "number" && Number.isSafeInteger(value)) overrides[field] = value;
  }
  return overrides;
}

/** The organisation's completed strengths profiles as raw scores (for its own percentile). */
async function organisationProfiles(ctx: Pick<TAppContext, "db">, organisationId: string): Promise<TIpipScores[]> {
  const completed = await completedAssessmentsForOrganisation(ctx, organisationId, "ipip-neo-120");
  return completed.flatMap((assessment) => {
    try {
      return [scoreIpipNeo120(assessment.answers)];
    } catch {
      return [];
    }
  });
}

/**
 * The person's menu (the recommender over the organisation's catalogue, from the answers already loaded), as far as
 * the report links talents to it. Empty without a challenge scan (the recommender has no needs then).
 */
async function menuLinks(
  ctx: Pick<TAppContext, "db" | "now">,
  organisationId: string,
  personId: string,
  answers: { ipip: TStoredAnswers; scan: TStoredAnswers | null },
  locale: TLocale,
): Promise<TMenuLink[]> {
  if (!answers.scan) return [];
  const [catalogue, person] = await Promise.all([loadCatalogue(ctx, organisationId), findPerson(ctx.db, organisationId, personId)]);
  if (!person) return [];
  const scan = Object.entries(answers.scan).map(([id, score]) => ({ id, score }));
  const planner = needsOf(person, ipipAnswerList(answers.ipip), scan, ctx.now());
  if (!planner.hasScan) return [];
  const byId = new Map(catalogue.map((module) => [module.id, module]));
  return createRecommender(catalogue)
    .recommend(planner.needs)
    .menu.flatMap((suggestion) => {
      const module = byId.get(suggestion.moduleId);
      if (!module) return [];
      return [{ moduleId: module.id, title: module.title[locale], buildsOn: module.buildsOn, challengeIds: module.challenges.map((c) => c.challengeId) }];
    });
}

async function buildReport(
  ctx: Pick<TAppContext, "db" | "now">,
  organisationId: string,
  person: { id: string; firstName: string; lastName: string; roleStartDate: string | null },
  viewer: TIndividualReport["viewer"],
  locale: TLocale,
): Promise<TIndividualReport> {
  const now = ctx.now();
  const [ipip, scan, campaign, settings] = await Promise.all([
    findLatestCompletedAssessment(ctx.db, organisationId, person.id, "ipip-neo-120"),
    findLatestCompletedAssessment(ctx.db, organisationId, person.id, "challenge-scan"),
    findLatestClosedCampaign(ctx.db, organisationId, person.id, now),
    findOrganisationSettings(ctx.db, organisationId),
  ]);
  const responses = campaign ? await listSubmittedResponses(ctx.db, organisationId, campaign.id) : [];
  const challenges = challengesSection({
    locale,
    self: scan ? { answers: storedAnswers(scan.answers), completedAt: scan.completedAt } : null,
    feedback: campaign
      ? { closedAt: campaign.closedAt, shuffleSeed: campaign.shuffleSeed, responses: raterResponses(responses, storedAnswers) }
      : null,
    thresholds: organisationThresholds(settings),
    monthsInRole: monthsBetween(person.roleStartDate, now),
  });
  const answers = ipip ? { ipip: storedAnswers(ipip.answers), scan: scan ? storedAnswers(scan.answers) : null } : null;
  const [population, menu] = answers
    ? await Promise.all([organisationProfiles(ctx, organisationId), menuLinks(ctx, organisationId, person.id, answers, locale)])
    : [[], []];
  const strengths = ipip
    ? strengthsSection(answers?.ipip ?? {}, ipip.completedAt, locale, { population, menu, topChallenges: challenges.topChallenges })
    : null;
  const missing: TIndividualReport["missing"] = [];
  if (!strengths) missing.push("strengths");
  if (!scan) missing.push("challenge-scan");
  if (!campaign) missing.push("feedback");
  return {
    person: { id: person.id, name: `${person.firstName} ${person.lastName}`.trim() },
    locale,
    viewer,
    generatedAt: now.toISOString(),
    missing,
    strengths,
    challenges,
  };
}

/** The signed-in person's own report, in the reader's language. */
export async function getMyReport(ctx: Pick<TAppContext, "db" | "now">, actor: TActor, locale: TLocale): Promise<TIndividualReport> {
  return getPersonReport(ctx, actor, await ownPersonId(ctx, actor), locale);
}

/** A person's report for a permitted reader (the person, or whom they shared it with); else "not found". */
export async function getPersonReport(
  ctx: Pick<TAppContext, "db" | "now">,
  actor: TActor,
  personId: string,
  locale: TLocale,
): Promise<TIndividualReport> {
  const { person, viewer } = await resolveReportViewer(ctx, actor, personId);
  return buildReport(ctx, actor.organisationId, person, viewer, locale);
}
