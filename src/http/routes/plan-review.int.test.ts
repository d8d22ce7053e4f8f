// Issue 13 (workflow integrity): the approval page speaks to the approver and shows the owner's talents and reasons
// as far as she shares her report; the owner and the approver are emailed on submit, approval and changes requested.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemo } from "../../app/demo/seed-demo";
import { findOrganisationBySlug } from "../../db/organisations-repo";
import { outbox, users } from "../../db/schema/index";
import { callJson, startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgId: string;
let an: TTestClient;
let hilde: TTestClient;
let sophie: TTestClient;
let planId = "";
let moduleIds: string[] = [];

const AN = "an.peeters@brouwerij-demo.be";
const HILDE = "hilde.vermeulen@brouwerij-demo.be";

async function demoUser(email: string) {
  const c = t.client();
  const response = await c.signIn(email, DEMO_PASSWORD);
  if (response.status !== 200) throw new Error(`${email}: ${response.status}`);
  return c;
}

const call = callJson;

async function mails(kind: string) {
  const rows = await t.ctx.db.select().from(outbox).where(and(eq(outbox.organisationId, orgId), eq(outbox.kind, kind)));
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

beforeAll(async () => {
  t = await startTestApp();
  expect(await seedDemo(t.ctx)).toBe(true);
  orgId = (await findOrganisationBySlug(t.ctx.db, "demo"))?.id as string;
  // An reads Sterk in French, Hilde in English: each email in its recipient's language
  await t.ctx.db.update(users).set({ locale: "fr" }).where(eq(users.email, AN));
  await t.ctx.db.update(users).set({ locale: "en" }).where(eq(users.email, HILDE));
  an = await demoUser(AN);
  hilde = await demoUser(HILDE);
  sophie = await demoUser("sophie.dubois@brouwerij-demo.be");
  const menu = await call(an, "/api/me/plan/menu?lang=en");
  // the two smallest modules on her menu, well within her budget and the hour limit
  type TItem = { module: { id: string; hours: number; cost: { cents: number } } };
  const small = [...(menu.body.menu as TItem[])].sort((a, b) => a.module.hours - b.module.hours || a.module.cost.cents - b.module.cost.cents);
  moduleIds = small.slice(0, 2).map((s) => s.module.id);
  const saved = await call(an, "/api/me/plan", "PUT", { moduleIds, goals: [{ challengeId: "setting-priorities", description: "Set three priorities each Monday", businessMeasure: "On-time delivery" }] });
  expect(saved.status).toBe(200);
  planId = saved.body.plan.id;
}, 180_000);
afterAll(() => t.close());

describe(`approving a plan (${testDatabaseKind})`, () => {
  it("emails the approver (please review) and the owner (submitted), each in their language, when she submits", async () => {
    const submitted = await call(an, "/api/me/plan/submit", "POST");
    expect(submitted.body).toMatchObject({ plan: { status: "submitted" } });
    const toApprover = await mails("plan_submitted");
    expect(toApprover.map((m) => m.toAddress)).toEqual([HILDE]);
    expect(toApprover[0]?.subject).toBe("An Peeters asks you to approve their development plan");
    expect(toApprover[0]?.textBody).toContain(`/plans/${planId}`);
    const toOwner = await mails("plan_submitted_owner");
    expect(toOwner.map((m) => m.toAddress)).toEqual([AN]);
    expect(toOwner[0]?.subject).toBe("Votre plan de développement a été soumis");
    expect(toOwner[0]?.textBody).toContain("Hilde Vermeulen");
  });

  it("shows the approver no talents and no reasons while An does not share her report with her line manager", async () => {
    const view = await call(hilde, `/api/plans/${planId}?lang=en`);
    expect(view.status).toBe(200);
    expect(view.body.viewer).toBe("line_manager");
    expect(view.body.owner).toEqual({ firstName: "An", reportShared: false, talents: null, reasons: [] });
    expect(view.body.plan.current.goals[0]).toMatchObject({ description: "Set three priorities each Monday", businessMeasure: "On-time delivery" });
    // the owner's own view carries no "owner" part
    expect((await call(an, "/api/me/plan")).body.owner).toBeUndefined();
    expect((await call(an, `/api/plans/${planId}`)).body.owner).toBeUndefined();
  });

  it("shows her talents and why each module suits her once she shares her report with her line manager, and not to HR", async () => {
    expect((await call(an, "/api/reports/me/sharing", "PUT", { mentor: true, lineManager: true, hr: false })).status).toBe(200);
    const view = await call(hilde, `/api/plans/${planId}?lang=en`);
    expect(view.body.owner.reportShared).toBe(true);
    expect(view.body.owner.talents.length).toBeGreaterThan(0);
    expect(view.body.owner.talents.length).toBeLessThanOrEqual(5);
    expect(view.body.owner.reasons.map((r: { moduleId: string }) => r.moduleId)).toEqual(moduleIds);
    for (const r of view.body.owner.reasons) expect(r.reasonText).toMatch(/^(builds on An's talent “.+” to tackle|tackles the challenge “.+”, which An's scan shows applies)/);
    const nl = await call(hilde, `/api/plans/${planId}?lang=nl`);
    for (const r of nl.body.owner.reasons) expect(r.reasonText).toMatch(/^(bouwt op het talent ‘.+’ van An|pakt de uitdaging ‘.+’ aan, wat volgens de scan van An)/);
    const hr = await call(sophie, `/api/plans/${planId}?lang=en`);
    expect(hr.body.viewer).toBe("hr");
    expect(hr.body.owner).toMatchObject({ reportShared: false, talents: null, reasons: [] });
  });

  it("emails the owner the approver's comment when changes are requested, and nothing for a comment", async () => {
    expect((await call(hilde, `/api/plans/${planId}/comment`, "POST", { comment: "Looks good so far" })).status).toBe(200);
    const back = await call(hilde, `/api/plans/${planId}/request-changes?lang=en`, "POST", { comment: "Add a peer circle, please" });
    expect(back.status).toBe(200);
    expect(back.body.owner.reportShared).toBe(true);
    const sent = await mails("plan_changes_requested");
    expect(sent.map((m) => m.toAddress)).toEqual([AN]);
    expect(sent[0]?.subject).toBe("Une modification de votre plan de développement est demandée");
    expect(sent[0]?.textBody).toContain("Hilde Vermeulen demande une modification");
    expect(sent[0]?.textBody).toContain("Add a peer circle, please");
    expect(sent[0]?.textBody).toContain("/me/plan");
    const all = await t.ctx.db.select().from(outbox).where(eq(outbox.organisationId, orgId));
    expect(all.filter((m) => m.kind.startsWith("plan_")).map((m) => m.kind).sort()).toEqual(["plan_changes_requested", "plan_submitted", "plan_submitted_owner"]);
  });

  it("emails the owner once on approval; a refused second approval sends nothing", async () => {
    expect((await call(an, "/api/me/plan/submit", "POST")).status).toBe(200);
    expect(await mails("plan_submitted")).toHaveLength(2);
    expect((await call(hilde, `/api/plans/${planId}/approve`, "POST", { comment: "Well chosen" })).status).toBe(200);
    expect((await call(hilde, `/api/plans/${planId}/approve`, "POST", {})).status).toBe(409);
    const approved = await mails("plan_approved");
    expect(approved.map((m) => m.toAddress)).toEqual([AN]);
    expect(approved[0]?.subject).toBe("Votre plan de développement est approuvé");
    expect(approved[0]?.textBody).toContain("Well chosen");
  });
});
