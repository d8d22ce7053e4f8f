import { findCampaign, insertCampaign, insertRatersWithResponses, listCampaigns, listSubmittedResponses } from "../../db/feedback-repo";
import type { TRaterResponse } from "../../domain/feedback360/index";
import type { TAppContext } from "../shared/context";
import { effectiveClosedAt, effectiveStatus } from "./campaign-rules";
import type { TCampaignStatus, TNomineeGroup } from "../../contracts/feedback";
import type { TLocale } from "../../domain/shared/locale";

export type TCampaignForReport = {
  campaign: { id: string; subjectPersonId: string; status: TCampaignStatus; closesAt: Date; closedAt: Date | null; shuffleSeed: number };
  /** submitted responses only, in the shape `aggregate` takes; never leave the server as they are */
  responses: TRaterResponse[];
};

/**
 * A campaign's submitted responses for the report builder (server side only: pass them through
 * `aggregate`). `status` is effective: an open campaign past its close date is `closed`. Null when
 * the campaign is not in this organisation.
 */
export async function loadCampaignForReport(
  ctx: Pick<TAppContext, "db" | "now">,
  organisationId: string,
  campaignId: string,
): Promise<TCampaignForReport | null> {
  const row = await findCampaign(ctx.db, organisationId, campaignId);
  if (!row) return null;
  const now = ctx.now();
  const responses = await listSubmittedResponses(ctx.db, organisationId, campaignId);
  return {
    campaign: {
      id: row.campaign.id,
      subjectPersonId: row.campaign.subjectPersonId,
      status: effectiveStatus(row.campaign, now),
      closesAt: row.campaign.closesAt,
      closedAt: effectiveClosedAt(row.campaign, now),
      shuffleSeed: row.campaign.shuffleSeed,
    },
    responses: responses.map((r) => ({
      raterId: r.raterId,
      group: r.group as TNomineeGroup,
      answers: r.answers as Record<string, number | null>,
      comments: r.comments as { itemId?: string; text: string }[],
    })),
  };
}

export type TCampaignAboutPerson = { id: string; status: TCampaignStatus; closesAt: Date; closedAt: Date | null; openedAt: Date | null; createdAt: Date };

/** Every campaign about one person, newest first, with its effective status. */
export async function listCampaignsAboutPerson(
  ctx: Pick<TAppContext, "db" | "now">,
  organisationId: string,
  personId: string,
): Promise<TCampaignAboutPerson[]> {
  const now = ctx.now();
  const rows = await listCampaigns(ctx.db, organisationId, { all: false, subjectPersonId: personId });
  return rows.map(({ campaign }) => ({
    id: campaign.id,
    status: effectiveStatus(campaign, now),
    closesAt: campaign.closesAt,
    closedAt: effectiveClosedAt(campaign, now),
    openedAt: campaign.openedAt,
    createdAt: campaign.createdAt,
  }));
}

export type TSeedRater = {
  group: TNomineeGroup;
  name: string;
  email: string;
  language: TLocale;
  answers: Record<string, number | null>;
  comments?: { itemId?: string; text: string }[];
  /** false: an autosaved draft that never enters a report */
  submitted: boolean;
};

/**
 * Demo data: a campaign already closed at `closesAt` (opened two weeks before), its raters (without
 * links) and their responses, in one transaction. Returns the campaign id.
 */
export async function seedClosedCampaign(
  ctx: Pick<TAppContext, "db">,
  input: { organisationId: string; subjectPersonId: string; closesAt: Date; shuffleSeed?: number; raters: readonly TSeedRater[] },
): Promise<string> {
  const openedAt = new Date(input.closesAt.getTime() - 14 * 86_400_000);
  return ctx.db.transaction(async (tx) => {
    const campaign = await insertCampaign(tx, input.organisationId, {
      subjectPersonId: input.subjectPersonId,
      createdByUserId: null,
      closesAt: input.closesAt,
      shuffleSeed: input.shuffleSeed ?? 20260101,
      status: "closed",
      openedAt,
      closedAt: input.closesAt,
    });
    await insertRatersWithResponses(
      tx,
      input.organisationId,
      campaign.id,
      input.raters.map((rater, index) => ({
        group: rater.group,
        name: rater.name,
        email: rater.email,
        language: rater.language,
        invitedAt: openedAt,
        response: {
          answers: rater.answers,
          comments: rater.comments ?? [],
          submittedAt: rater.submitted ? new Date(openedAt.getTime() + (index + 1) * 3_600_000) : null,
        },
      })),
    );
    return campaign.id;
  });
}
