import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { TDb } from "./client";
import { feedbackCampaigns, feedbackRaters, feedbackRaterSessions, feedbackResponses, organisations, people } from "./schema/index";

export type TCampaignRow = typeof feedbackCampaigns.$inferSelect;
export type TRaterRow = typeof feedbackRaters.$inferSelect;
export type TResponseRow = typeof feedbackResponses.$inferSelect;

const campaignWithSubject = {
  campaign: feedbackCampaigns,
  subjectFirstName: people.firstName,
  subjectLastName: people.lastName,
  subjectManagerId: people.managerId,
};

function selectCampaigns(db: TDb) {
  return db
    .select(campaignWithSubject)
    .from(feedbackCampaigns)
    .innerJoin(people, and(eq(people.organisationId, feedbackCampaigns.organisationId), eq(people.id, feedbackCampaigns.subjectPersonId)));
}
export type TCampaignWithSubject = NonNullable<Awaited<ReturnType<typeof findCampaign>>>;

export async function insertCampaign(
  db: TDb,
  organisationId: string,
  values: { subjectPersonId: string; createdByUserId: string | null; closesAt: Date; shuffleSeed: number; status?: string; openedAt?: Date | null; closedAt?: Date | null },
) {
  const [row] = await db.insert(feedbackCampaigns).values({ ...values, organisationId }).returning();
  if (!row) throw new Error("insert feedback_campaigns returned nothing");
  return row;
}

/** One campaign of the organisation with its subject's name and manager. */
export async function findCampaign(db: TDb, organisationId: string, id: string) {
  const [row] = await selectCampaigns(db).where(and(eq(feedbackCampaigns.organisationId, organisationId), eq(feedbackCampaigns.id, id)));
  return row;
}

/** Campaigns of the organisation: all, or those about one person / awaiting one line manager's approval. */
export async function listCampaigns(db: TDb, organisationId: string, filter: { all: boolean; subjectPersonId?: string | null; awaitingManagerId?: string | null }) {
  const conditions: SQL[] = [];
  if (!filter.all) {
    if (filter.subjectPersonId) conditions.push(eq(feedbackCampaigns.subjectPersonId, filter.subjectPersonId));
    if (filter.awaitingManagerId) {
      const awaiting = and(eq(people.managerId, filter.awaitingManagerId), eq(feedbackCampaigns.status, "awaiting_approval"));
      if (awaiting) conditions.push(awaiting);
    }
    if (conditions.length === 0) return [];
  }
  return selectCampaigns(db)
    .where(and(eq(feedbackCampaigns.organisationId, organisationId), conditions.length ? or(...conditions) : undefined))
    .orderBy(desc(feedbackCampaigns.createdAt), asc(feedbackCampaigns.id));
}

/** Updates a campaign only while it is in one of `fromStatuses`; false when it was not (a race or a wrong state). */
export async function updateCampaign(
  db: TDb,
  organisationId: string,
  id: string,
  fromStatuses: readonly string[],
  values: Partial<Pick<TCampaignRow, "status" | "closesAt" | "approvedByUserId" | "approvedAt" | "approvalComment" | "openedAt" | "closedAt">>,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(feedbackCampaigns)
    .set({ ...values, updatedAt: now })
    .where(and(eq(feedbackCampaigns.organisationId, organisationId), eq(feedbackCampaigns.id, id), inArray(feedbackCampaigns.status, [...fromStatuses])))
    .returning({ id: feedbackCampaigns.id });
  return rows.length > 0;
}

export async function listRaters(db: TDb, organisationId: string, campaignId: string) {
  return db
    .select()
    .from(feedbackRaters)
    .where(and(eq(feedbackRaters.organisationId, organisationId), eq(feedbackRaters.campaignId, campaignId)))
    .orderBy(asc(feedbackRaters.createdAt), asc(feedbackRaters.id));
}

export async function insertRater(
  db: TDb,
  organisationId: string,
  values: { campaignId: string; group: string; name: string; email: string; language: string; personId: string | null },
) {
  const [row] = await db.insert(feedbackRaters).values({ ...values, organisationId }).returning();
  if (!row) throw new Error("insert feedback_raters returned nothing");
  return row;
}

export async function deleteRater(db: TDb, organisationId: string, campaignId: string, raterId: string): Promise<boolean> {
  const rows = await db
    .delete(feedbackRaters)
    .where(and(eq(feedbackRaters.organisationId, organisationId), eq(feedbackRaters.campaignId, campaignId), eq(feedbackRaters.id, raterId)))
    .returning({ id: feedbackRaters.id });
  return rows.length > 0;
}

