import type { TDb } from "../../db/client";
import { findPersonWithUser } from "../../db/mentoring-repo";
import { insertOutboxMessage } from "../../db/outbox-repo";
import { sessionToIcs, sessionUid, type TIcsTimeZone, type TSession } from "../../domain/mentoring/index";
import { isLocale, type TLocale } from "../../domain/shared/locale";
import { renderSessionProposedEmail } from "../../email/engagement-emails";
import { renderSessionEmail, sessionSummary, type TSessionEmailKind } from "../../email/mentoring-emails";
import type { TAppContext } from "../shared/context";
import type { TLoadedEngagement } from "./access";

type TParty = { side: "mentor" | "mentee"; name: string; email: string; locale: TLocale };

/** The mentor and the mentee with their address and language (the account's locale, else the person's language). */
export async function sessionParties(db: TDb, organisationId: string, loaded: TLoadedEngagement): Promise<TParty[]> {
  const row = loaded.row;
  const person = await findPersonWithUser(db, organisationId, row.engagement.personId);
  const menteeLocale = person?.userLocale ?? row.menteeLanguage;
  return [
    { side: "mentor", name: row.mentorName, email: row.mentorEmail, locale: isLocale(row.mentorLocale) ? row.mentorLocale : "nl" },
    {
      side: "mentee",
      name: `${row.menteeFirstName} ${row.menteeLastName}`.trim(),
      email: person?.userEmail ?? row.menteeEmail,
      locale: isLocale(menteeLocale) ? menteeLocale : "nl",
    },
  ];
}

/** The calendar domain of the session UIDs: the host Sterk is reached at. */
function uidDomain(ctx: Pick<TAppContext, "config">): string {
  return new URL(ctx.config.publicUrl).hostname || "sterk.local";
}

function ics(ctx: Pick<TAppContext, "config" | "now">, parties: TParty[], session: TSession, method: "REQUEST" | "CANCEL", locale: TLocale, viewer: "mentor" | "mentee"): string {
  const mentor = parties[0] as TParty;
  const other = parties.find((p) => p.side !== viewer) as TParty;
  return sessionToIcs({
    method,
    uid: sessionUid(session.id, uidDomain(ctx)),
    sequence: session.sequence,
    start: session.start as Date,
    end: session.end as Date,
    summary: sessionSummary(locale, other.name),
    description: session.agenda.join("\n"),
    location: session.location,
    organizer: { name: mentor.name, email: mentor.email },
    attendees: parties.map((p) => ({ name: p.name, email: p.email })),
    timeZone: session.timeZone as TIcsTimeZone,
    now: ctx.now(),
  });
}

/** The .ics for one participant (download). */
export async function buildSessionIcs(ctx: Pick<TAppContext, "db" | "config" | "now">, loaded: TLoadedEngagement, session: TSession, method: "REQUEST" | "CANCEL", locale: TLocale, viewer: "mentor" | "mentee") {
  const parties = await sessionParties(ctx.db, loaded.row.engagement.organisationId, loaded);
  return ics(ctx, parties, session, method, locale, viewer);
}

/**
 * Queues the invitation (REQUEST) or cancellation (CANCEL) to both the mentor and the mentee, each in
 * their own language, with the .ics attached (text/calendar; method=…), in the caller's transaction.
 */
export async function queueSessionEmails(ctx: Pick<TAppContext, "config" | "now">, tx: TDb, organisationId: string, loaded: TLoadedEngagement, session: TSession, kind: TSessionEmailKind): Promise<void> {
  const parties = await sessionParties(tx, organisationId, loaded);
  const method = kind === "cancelled" ? "CANCEL" : "REQUEST";
  for (const party of parties) {
    const other = parties.find((p) => p.side !== party.side) as TParty;
    const email = renderSessionEmail(party.locale, {
      kind,
      recipientName: party.name,
      otherPartyName: other.name,
      start: session.start as Date,
      end: session.end as Date,
      timeZone: session.timeZone,
      location: session.location,
      reason: session.cancelledReason,
      url: `${ctx.config.publicUrl}/mentoring/${session.engagementId}`,
    });
    await insertOutboxMessage(tx, {
      organisationId,
      kind: `mentoring_session_${kind}`,
      toAddress: party.email,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
      attachments: [
        {
          filename: method === "CANCEL" ? "cancel.ics" : "invite.ics",
          content: ics(ctx, parties, session, method, party.locale, party.side),
          contentType: `text/calendar; method=${method}; charset=UTF-8`,
        },
      ],
    });
  }
}

/**
 * "Times proposed": queues one email (no .ics: nothing is booked yet) to the party who did not propose — the mentee
 * when the mentor proposes, the mentor when the mentee does — in their language, in the caller's transaction.
 */
export async function queueSessionProposedEmail(ctx: Pick<TAppContext, "config">, tx: TDb, organisationId: string, loaded: TLoadedEngagement, session: TSession): Promise<void> {
  const parties = await sessionParties(tx, organisationId, loaded);
  const proposer = parties.find((p) => p.side === session.proposedBy) as TParty;
  const recipient = parties.find((p) => p.side !== session.proposedBy) as TParty;
  if (!recipient.email) return;
  const email = renderSessionProposedEmail(recipient.locale, {
    recipientName: recipient.name,
    proposerName: proposer.name,
    slots: session.slots,
    timeZone: session.timeZone,
    location: session.location,
    url: `${ctx.config.publicUrl}/mentoring/${session.engagementId}`,
  });
  await insertOutboxMessage(tx, { organisationId, kind: "mentoring_session_proposed", toAddress: recipient.email, subject: email.subject, textBody: email.text, htmlBody: email.html });
}
