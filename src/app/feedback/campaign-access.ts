import type { TCampaign, TCampaignActions, TCompletionGroup, TNominee } from "../../contracts/feedback";
import { NOMINEE_GROUPS } from "../../contracts/feedback";
import { findCampaign, listRaters, listSubmittedResponses, type TCampaignWithSubject } from "../../db/feedback-repo";
import { findMembership } from "../../db/organisations-repo";
import { completionCounts } from "../../domain/feedback360/index";
import { notFound } from "../../domain/shared/errors";
import { CAMPAIGN_ACTION_STEPS, authorise, campaignActions, campaignRelation, type TCampaignResource, type TPolicyActor } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { checkStoredNominees } from "./nominee-checks";
import { effectiveClosedAt, effectiveStatus, showsNominees } from "./campaign-rules";

/** The person record linked to the actor's account in this organisation, if any. */
export async function actorPersonId(ctx: Pick<TAppContext, "db">, actor: TActor): Promise<string | null> {
  const membership = await findMembership(ctx.db, actor.organisationId, actor.userId);
  return membership?.personId ?? null;
}

/** The campaign as the policy's resource: its subject and the subject's line manager. */
export function campaignResource(campaign: TCampaignWithSubject): TCampaignResource {
  return { subjectPersonId: campaign.campaign.subjectPersonId, subjectLineManagerPersonId: campaign.subjectManagerId };
}

export type TLoadedCampaign = {
  row: TCampaignWithSubject;
  reader: TPolicyActor;
  role: ReturnType<typeof campaignRelation>;
  actions: TCampaignActions;
  status: ReturnType<typeof effectiveStatus>;
};

/** A campaign the actor may see; another organisation's, or one the actor has no part in, is "not found". */
export async function loadCampaign(ctx: Pick<TAppContext, "db" | "now">, actor: TActor, id: string): Promise<TLoadedCampaign> {
  const row = await findCampaign(ctx.db, actor.organisationId, id);
  if (!row) throw notFound("campaign");
  const reader = { ...actor, personId: await actorPersonId(ctx, actor) };
  authorise(reader, "feedback.campaign.read", campaignResource(row));
  const status = effectiveStatus(row.campaign, ctx.now());
  return { row, reader, role: campaignRelation(reader, campaignResource(row)), status, actions: campaignActions(reader, { ...campaignResource(row), status }) };
}

/** Refuses an action (the policy's campaign step): 403 when the caller could never take it, 409 when only the state is wrong. */
export function requireAction(loaded: TLoadedCampaign, action: keyof TCampaignActions): void {
  authorise(loaded.reader, CAMPAIGN_ACTION_STEPS[action], { ...campaignResource(loaded.row), status: loaded.status });
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
