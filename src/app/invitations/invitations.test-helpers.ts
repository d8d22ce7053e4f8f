import { and, eq, sql } from "drizzle-orm";
import { findUserByEmail } from "../../db/auth-repo";
import { invitations, memberships, outbox } from "../../db/schema/index";
import type { startTestApp } from "../../test-support/test-app";

export type TApp = Awaited<ReturnType<typeof startTestApp>>;

/** Every "set your password" token any stored email carries (whoever it went to). */
export async function invitationTokensInOutbox(t: TApp, to?: string): Promise<string[]> {
  const rows = await t.ctx.db
    .select({ text: outbox.textBody, html: outbox.htmlBody })
    .from(outbox)
    .where(to ? eq(sql`lower(${outbox.toAddress})`, to.toLowerCase()) : undefined);
  const tokens = new Set<string>();
  for (const row of rows) {
    for (const match of `${row.text}\n${row.html ?? ""}`.matchAll(/\/invitation#token=([A-Za-z0-9_%-]+)/g)) {
      if (match[1]) tokens.add(decodeURIComponent(match[1]));
    }
  }
  return [...tokens];
}

/** The newest invitation link emailed to `to`. */
export async function newestInvitationToken(t: TApp, to: string): Promise<string> {
  const rows = await t.ctx.db
    .select({ text: outbox.textBody })
    .from(outbox)
    .where(and(eq(sql`lower(${outbox.toAddress})`, to.toLowerCase()), eq(outbox.kind, "invitation")))
    .orderBy(sql`${outbox.createdAt} desc`, sql`${outbox.id}`);
  for (const row of rows) {
    const match = /\/invitation#token=([A-Za-z0-9_%-]+)/.exec(row.text);
    if (match?.[1]) return decodeURIComponent(match[1]);
  }
  throw new Error(`no invitation link emailed to ${to}`);
}

/** The emails sent to an address, newest first. */
export async function emailsTo(t: TApp, to: string) {
  return t.ctx.db
    .select()
    .from(outbox)
    .where(eq(sql`lower(${outbox.toAddress})`, to.toLowerCase()))
    .orderBy(sql`${outbox.createdAt} desc`);
}

/** An account's stored state: what a takeover would change. */
export async function accountState(t: TApp, email: string) {
  const user = await findUserByEmail(t.ctx.db, email);
  if (!user) return null;
  const rows = await t.ctx.db.select().from(memberships).where(eq(memberships.userId, user.id));
  const invited = await t.ctx.db.select().from(invitations).where(eq(invitations.userId, user.id));
  return {
    user,
    memberships: rows.map((m) => ({ organisationId: m.organisationId, roles: [...m.roles].sort(), personId: m.personId })),
    invitations: invited,
  };
}
