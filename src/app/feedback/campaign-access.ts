import type { TCampaign, TCampaignActions, TCompletionGroup, TNominee } from "../../contracts/feedback";
import { NOMINEE_GROUPS } from "../../contracts/feedback";
import { findCampaign, listRaters, listSubmittedResponses, type TCampaignWithSubject } from "../../db/feedback-repo";
import { findMembership } from "../../db/organisations-repo";
import { completionCounts } from "../../domain/feedback360/index";
import { DomainError, notFound } from "../../domain/shared/errors";
import { canAdministerOrganisation, type TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { checkStoredNominees } from "./nominee-checks";
import { allowedActions, canView, effectiveClosedAt, effectiveStatus, showsNominees, type TCampaignRole } from "./campaign-rules";

/** The person record linked to the actor's account in this organisation, if any. */
export async function actorPersonId(ctx: Pick<TAppContext, "db">, actor: TActor): Promise<string | null> {
  const membership = await findMembership(ctx.db, actor.organisationId, actor.userId);
  return membership?.personId ?? null;
}

export function roleFor(actor: TActor, personId: string | null, campaign: TCampaignWithSubject): TCampaignRole {
  return {
    hr: canAdministerOrganisation(actor),
    subject: personId !== null && personId === campaign.campaign.subjectPersonId,
    lineManager: personId !== null && campaign.subjectManagerId === personId,
  };
}

export type TLoadedCampaign = { row: TCampaignWithSubject; role: TCampaignRole; actions: TCampaignActions; status: ReturnType<typeof effectiveStatus> };

/** A campaign the actor may see; another organisation's, or one the actor has no part in, is "not found". */
export async function loadCampaign(ctx: Pick<TAppContext, "db" | "now">, actor: TActor, id: string): Promise<TLoadedCampaign> {
  const row = await findCampaign(ctx.db, actor.organisationId, id);
  if (!row) throw notFound("campaign");
  const role = roleFor(actor, await actorPersonId(ctx, actor), row);
  if (!canView(role)) throw notFound("campaign");
  const status = effectiveStatus(row.campaign, ctx.now());
  return { row, role, status, actions: allowedActions(status, role) };
}

/** Refuses an action: 403 when the role could never do it, 409 when only the state is wrong. */
export function requireAction(loaded: TLoadedCampaign, action: keyof TCampaignActions, requiredStatus: Parameters<typeof allowedActions>[0]): void {
  if (loaded.actions[action]) return;
  if (!allowedActions(requiredStatus, loaded.role)[action]) {
    throw new DomainError("FORBIDDEN", `you may not ${action} this campaign`);
  }
  throw new DomainError("CONFLICT", `the campaign is ${loaded.status}`, "status");
}

/** Per group, how many were invited and how many submitted: counts only, never who. */
export async function completionOf(ctx: Pick<TAppContext, "db">, organisationId: string, campaignId: string): Promise<TCompletionGroup[]> {
  const raters = await listRaters(ctx.db, organisationId, campaignId);
  const invitations = raters.filter((r) => r.invitedAt !== null).map((r) => ({ raterId: r.id, group: r.group as TNominee["group"] }));
  const responses = (await listSubmittedResponses(ctx.db, organisationId, campaignId)).map((r) => ({ raterId: r.raterId }));
  const counts = completionCounts(invitations, responses);
  return NOMINEE_GROUPS.map((group) => ({ group, invited: counts[group].invited, answered: counts[group].answered }));
}

/** The nominees before the launch, each with the approver's flags: outside the directory, refused by the rules. */
async function presentNominees(ctx: Pick<TAppContext, "db">, campaign: TCampaignWithSubject["campaign"]): Promise<TNominee[]> {
  const { raters, checks } = await checkStoredNominees(ctx, campaign.organisationId, campaign.id, campaign.subjectPersonId);
  return raters.map((r, i) => ({
    id: r.id,
    group: r.group as TNominee["group"],
    name: r.name,
    email: r.email,
    language: r.language as TNominee["language"],
    personId: r.personId,
    external: checks[i]?.external ?? true,
    problem: checks[i]?.problem ?? null,
  }));
}

/** The campaign as the API shows it: nominees before the launch, counts per group after it. */
export async function presentCampaign(ctx: Pick<TAppContext, "db" | "now">, loaded: TLoadedCampaign): Promise<TCampaign> {
  const { campaign } = loaded.row;
  const before = showsNominees(campaign);
  const nominees = before ? await presentNominees(ctx, campaign) : null;
  return {
    id: campaign.id,
    subject: { personId: campaign.subjectPersonId, firstName: loaded.row.subjectFirstName, lastName: loaded.row.subjectLastName },
    status: loaded.status,
    closesAt: campaign.closesAt.toISOString(),
    createdAt: campaign.createdAt.toISOString(),
    openedAt: campaign.openedAt?.toISOString() ?? null,
    closedAt: effectiveClosedAt(campaign, ctx.now())?.toISOString() ?? null,
    approvalComment: campaign.approvalComment,
    nominees,
    completion: before ? null : await completionOf(ctx, campaign.organisationId, campaign.id),
    actions: loaded.actions,
  };
}
