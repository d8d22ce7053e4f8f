import type { TDb } from "../../db/client";
import { listActionItems, listCheckIns } from "../../db/mentoring-progress-repo";
import { findPersonWithUser, listEngagementsByStatus, organisationsWithActiveEngagements, type TEngagementRow } from "../../db/mentoring-repo";
import { listSessions } from "../../db/mentoring-sessions-repo";
import { claimDueNudgeJobs, findMentoringSettings, findUserContact, insertNudgeJobs, listNudgeOptOuts, settleNudgeJob, type TNudgeJobRow } from "../../db/mentoring-nudges-repo";
import { insertOutboxMessage } from "../../db/outbox-repo";
import { findChallenge } from "../../domain/assessment/manager-challenges";
import { dueNudges, nudgeEmail, type TActionItem, type TNudge, type TNudgeEmailInput, type TSession } from "../../domain/mentoring/index";
import { isLocale, type TLocale } from "../../domain/shared/locale";
import { renderNudgeEmail } from "../../email/mentoring-emails";
import type { TAppContext } from "../shared/context";
import { toActionItem, toCheckIn, toEngagement, toSession } from "./access";
import { organisationNudgePolicy } from "./nudge-policy";

type TNudgeCtx = Pick<TAppContext, "db" | "config" | "log" | "notifyOutbox">;
const DAY = 86_400_000;
const BATCH = 50;

/** Everything the domain planner needs for one organisation, read at `now`. */
async function loadOrganisation(ctx: Pick<TAppContext, "log" | "config">, db: TDb, organisationId: string, now: Date) {
  const rows = await listEngagementsByStatus(db, organisationId, ["active"]);
  const engagements = rows.map(toEngagement);
  const ids = engagements.map((e) => e.id);
  const sessions = (await listSessions(db, organisationId, ids)).map(toSession);
  const actionItems = (await listActionItems(db, organisationId, ids)).map(toActionItem);
  const checkIns = (await listCheckIns(db, organisationId, ids)).map(toCheckIn);
  const optOuts = await listNudgeOptOuts(db, organisationId);
  const settings = await findMentoringSettings(db, organisationId);
  const orgPolicy = organisationNudgePolicy(ctx, organisationId, settings);
  const nudges = dueNudges({ now, engagements, sessions, actionItems, checkIns, preferences: optOuts.map((userId) => ({ userId, optOut: "all" as const })), orgPolicy }).filter(
    (n) => !n.recipientUserId.startsWith("person:"),
  );
  return { rows, sessions, actionItems, checkIns, nudges };
}

/**
 * The planner: records every nudge owed now as a job, keyed by the domain's deterministic dedupe key
 * (insert-or-ignore). Run it as often as you like; a restart recomputes what is owed. Returns the new jobs.
 */
export async function planNudges(ctx: TNudgeCtx, now: Date): Promise<number> {
  let created = 0;
  for (const organisationId of await organisationsWithActiveEngagements(ctx.db)) {
    const { nudges } = await loadOrganisation(ctx, ctx.db, organisationId, now);
    created += await insertNudgeJobs(
      ctx.db,
      nudges.map((n) => ({ organisationId, dedupeKey: n.dedupeKey, kind: n.kind, recipientUserId: n.recipientUserId, engagementId: n.engagementId, subjectId: n.subjectId, dueAt: n.dueAt })),
    );
  }
  return created;
}

type TLoaded = Awaited<ReturnType<typeof loadOrganisation>>;

