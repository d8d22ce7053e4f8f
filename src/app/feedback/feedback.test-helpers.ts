import { desc, eq } from "drizzle-orm";
import { findUserByEmail } from "../../db/auth-repo";
import { upsertMembership } from "../../db/organisations-repo";
import { insertPerson } from "../../db/people-repo";
import { outbox } from "../../db/schema/index";
import type { TOrgRole } from "../../domain/shared/roles";
import type { startTestApp, TTestClient } from "../../test-support/test-app";

type TTestApp = Awaited<ReturnType<typeof startTestApp>>;

/** A mutable clock for `startTestApp({ now })`. */
export function testClock(start: string) {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (iso: string) => {
      current = new Date(iso);
    },
    advance: (ms: number) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

const DAY = 86_400_000;
export { DAY };

/** An organisation with a subject, their line manager, four peers and an unrelated manager; HR and linked accounts. */
export async function feedbackOrg(t: TTestApp, slug: string) {
  const organisationId = (await t.createOrganisation(slug)).id;
  const person = (n: string, managerId: string | null = null, language = "nl") =>
    insertPerson(t.ctx.db, organisationId, {
      employeeNumber: n,
      firstName: `First${n}`,
      lastName: `Last${n}`,
      email: `${n.toLowerCase()}@${slug}.test`,
      jobTitle: "",
      department: "",
      managerId,
      startDate: null,
      roleStartDate: null,
      language,
      active: true,
    });
  const boss = await person("BOSS");
  const subject = await person("SUBJ", boss);
  const peers = [await person("P1", boss), await person("P2", boss, "fr"), await person("P3", boss, "en"), await person("P4", boss)];
  const stranger = await person("STRANGER");
  async function linked(email: string, roles: TOrgRole[], personId: string | null): Promise<TTestClient> {
    const client = await t.signedIn(email, organisationId, roles);
    const user = await findUserByEmail(t.ctx.db, email);
    if (!user) throw new Error("user missing");
    if (personId) await upsertMembership(t.ctx.db, { organisationId, userId: user.id, roles, personId });
    return client;
  }
  return {
    organisationId,
    people: { boss, subject, peers, stranger },
    hr: await linked(`hr@${slug}.test`, ["hr_admin"], null),
    subjectUser: await linked(`subject@${slug}.test`, ["manager"], subject),
    bossUser: await linked(`boss@${slug}.test`, ["manager"], boss),
    strangerUser: await linked(`stranger@${slug}.test`, ["manager"], stranger),
  };
}

/** The rater links queued in the outbox, newest first, by recipient. */
export async function linksInOutbox(t: TTestApp, kind: "feedback_invitation" | "feedback_reminder") {
  const rows = await t.ctx.db.select().from(outbox).where(eq(outbox.kind, kind)).orderBy(desc(outbox.createdAt));
  return rows.map((row) => ({ to: row.toAddress, subject: row.subject, text: row.textBody, token: /\/rate#token=([A-Za-z0-9_-]+)/.exec(row.textBody)?.[1] ?? "" }));
}

/** A browser of a rater (no account): its own IP, its own rater cookie. */
export function raterBrowser(t: TTestApp, ip: string) {
  const client = t.client(ip);
  let cookie = "";
  return {
    get cookie() {
      return cookie;
    },
    async open(token: string) {
      const response = await client.request("/api/rater/session", { method: "POST", json: { token } });
      const set = response.headers.get("set-cookie");
      if (set?.startsWith("sterk_rater=")) cookie = set.split(";")[0] ?? "";
      return response;
    },
    request(path: string, init: RequestInit & { json?: unknown } = {}) {
      const headers = new Headers(init.headers);
      if (cookie) headers.set("cookie", cookie);
      return client.request(path, { ...init, headers });
    },
  };
}

/** An ISO instant `days` after the clock's now. */
export function daysFrom(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY).toISOString();
}