/** Stores the hash of a rater's first link token and when the invitation went out. */
export async function markInvited(db: TDb, organisationId: string, raterId: string, tokenHash: string, invitedAt: Date) {
  await db
    .update(feedbackRaters)
    .set({ tokenHash, invitedAt })
    .where(and(eq(feedbackRaters.organisationId, organisationId), eq(feedbackRaters.id, raterId)));
}

/**
 * Replaces a rater's link token for a reminder (the old link stops working), only if nobody else
 * emailed them since `lastContactBefore`: two reminder runs at once send one email.
 */
export async function markReminded(db: TDb, organisationId: string, raterId: string, tokenHash: string, remindedAt: Date, lastContactBefore: Date): Promise<boolean> {
  const rows = await db
    .update(feedbackRaters)
    .set({ tokenHash, lastRemindedAt: remindedAt, reminderCount: sql`${feedbackRaters.reminderCount} + 1` })
    .where(
      and(
        eq(feedbackRaters.organisationId, organisationId),
        eq(feedbackRaters.id, raterId),
        sql`coalesce(${feedbackRaters.lastRemindedAt}, ${feedbackRaters.invitedAt}) <= ${lastContactBefore.toISOString()}::timestamptz`,
      ),
    )
    .returning({ id: feedbackRaters.id });
  return rows.length > 0;
}

const raterContext = {
  rater: feedbackRaters,
  campaign: feedbackCampaigns,
  subjectFirstName: people.firstName,
  subjectLastName: people.lastName,
};

function selectRaterContext(db: TDb) {
  return db
    .select(raterContext)
    .from(feedbackRaters)
    .innerJoin(
      feedbackCampaigns,
      and(eq(feedbackCampaigns.organisationId, feedbackRaters.organisationId), eq(feedbackCampaigns.id, feedbackRaters.campaignId)),
    )
    .innerJoin(people, and(eq(people.organisationId, feedbackCampaigns.organisationId), eq(people.id, feedbackCampaigns.subjectPersonId)));
}
export type TRaterContext = NonNullable<Awaited<ReturnType<typeof findRaterByTokenHash>>>;

/** The rater whose emailed link has this token hash, with the campaign and its subject (any organisation). */
export async function findRaterByTokenHash(db: TDb, tokenHash: string) {
  const [row] = await selectRaterContext(db).where(eq(feedbackRaters.tokenHash, tokenHash));
  return row;
}

export async function insertRaterSession(db: TDb, values: { tokenHash: string; organisationId: string; raterId: string; expiresAt: Date }) {
  await db.insert(feedbackRaterSessions).values(values);
}

/** The rater behind a cookie that has not expired, with the campaign and its subject. */
export async function findRaterBySession(db: TDb, tokenHash: string, now: Date) {
  const [row] = await selectRaterContext(db)
    .innerJoin(
      feedbackRaterSessions,
      and(eq(feedbackRaterSessions.organisationId, feedbackRaters.organisationId), eq(feedbackRaterSessions.raterId, feedbackRaters.id)),
    )
    .where(and(eq(feedbackRaterSessions.tokenHash, tokenHash), gt(feedbackRaterSessions.expiresAt, now)));
  return row;
}

export async function findResponse(db: TDb, organisationId: string, raterId: string) {
  const [row] = await db
    .select()
    .from(feedbackResponses)
    .where(and(eq(feedbackResponses.organisationId, organisationId), eq(feedbackResponses.raterId, raterId)));
  return row;
}

/**
 * Saves the rater's single response row (the primary key is the rater, so concurrent saves meet in
 * one row). `submit` sets submitted_at; an autosave keeps whatever submitted_at the row has.
 */
export async function upsertResponse(
  db: TDb,
  organisationId: string,
  values: { raterId: string; campaignId: string; answers: Record<string, number | null>; comments: { itemId?: string; text: string }[] },
  now: Date,
  submit: boolean,
) {
  const [row] = await db
    .insert(feedbackResponses)
    .values({ ...values, organisationId, submittedAt: submit ? now : null, updatedAt: now })
    .onConflictDoUpdate({
      target: [feedbackResponses.organisationId, feedbackResponses.raterId],
      set: {
        answers: sql`excluded.answers`,
        comments: sql`excluded.comments`,
        updatedAt: now,
        submittedAt: submit ? now : sql`${feedbackResponses.submittedAt}`,
      },
    })
    .returning();
  if (!row) throw new Error("upsert feedback_responses returned nothing");
  return row;
}

