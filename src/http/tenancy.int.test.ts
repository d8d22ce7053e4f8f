// Security plan #1 and #2: every route × method, acted on by another organisation's users and by
// each role. The route list comes from the router, so a new route without a case here fails.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAllPeople } from "../db/people-repo";
import { startTestApp, type TTestClient } from "../test-support/test-app";
import { testDatabaseKind } from "../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgA: string;
let orgB: string;
let personA: string;
let tokenA: string;
let campaignA = "";
let nomineeA = "";
const clients: Record<string, TTestClient> = {};

const PERSON = (n: string, managerId: string | null = null) => ({
  employeeNumber: n,
  firstName: `First ${n}`,
  lastName: `Last ${n}`,
  email: `${n.toLowerCase()}@a.test`,
  managerId,
});

const FUTURE = () => new Date(Date.now() + 7 * 86_400_000).toISOString();
/** How to call each route against organisation A's objects. `null` body = none. */
type TCase = { path: () => string; body?: () => unknown; form?: boolean; public?: boolean; operator?: boolean };
const cases: Record<string, TCase> = {
  "GET /api/health": { path: () => "/api/health", public: true },
  "GET /api/auth/session": { path: () => "/api/auth/session", public: true },
  "POST /api/auth/sign-in": { path: () => "/api/auth/sign-in", body: () => ({ email: "x@y.z", password: "nope" }), public: true },
  "POST /api/auth/sign-out": { path: () => "/api/auth/sign-out", public: true },
  "POST /api/auth/organisation": { path: () => "/api/auth/organisation", body: () => ({ organisationId: orgA }) },
  "PATCH /api/me": { path: () => "/api/me", body: () => ({ locale: "fr" }), public: true },
  "POST /api/auth/password-reset": { path: () => "/api/auth/password-reset", body: () => ({ email: "hr@a.test" }), public: true },
  "POST /api/auth/password-reset/confirm": {
    path: () => "/api/auth/password-reset/confirm",
    body: () => ({ token: "x".repeat(43), password: "0123456789abc" }),
    public: true,
  },
  "POST /api/auth/invitations/accept": {
    path: () => "/api/auth/invitations/accept",
    body: () => ({ token: "x".repeat(43), password: "0123456789abc" }),
    public: true,
  },
  "GET /api/organisations": { path: () => "/api/organisations" },
  "POST /api/organisations": { path: () => "/api/organisations", body: () => ({ slug: "stolen", name: "Stolen" }) },
  "POST /api/invitations": { path: () => "/api/invitations", body: () => ({ email: "i@a.test", displayName: "I", roles: ["hr_admin"] }) },
  "GET /api/tokens": { path: () => "/api/tokens" },
  "POST /api/tokens": { path: () => "/api/tokens", body: () => ({ name: "t" }) },
  "DELETE /api/tokens/{id}": { path: () => `/api/tokens/${tokenA}` },
  "GET /api/outbox": { path: () => "/api/outbox" },
  "GET /api/people": { path: () => "/api/people?q=First" },
  "POST /api/people": { path: () => "/api/people", body: () => PERSON("X1", personA) },
  "GET /api/people/org-chart": { path: () => "/api/people/org-chart" },
  "GET /api/people/export": { path: () => "/api/people/export?format=csv" },
  "POST /api/people/import/preview": { path: () => "/api/people/import/preview", form: true },
  "POST /api/people/import": { path: () => "/api/people/import", form: true },
  "GET /api/people/{id}": { path: () => `/api/people/${personA}` },
  "PATCH /api/people/{id}": { path: () => `/api/people/${personA}`, body: () => ({ firstName: "Hacked" }) },
  // A person's own assessments: only a user linked to a person in the current organisation; others get 403.
  "GET /api/assessments/me": { path: () => "/api/assessments/me" },
  "GET /api/assessments/me/answers/{instrument}": { path: () => "/api/assessments/me/answers/ipip-neo-120" },
  "GET /api/assessments/{instrument}/items": { path: () => "/api/assessments/challenge-scan/items?lang=fr" },
  "PUT /api/assessments/{instrument}/answers": {
    path: () => "/api/assessments/challenge-scan/answers",
    body: () => ({ answers: [{ id: "lack-self-confidence-1", score: 3 }] }),
  },
  "POST /api/assessments/{instrument}/complete": { path: () => "/api/assessments/challenge-scan/complete" },
  "POST /api/assessments/{instrument}/retake": { path: () => "/api/assessments/challenge-scan/retake" },
  // The newsletter and insights belong to the operator (platform-wide); their public endpoints act on a token or a typed address.
  "POST /api/newsletter/subscriptions": { path: () => "/api/newsletter/subscriptions", body: () => ({ email: "reader@a.test", language: "nl", consent: true }), public: true },
  "POST /api/newsletter/confirm": { path: () => "/api/newsletter/confirm", body: () => ({ token: "x".repeat(43) }), public: true },
  "POST /api/newsletter/unsubscribe": { path: () => `/api/newsletter/unsubscribe?token=${"x".repeat(43)}`, public: true },
  "GET /api/newsletter/unsubscribe": { path: () => `/api/newsletter/unsubscribe?token=${"x".repeat(43)}`, public: true },
  "POST /api/newsletter/preferences/lookup": { path: () => "/api/newsletter/preferences/lookup", body: () => ({ token: "x".repeat(43) }), public: true },
  "POST /api/newsletter/preferences/language": { path: () => "/api/newsletter/preferences/language", body: () => ({ token: "x".repeat(43), language: "fr" }), public: true },
  "POST /api/newsletter/preferences/export": { path: () => "/api/newsletter/preferences/export", body: () => ({ token: "x".repeat(43) }), public: true },
  "POST /api/newsletter/preferences/erase": { path: () => "/api/newsletter/preferences/erase", body: () => ({ token: "x".repeat(43) }), public: true },
  "GET /api/newsletter/subscribers": { path: () => "/api/newsletter/subscribers", operator: true },
  "POST /api/newsletter/subscribers/import": {
    path: () => "/api/newsletter/subscribers/import",
    body: () => ({ subscribers: [{ email: "imported@a.test", language: "nl", consentedAt: "2026-01-01T00:00:00Z", source: "x" }] }),
    operator: true,
  },
  "GET /api/newsletter/subscribers/{id}/export": { path: () => `/api/newsletter/subscribers/${personA}/export`, operator: true },
  "DELETE /api/newsletter/subscribers/{id}": { path: () => `/api/newsletter/subscribers/${personA}`, operator: true },
  "GET /api/newsletter/issues": { path: () => "/api/newsletter/issues", operator: true },
  "POST /api/newsletter/issues": { path: () => "/api/newsletter/issues", body: () => ({ versions: { nl: { subject: "s", body: "b" } } }), operator: true },
  "GET /api/newsletter/issues/{id}": { path: () => `/api/newsletter/issues/${personA}`, operator: true },
  "PUT /api/newsletter/issues/{id}": { path: () => `/api/newsletter/issues/${personA}`, body: () => ({ versions: { nl: { subject: "s", body: "b" } } }), operator: true },
  "DELETE /api/newsletter/issues/{id}": { path: () => `/api/newsletter/issues/${personA}`, operator: true },
  "GET /api/newsletter/issues/{id}/preview": { path: () => `/api/newsletter/issues/${personA}/preview?language=nl`, operator: true },
  "POST /api/newsletter/issues/{id}/test": { path: () => `/api/newsletter/issues/${personA}/test`, body: () => ({ email: "t@a.test", language: "nl" }), operator: true },
  "POST /api/newsletter/issues/{id}/send": { path: () => `/api/newsletter/issues/${personA}/send`, operator: true },
  "GET /api/newsletter/issues/{id}/deliveries": { path: () => `/api/newsletter/issues/${personA}/deliveries`, operator: true },
  "POST /api/newsletter/issues/{id}/deliveries/{deliveryId}/resolve": {
    path: () => `/api/newsletter/issues/${personA}/deliveries/${personA}/resolve`,
    body: () => ({ resolution: "resend" }),
    operator: true,
  },
  "GET /api/insights/articles": { path: () => "/api/insights/articles", operator: true },
  "POST /api/insights/articles": {
    path: () => "/api/insights/articles",
    body: () => ({ slug: "stolen", author: "x", status: "published", versions: { nl: { title: "t", summary: "s", body: "b" } } }),
    operator: true,
  },
  "GET /api/insights/articles/{id}": { path: () => `/api/insights/articles/${personA}`, operator: true },
  "PUT /api/insights/articles/{id}": {
    path: () => `/api/insights/articles/${personA}`,
    body: () => ({ slug: "stolen", author: "x", status: "published", versions: { nl: { title: "t", summary: "s", body: "b" } } }),
    operator: true,
  },
  "DELETE /api/insights/articles/{id}": { path: () => `/api/insights/articles/${personA}`, operator: true },
  // reports: personal (the linked person, or whom they shared with) and HR's aggregates
  "GET /api/reports/me": { path: () => "/api/reports/me" },
  "GET /api/reports/me/pdf": { path: () => "/api/reports/me/pdf" },
  "GET /api/reports/me/sharing": { path: () => "/api/reports/me/sharing" },
  "PUT /api/reports/me/sharing": { path: () => "/api/reports/me/sharing", body: () => ({ mentor: true, lineManager: true, hr: true }) },
  "GET /api/reports/people/{personId}": { path: () => `/api/reports/people/${personA}` },
  "GET /api/reports/people/{personId}/pdf": { path: () => `/api/reports/people/${personA}/pdf` },
  "GET /api/diagnosis/heatmaps": { path: () => "/api/diagnosis/heatmaps" },
  "GET /api/diagnosis/reliability": { path: () => "/api/diagnosis/reliability" },
  // 360 campaigns (HR, the subject, the subject's line manager) and the public rater flow (a rater cookie, no account)
  "GET /api/feedback/campaigns": { path: () => "/api/feedback/campaigns" },
  "POST /api/feedback/campaigns": { path: () => "/api/feedback/campaigns", body: () => ({ subjectPersonId: personA, closesAt: FUTURE() }) },
  "GET /api/feedback/settings": { path: () => "/api/feedback/settings" },
  "PUT /api/feedback/settings": { path: () => "/api/feedback/settings", body: () => ({ peer: 4 }) },
  "GET /api/feedback/campaigns/{id}": { path: () => `/api/feedback/campaigns/${campaignA}` },
  "PATCH /api/feedback/campaigns/{id}": { path: () => `/api/feedback/campaigns/${campaignA}`, body: () => ({ closesAt: FUTURE() }) },
  "POST /api/feedback/campaigns/{id}/nominees": {
    path: () => `/api/feedback/campaigns/${campaignA}/nominees`,
    body: () => ({ group: "other", name: "Intruder", email: "intruder@b.test", language: "nl" }),
  },
  "DELETE /api/feedback/campaigns/{id}/nominees/{nomineeId}": { path: () => `/api/feedback/campaigns/${campaignA}/nominees/${nomineeA}` },
  "POST /api/feedback/campaigns/{id}/submit": { path: () => `/api/feedback/campaigns/${campaignA}/submit` },
  "POST /api/feedback/campaigns/{id}/approve": { path: () => `/api/feedback/campaigns/${campaignA}/approve`, body: () => ({ comment: "ok" }) },
  "POST /api/feedback/campaigns/{id}/request-changes": { path: () => `/api/feedback/campaigns/${campaignA}/request-changes`, body: () => ({ comment: "no" }) },
  "POST /api/feedback/campaigns/{id}/launch": { path: () => `/api/feedback/campaigns/${campaignA}/launch` },
  "POST /api/feedback/campaigns/{id}/reminders": { path: () => `/api/feedback/campaigns/${campaignA}/reminders` },
  "POST /api/feedback/campaigns/{id}/close": { path: () => `/api/feedback/campaigns/${campaignA}/close` },
  "POST /api/feedback/campaigns/{id}/cancel": { path: () => `/api/feedback/campaigns/${campaignA}/cancel` },
  "POST /api/rater/session": { path: () => "/api/rater/session", body: () => ({ token: "x".repeat(43) }), public: true },
  "GET /api/rater/questionnaire": { path: () => "/api/rater/questionnaire", public: true },
  "PUT /api/rater/answers": { path: () => "/api/rater/answers", body: () => ({ answers: [] }), public: true },
  "POST /api/rater/submit": { path: () => "/api/rater/submit", body: () => ({ answers: [] }), public: true },
};