async function renderFor(ctx: TNudgeCtx, db: TDb, data: TLoaded, nudge: TNudge, now: Date) {
  const row = data.rows.find((r) => r.engagement.id === nudge.engagementId) as TEngagementRow;
  const engagement = toEngagement(row);
  const recipient = await findUserContact(db, nudge.recipientUserId);
  if (!recipient) return undefined;
  const isMentee = nudge.recipientUserId === engagement.menteeUserId;
  const person = isMentee ? await findPersonWithUser(db, row.engagement.organisationId, row.engagement.personId) : undefined;
  const candidate = recipient.locale ?? person?.language;
  const locale: TLocale = isLocale(candidate) ? candidate : "nl";
  const menteeName = `${row.menteeFirstName} ${row.menteeLastName}`.trim();
  const common = {
    recipientName: isMentee ? menteeName : recipient.displayName,
    url: `${ctx.config.publicUrl}/mentoring/${engagement.id}`,
    preferencesUrl: `${ctx.config.publicUrl}/mentoring/preferences`,
  };
  let input: TNudgeEmailInput;
  if (nudge.kind === "session_reminder") {
    const session = data.sessions.find((s) => s.id === nudge.subjectId) as TSession;
    input = { ...common, kind: "session_reminder", otherPartyName: isMentee ? row.mentorName : menteeName, start: session.start as Date, end: session.end as Date, timeZone: session.timeZone, location: session.location };
  } else if (nudge.kind === "overdue_action") {
    const item = data.actionItems.find((i) => i.id === nudge.subjectId) as TActionItem;
    input = { ...common, kind: "overdue_action", actionText: item.text, dueDate: item.dueDate };
  } else {
    const challengeId = nudge.subjectId.slice(engagement.id.length + 1);
    const last = Math.max(engagement.statusChangedAt.getTime(), ...data.checkIns.filter((c) => c.engagementId === engagement.id && c.challengeId === challengeId).map((c) => c.createdAt.getTime()));
    input = { ...common, kind: "stale_checkin", goalTitle: findChallenge(challengeId)?.wording[locale] ?? challengeId, daysSinceLastCheckIn: Math.floor((now.getTime() - last) / DAY) };
  }
  return { to: recipient.email, email: renderNudgeEmail(nudgeEmail(locale, input)) };
}

/**
 * The sender: claims due jobs (FOR UPDATE SKIP LOCKED) and, in the same transaction, queues each
 * email in the outbox and stamps the job sent — so a crash leaves either both or neither. Before
 * sending it asks the domain again whether the nudge is still owed now (session still at that time,
 * item still open, goal still stale, person not opted out): no → skipped; owed later (quiet hours) → postponed.
 */
export async function sendDueNudges(ctx: TNudgeCtx, now: Date): Promise<{ sent: number; skipped: number }> {
  let sent = 0;
  let skipped = 0;
  for (;;) {
    const batch = await ctx.db.transaction(async (tx) => {
      const jobs = await claimDueNudgeJobs(tx, now, BATCH);
      const byOrg = new Map<string, TNudgeJobRow[]>();
      for (const job of jobs) byOrg.set(job.organisationId, [...(byOrg.get(job.organisationId) ?? []), job]);
      for (const [organisationId, orgJobs] of byOrg) {
        const data = await loadOrganisation(ctx, tx, organisationId, now);
        const owed = new Map(data.nudges.map((n) => [n.dedupeKey, n]));
        for (const job of orgJobs) {
          const nudge = owed.get(job.dedupeKey);
          if (!nudge) {
            await settleNudgeJob(tx, job, { skippedAt: now, skipReason: "no longer applies" });
            skipped++;
            continue;
          }
          if (nudge.dueAt.getTime() > now.getTime()) {
            await settleNudgeJob(tx, job, { dueAt: nudge.dueAt });
            continue;
          }
          const rendered = await renderFor(ctx, tx, data, nudge, now);
          if (!rendered) {
            await settleNudgeJob(tx, job, { skippedAt: now, skipReason: "recipient gone" });
            skipped++;
            continue;
          }
          await insertOutboxMessage(tx, {
            organisationId,
            kind: `mentoring_nudge_${nudge.kind}`,
            toAddress: rendered.to,
            subject: rendered.email.subject,
            textBody: rendered.email.text,
            htmlBody: rendered.email.html,
            headers: { "X-Sterk-Nudge": job.id },
          });
          await settleNudgeJob(tx, job, { sentAt: now });
          sent++;
        }
      }
      return jobs.length;
    });
    if (batch < BATCH) break;
  }
  if (sent > 0) ctx.notifyOutbox();
  return { sent, skipped };
}

/** One run of the `mentoring.nudges` job (src/app/jobs/standard-jobs.ts): plan, then send. Tests call it with a moved clock. */
export async function runNudgeTick(ctx: TNudgeCtx, now: Date) {
  const planned = await planNudges(ctx, now);
  return { planned, ...(await sendDueNudges(ctx, now)) };
}
