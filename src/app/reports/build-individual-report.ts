import type { TIndividualReport } from "../../contracts/reports";
import {
  findLatestClosedCampaign,
  findLatestCompletedAssessment,
  findOrganisationSettings,
  listSubmittedResponses,
} from "../../db/reports-repo";
import type { TAnonymityThresholds } from "../../domain/feedback360/index";
import type { TLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { ownPersonId, resolveReportViewer } from "./report-access";
import { challengesSection, monthsBetween, raterResponses } from "./shape-challenges";
import { storedAnswers, strengthsSection } from "./shape-strengths";

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
  const strengths = ipip ? strengthsSection(storedAnswers(ipip.answers), ipip.completedAt, locale) : null;
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