function routeKeys(): string[] {
  const keys = new Set<string>();
  for (const r of t.app.routes) {
    if (!r.path.startsWith("/api/") || r.method === "ALL" || r.path.startsWith("/api/docs") || r.path === "/api/openapi.json") continue;
    keys.add(`${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
  }
  return [...keys].sort();
}

function send(client: TTestClient, key: string) {
  const c = cases[key];
  if (!c) throw new Error(`no case for ${key}`);
  const method = key.split(" ")[0] as string;
  if (c.form) {
    const form = new FormData();
    const csv = "Employee number,First name,Last name,Email\nZ9,Zed,Nine,z9@a.test\n";
    form.set("file", new File([csv], "people.csv", { type: "text/csv" }));
    return client.request(c.path(), { method, body: form });
  }
  return client.request(c.path(), { method, json: c.body?.() });
}

async function snapshot() {
  const people = await listAllPeople(t.ctx.db, orgA);
  return JSON.stringify(people.sort((a, b) => a.id.localeCompare(b.id)));
}

beforeAll(async () => {
  t = await startTestApp();
  orgA = (await t.createOrganisation("org-a")).id;
  orgB = (await t.createOrganisation("org-b")).id;
  clients.hrA = await t.signedIn("hr@a.test", orgA, ["hr_admin"]);
  const created = await (clients.hrA as TTestClient).request("/api/people", { method: "POST", json: PERSON("A1") });
  personA = (await created.json()).id;
  tokenA = (await (await (clients.hrA as TTestClient).request("/api/tokens", { method: "POST", json: { name: "a" } })).json()).id;
  const campaign = await (clients.hrA as TTestClient).request("/api/feedback/campaigns", { method: "POST", json: { subjectPersonId: personA, closesAt: FUTURE() } });
  campaignA = (await campaign.json()).id;
  const nominated = await (clients.hrA as TTestClient).request(`/api/feedback/campaigns/${campaignA}/nominees`, {
    method: "POST",
    json: { group: "peer", name: "Nominee A", email: "nominee@a.test", language: "nl" },
  });
  nomineeA = (await nominated.json()).nominees[0].id;
  clients.hrB = await t.signedIn("hr@b.test", orgB, ["hr_admin"]);
  clients.managerB = await t.signedIn("manager@b.test", orgB, ["manager"]);
  for (const role of ["manager", "mentor", "executive"] as const) clients[`${role}A`] = await t.signedIn(`${role}@a.test`, orgA, [role]);
  clients.anonymous = t.client();
});
afterAll(() => t.close());

describe(`tenancy and roles (${testDatabaseKind})`, () => {
  it("has a case for every API route in the router", () => {
    expect(routeKeys().filter((k) => !cases[k])).toEqual([]);
  });

  it("never lets another organisation's HR admin or manager read or change organisation A's objects", async () => {
    const before = await snapshot();
    const leaks: string[] = [];
    for (const key of routeKeys()) {
      if (cases[key]?.public) continue;
      for (const who of ["hrB", "managerB"]) {
        const response = await send(clients[who] as TTestClient, key);
        const text = await response.text();
        const mentionsA = text.includes(personA) || text.includes("a1@a.test") || text.includes(tokenA);
        if (mentionsA) leaks.push(`${who} ${key} -> ${response.status} leaks A's data`);
        if (key.includes("{id}")) {
          // A's object must look exactly like an object that does not exist at all.
          const ghost = await (clients[who] as TTestClient).request(cases[key]?.path().replace(/[0-9a-f-]{36}/, "00000000-0000-4000-8000-000000000000") ?? "", {
            method: key.split(" ")[0],
            json: cases[key]?.body?.(),
          });
          if (![403, 404].includes(response.status) || response.status !== ghost.status) {
            leaks.push(`${who} ${key} -> ${response.status}, a missing id gives ${ghost.status}`);
          }
        }
        if (response.status >= 500) leaks.push(`${who} ${key} -> ${response.status}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it("gives managers, mentors, executives and anonymous callers no write access to the directory", async () => {
    const before = await snapshot();
    const escalations: string[] = [];
    const writes = routeKeys().filter((k) => !k.startsWith("GET") && !cases[k]?.public && k !== "POST /api/auth/organisation");
    const adminReads = ["GET /api/outbox", "GET /api/people/export", "GET /api/organisations"];
    for (const who of ["managerA", "mentorA", "executiveA", "anonymous"]) {
      for (const key of [...writes, ...adminReads]) {
        if (who !== "anonymous" && key.includes("/api/tokens")) continue; // everyone manages their own tokens
        const response = await send(clients[who] as TTestClient, key);
        if (response.status < 400 || response.status >= 500) escalations.push(`${who} ${key} -> ${response.status}`);
      }
    }
    expect(escalations).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it("keeps the operator's newsletter and insights routes from every organisation role, HR admins included", async () => {
    const operatorRoutes = routeKeys().filter((k) => cases[k]?.operator);
    expect(operatorRoutes.length).toBeGreaterThan(0);
    const escalations: string[] = [];
    for (const who of ["hrA", "hrB", "managerA", "mentorA", "executiveA", "anonymous"]) {
      for (const key of operatorRoutes) {
        const status = (await send(clients[who] as TTestClient, key)).status;
        if (status !== (who === "anonymous" ? 401 : 403)) escalations.push(`${who} ${key} -> ${status}`);
      }
    }
    expect(escalations).toEqual([]);
  });

  it("scopes an API token to its organisation", async () => {
    const bearer = (await (await (clients.hrB as TTestClient).request("/api/tokens", { method: "POST", json: { name: "b" } })).json()).token as string;
    const response = await t.client().request(`/api/people/${personA}`, { headers: { authorization: `Bearer ${bearer}` } });
    expect(response.status).toBe(404);
    const own = await t.client().request("/api/people", { headers: { authorization: `Bearer ${bearer}` } });
    expect(own.status).toBe(200);
    const page = await own.json();
    expect(page.items.map((p: { id: string }) => p.id)).not.toContain(personA);
    expect(page.items.every((p: { email: string }) => !p.email.endsWith("@a.test") || p.email === "z9@a.test")).toBe(true);
  });

  it("ignores organisationId and other foreign fields sent to write endpoints (mass assignment)", async () => {
    const response = await (clients.hrB as TTestClient).request("/api/people", {
      method: "POST",
      json: { ...PERSON("B1"), email: "b1@b.test", organisationId: orgA },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "VALIDATION" });
    expect((await listAllPeople(t.ctx.db, orgA)).some((p) => p.employeeNumber === "B1")).toBe(false);
  });
});