/** Submitted responses of a campaign with their rater's group (drafts never leave). */
export async function listSubmittedResponses(db: TDb, organisationId: string, campaignId: string) {
  return db
    .select({ raterId: feedbackResponses.raterId, group: feedbackRaters.group, answers: feedbackResponses.answers, comments: feedbackResponses.comments })
    .from(feedbackResponses)
    .innerJoin(feedbackRaters, and(eq(feedbackRaters.organisationId, feedbackResponses.organisationId), eq(feedbackRaters.id, feedbackResponses.raterId)))
    .where(
      and(eq(feedbackResponses.organisationId, organisationId), eq(feedbackResponses.campaignId, campaignId), isNotNull(feedbackResponses.submittedAt)),
    )
    .orderBy(asc(feedbackResponses.raterId));
}

/**
 * Raters of open, unexpired campaigns who have not submitted and were last emailed at or before
 * `lastContactBefore` (all organisations when `organisationId` is null).
 */
export async function listRatersToRemind(
  db: TDb,
  filter: { organisationId: string | null; campaignId?: string; now: Date; closesAfter: Date; lastContactBefore: Date; maxReminders: number },
) {
  return db
    .select(raterContext)
    .from(feedbackRaters)
    .innerJoin(
      feedbackCampaigns,
      and(eq(feedbackCampaigns.organisationId, feedbackRaters.organisationId), eq(feedbackCampaigns.id, feedbackRaters.campaignId)),
    )
    .innerJoin(people, and(eq(people.organisationId, feedbackCampaigns.organisationId), eq(people.id, feedbackCampaigns.subjectPersonId)))
    .leftJoin(feedbackResponses, and(eq(feedbackResponses.organisationId, feedbackRaters.organisationId), eq(feedbackResponses.raterId, feedbackRaters.id)))
    .where(
      and(
        filter.organisationId ? eq(feedbackRaters.organisationId, filter.organisationId) : undefined,
        filter.campaignId ? eq(feedbackRaters.campaignId, filter.campaignId) : undefined,
        eq(feedbackCampaigns.status, "open"),
        gt(feedbackCampaigns.closesAt, filter.closesAfter),
        isNotNull(feedbackRaters.invitedAt),
        isNull(feedbackResponses.submittedAt),
        sql`coalesce(${feedbackRaters.lastRemindedAt}, ${feedbackRaters.invitedAt}) <= ${filter.lastContactBefore.toISOString()}::timestamptz`,
        sql`${feedbackRaters.reminderCount} < ${filter.maxReminders}`,
      ),
    )
    .orderBy(asc(feedbackRaters.organisationId), asc(feedbackRaters.id));
}

/** The organisation's name and settings (anonymity thresholds live in `settings.anonymity`). */
export async function findOrganisationSettings(db: TDb, organisationId: string) {
  const [row] = await db
    .select({ name: organisations.name, settings: organisations.settings })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row ? { name: row.name, settings: (row.settings ?? {}) as Record<string, unknown> } : undefined;
}

/** Replaces `settings.anonymity`, keeping the organisation's other settings. */
export async function saveAnonymitySettings(db: TDb, organisationId: string, anonymity: Record<string, number>) {
  await db
    .update(organisations)
    .set({ settings: sql`jsonb_set(coalesce(${organisations.settings}, '{}'::jsonb), '{anonymity}', ${JSON.stringify(anonymity)}::jsonb, true)` })
    .where(eq(organisations.id, organisationId));
}

/** Inserts raters with their (already final) responses: for demo data. */
export async function insertRatersWithResponses(
  db: TDb,
  organisationId: string,
  campaignId: string,
  raters: readonly {
    group: string;
    name: string;
    email: string;
    language: string;
    invitedAt: Date;
    response: { answers: Record<string, number | null>; comments: { itemId?: string; text: string }[]; submittedAt: Date | null } | null;
  }[],
) {
  for (const rater of raters) {
    const row = await insertRater(db, organisationId, { campaignId, group: rater.group, name: rater.name, email: rater.email, language: rater.language, personId: null });
    await db.update(feedbackRaters).set({ invitedAt: rater.invitedAt }).where(and(eq(feedbackRaters.organisationId, organisationId), eq(feedbackRaters.id, row.id)));
    if (rater.response) {
      await db.insert(feedbackResponses).values({
        organisationId,
        raterId: row.id,
        campaignId,
        answers: rater.response.answers,
        comments: rater.response.comments,
        submittedAt: rater.response.submittedAt,
        updatedAt: rater.response.submittedAt ?? rater.invitedAt,
      });
    }
  }
}
