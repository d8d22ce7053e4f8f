import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPeopleChanges, listAllPeople } from "../../db/people-repo";
import { memberships, outbox, people, ssoConnections, users } from "../../db/schema/index";
import { startTestApp, TEST_ORIGIN, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

let clock = new Date("2026-04-01T08:00:00Z");
let t: Awaited<ReturnType<typeof startTestApp>>;
let orgA: string;
let orgB: string;
let orgC: string;
let hrA: TTestClient;
const tokens = { scimA: "", apiA: "", scimB: "", scimC: "" };

async function scim(token: string, path: string, init: { method?: string; json?: unknown; body?: string } = {}) {
  const headers = new Headers({ authorization: `Bearer ${token}` });
  if (init.json !== undefined || init.body !== undefined) headers.set("content-type", "application/scim+json");
  const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
  return t.app.request(`${TEST_ORIGIN}/scim/v2${path}`, { method: init.method ?? "GET", headers, body });
}
async function json(response: Response) {
  return response.json() as Promise<Record<string, any>>;
}
const user = (n: string, extra: Record<string, unknown> = {}) => ({
  schemas: [CORE, ENTERPRISE],
  userName: `${n}@acme.be`,
  externalId: `ext-${n}`,
  name: { givenName: `Given ${n}`, familyName: `Family ${n}` },
  emails: [{ value: `${n}@acme.be`, type: "work", primary: true }],
  active: true,
  ...extra,
});
async function tokenFor(client: TTestClient, scope: "api" | "scim", expiresInDays = 90) {
  return (await (await client.request("/api/tokens", { method: "POST", json: { name: scope, scope, expiresInDays } })).json()).token as string;
}

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  orgA = (await t.createOrganisation("scim-a")).id;
  orgB = (await t.createOrganisation("scim-b")).id;
  orgC = (await t.createOrganisation("scim-c")).id;
  hrA = await t.signedIn("hr@scim-a.test", orgA, ["hr_admin"]);
  tokens.scimA = await tokenFor(hrA, "scim");
  tokens.apiA = await tokenFor(hrA, "api");
  tokens.scimB = await tokenFor(await t.signedIn("hr@scim-b.test", orgB, ["hr_admin"]), "scim");
  tokens.scimC = await tokenFor(await t.signedIn("hr@scim-c.test", orgC, ["hr_admin"]), "scim");
}, 120_000);
afterAll(() => t.close());

describe(`SCIM 2.0 at /scim/v2 (${testDatabaseKind})`, () => {
  describe("authentication", () => {
    it("refuses an ordinary API token, no token, and an unknown token, in SCIM's error shape", async () => {
      for (const token of [tokens.apiA, "", "sterk_nope"]) {
        const response = await scim(token, "/Users");
        expect(response.status).toBe(401);
        expect(response.headers.get("content-type")).toContain("application/scim+json");
        expect(await json(response)).toMatchObject({ schemas: [ERROR], status: "401", detail: expect.any(String) });
      }
      expect((await json(await scim(tokens.apiA, "/Users"))).detail).toMatch(/personal API token/);
    });

    it("keeps a scim token out of /api", async () => {
      const response = await t.client().request("/api/people", { headers: { authorization: `Bearer ${tokens.scimA}` } });
      expect(response.status).toBe(401);
      expect((await response.json()).detail).toMatch(/SCIM provisioning token/);
    });

    it("refuses an expired scim token", async () => {
      const short = await tokenFor(hrA, "scim", 1);
      expect((await scim(short, "/Users?count=1")).status).toBe(200);
      clock = new Date(clock.getTime() + 2 * 86_400_000);
      expect((await scim(short, "/Users?count=1")).status).toBe(401);
    });

    it("revokes a scim token for good once its creator is no longer an HR admin", async () => {
      const hr2 = await t.signedIn("hr2@scim-a.test", orgA, ["hr_admin"]);
      const token = await tokenFor(hr2, "scim");
      expect((await scim(token, "/Users?count=1")).status).toBe(200);
      const userId = (await (await hr2.request("/api/auth/session")).json()).user.id as string;
      await t.ctx.db.update(memberships).set({ roles: ["manager"] }).where(and(eq(memberships.organisationId, orgA), eq(memberships.userId, userId)));
      expect((await scim(token, "/Users?count=1")).status).toBe(401);
      await t.ctx.db.update(memberships).set({ roles: ["hr_admin"] }).where(and(eq(memberships.organisationId, orgA), eq(memberships.userId, userId)));
      expect((await scim(token, "/Users?count=1")).status).toBe(401);
    });
  });

  describe("discovery", () => {
    it("describes the service provider, its schemas and the User resource type", async () => {
      const config = await json(await scim(tokens.scimA, "/ServiceProviderConfig"));
      expect(config).toMatchObject({ patch: { supported: true }, filter: { supported: true, maxResults: 200 }, bulk: { supported: false } });
      const schemas = await json(await scim(tokens.scimA, "/Schemas"));
      expect(schemas.Resources.map((s: { id: string }) => s.id)).toEqual([CORE, ENTERPRISE]);
      const core = await json(await scim(tokens.scimA, `/Schemas/${CORE}`));
      expect(core.attributes.find((a: { name: string }) => a.name === "userName")).toMatchObject({ required: true, uniqueness: "server" });
      expect((await scim(tokens.scimA, "/Schemas/urn:nothing")).status).toBe(404);
      const types = await json(await scim(tokens.scimA, "/ResourceTypes"));
      expect(types.Resources[0]).toMatchObject({ id: "User", endpoint: "/Users", schemaExtensions: [{ schema: ENTERPRISE, required: false }] });
      expect(await json(await scim(tokens.scimA, "/ResourceTypes/User"))).toMatchObject({ id: "User", schema: CORE });
    });
  });

  describe("the Entra ID provisioning sequence", () => {
    let id = "";
    let member: TTestClient;

    it("finds nobody by userName before creating, then creates with 201, Location and meta", async () => {
      // the person already has an account elsewhere in Sterk (with a password), and organisation A signs in by SSO
      await t.createUser("els@acme.be");
      await t.ctx.db.insert(ssoConnections).values({ organisationId: orgA, issuer: "https://login.example/a", clientId: "c", clientSecret: "sealed", allowedDomains: ["acme.be"] });
      const before = await json(await scim(tokens.scimA, `/Users?filter=${encodeURIComponent('userName eq "els@acme.be"')}`));
      expect(before).toMatchObject({ totalResults: 0, Resources: [] });
      const response = await scim(tokens.scimA, "/Users", {
        method: "POST",
        json: user("els", { title: "Team lead", preferredLanguage: "fr-BE", [ENTERPRISE]: { employeeNumber: "E-1", department: "Sales" } }),
      });
      expect(response.status).toBe(201);
      const created = await json(response);
      id = created.id;
      expect(response.headers.get("location")).toBe(`${TEST_ORIGIN}/scim/v2/Users/${id}`);
      expect(created).toMatchObject({
        userName: "els@acme.be",
        externalId: "ext-els",
        title: "Team lead",
        preferredLanguage: "fr",
        active: true,
        [ENTERPRISE]: { employeeNumber: "E-1", department: "Sales" },
        meta: { resourceType: "User", created: clock.toISOString(), lastModified: clock.toISOString(), location: `${TEST_ORIGIN}/scim/v2/Users/${id}`, version: expect.stringMatching(/^W\/"/) },
      });
      const person = (await listAllPeople(t.ctx.db, orgA)).find((p) => p.id === id);
      expect(person).toMatchObject({ email: "els@acme.be", firstName: "Given els", lastName: "Family els", jobTitle: "Team lead", language: "fr", employeeNumber: "E-1", active: true });
    });

    it("links the existing account to the person by SSO, without touching its password", async () => {
      const [account] = await t.ctx.db.select().from(users).where(eq(users.email, "els@acme.be"));
      expect(account?.passwordHash).toBeTruthy();
      const [membership] = await t.ctx.db.select().from(memberships).where(and(eq(memberships.organisationId, orgA), eq(memberships.userId, account?.id ?? "")));
      expect(membership).toMatchObject({ roles: ["manager"], personId: id, deactivatedAt: null });
      member = t.client();
      expect((await member.signIn("els@acme.be")).status).toBe(200);
      expect((await member.request("/api/auth/session")).status).toBe(200);
    });

    it("reads the user back by id and by filter", async () => {
      const got = await json(await scim(tokens.scimA, `/Users/${id}`));
      expect(got).toMatchObject({ id, userName: "els@acme.be", emails: [{ value: "els@acme.be", type: "work", primary: true }] });
      const found = await json(await scim(tokens.scimA, `/Users?filter=${encodeURIComponent('userName eq "ELS@acme.be"')}`));
      expect(found.totalResults).toBe(1);
      expect(found.Resources[0].id).toBe(id);
    });

    it("applies a PATCH without path (Entra ID): Replace, dotted keys, extension URN keys", async () => {
      clock = new Date(clock.getTime() + 60_000);
      const response = await scim(tokens.scimA, `/Users/${id}`, {
        method: "PATCH",
        json: {
          schemas: [PATCH_OP],
          Operations: [
            { op: "Replace", value: { "name.givenName": "Els", "name.familyName": "Peeters", title: "Director", [`${ENTERPRISE}:department`]: "Board" } },
            { op: "Add", path: 'emails[type eq "work"].value', value: "els.peeters@acme.be" },
          ],
        },
      });
      expect(response.status).toBe(200);
      expect(await json(response)).toMatchObject({ name: { givenName: "Els", familyName: "Peeters" }, title: "Director", emails: [{ value: "els.peeters@acme.be" }], userName: "els@acme.be", [ENTERPRISE]: { department: "Board" }, meta: { lastModified: clock.toISOString() } });
    });

    it('deactivates with active "False" (Entra ID): the person is inactive and their session is dead', async () => {
      const response = await scim(tokens.scimA, `/Users/${id}`, { method: "PATCH", json: { schemas: [PATCH_OP], Operations: [{ op: "Replace", path: "active", value: "False" }] } });
      expect(response.status).toBe(200);
      expect((await json(response)).active).toBe(false);
      expect((await listAllPeople(t.ctx.db, orgA)).find((p) => p.id === id)?.active).toBe(false);
      const session = await (await member.request("/api/auth/session")).json();
      expect(session.user ?? null).toBeNull();
      expect((await member.request("/api/people")).status).toBe(401);
    });

    it("replaces with PUT (Okta style): omitted attributes are cleared, the employee number stays", async () => {
      const response = await scim(tokens.scimA, `/Users/${id}`, { method: "PUT", json: user("els", { active: true, emails: [{ value: "els.peeters@acme.be", primary: true }] }) });
      expect(response.status).toBe(200);
      const put = await json(response);
      expect(put).toMatchObject({ active: true, name: { givenName: "Given els" }, [ENTERPRISE]: { employeeNumber: "E-1" } });
      expect(put.title).toBeUndefined();
      expect(put[ENTERPRISE].department).toBeUndefined();
    });

    it("deletes: 204, then 404 and gone from lists; the person stays, inactive, for what points to them", async () => {
      expect((await scim(tokens.scimA, `/Users/${id}`, { method: "DELETE" })).status).toBe(204);
      const after = await scim(tokens.scimA, `/Users/${id}`);
      expect(after.status).toBe(404);
      expect(await json(after)).toMatchObject({ schemas: [ERROR], status: "404" });
      expect((await scim(tokens.scimA, `/Users/${id}`, { method: "PATCH", json: { Operations: [{ op: "replace", path: "title", value: "x" }] } })).status).toBe(404);
      const list = await json(await scim(tokens.scimA, `/Users?filter=${encodeURIComponent('externalId eq "ext-els"')}`));
      expect(list.totalResults).toBe(0);
      expect((await listAllPeople(t.ctx.db, orgA)).find((p) => p.id === id)).toMatchObject({ active: false });
    });

    it("brings a deleted person back when the identity provider creates them again", async () => {
      const response = await scim(tokens.scimA, "/Users", { method: "POST", json: user("els", { emails: [{ value: "els.peeters@acme.be", primary: true }] }) });
      expect(response.status).toBe(201);
      expect(await json(response)).toMatchObject({ id, active: true });
    });

    it("creates a password-less account for a new person when SSO is on, and sends nothing", async () => {
      const outboxBefore = (await t.ctx.db.select().from(outbox)).length;
      const created = await json(await scim(tokens.scimA, "/Users", { method: "POST", json: user("nieuw") }));
      const [account] = await t.ctx.db.select().from(users).where(eq(users.email, "nieuw@acme.be"));
      expect(account).toMatchObject({ passwordHash: null, isOperator: false });
      const [membership] = await t.ctx.db.select().from(memberships).where(eq(memberships.userId, account?.id ?? ""));
      expect(membership).toMatchObject({ organisationId: orgA, roles: ["manager"], personId: created.id });
      expect((await t.ctx.db.select().from(outbox)).length).toBe(outboxBefore);
    });
  });

  describe("tenancy", () => {
    it("never shows or changes another organisation's people", async () => {
      const a = await json(await scim(tokens.scimA, "/Users", { method: "POST", json: user("tenant-a") }));
      const seenByB = await json(await scim(tokens.scimB, "/Users"));
      expect(JSON.stringify(seenByB)).not.toContain(a.id);
      expect(JSON.stringify(seenByB)).not.toContain("tenant-a");
      expect((await scim(tokens.scimB, `/Users/${a.id}`)).status).toBe(404);
      for (const method of ["PUT", "PATCH", "DELETE"]) {
        const body = method === "PATCH" ? { Operations: [{ op: "replace", path: "active", value: false }] } : method === "PUT" ? user("tenant-a", { active: false }) : undefined;
        expect((await scim(tokens.scimB, `/Users/${a.id}`, { method, json: body })).status).toBe(404);
      }
      expect(await json(await scim(tokens.scimA, `/Users/${a.id}`))).toMatchObject({ active: true });
      // the same userName is free in another organisation
      expect((await scim(tokens.scimB, "/Users", { method: "POST", json: user("tenant-a") })).status).toBe(201);
    });

    it("refuses a manager from another organisation with 400 invalidValue", async () => {
      const a = await json(await scim(tokens.scimA, "/Users", { method: "POST", json: user("boss-a") }));
      const response = await scim(tokens.scimB, "/Users", { method: "POST", json: user("report-b", { [ENTERPRISE]: { manager: { value: a.id } } }) });
      expect(response.status).toBe(400);
      expect(await json(response)).toMatchObject({ scimType: "invalidValue", status: "400" });
      expect((await json(await scim(tokens.scimB, `/Users?filter=${encodeURIComponent('userName eq "report-b@acme.be"')}`))).totalResults).toBe(0);
    });

    it("sets a manager of the same organisation, by plain id (Entra) and removes it", async () => {
      const boss = await json(await scim(tokens.scimA, "/Users", { method: "POST", json: user("boss-2") }));
      const report = await json(await scim(tokens.scimA, "/Users", { method: "POST", json: user("report-2") }));
      const set = await json(await scim(tokens.scimA, `/Users/${report.id}`, { method: "PATCH", json: { Operations: [{ op: "Replace", path: `${ENTERPRISE}:manager`, value: boss.id }] } }));
      expect(set[ENTERPRISE].manager).toMatchObject({ value: boss.id, displayName: "Given boss-2 Family boss-2" });
      const cycle = await scim(tokens.scimA, `/Users/${boss.id}`, { method: "PATCH", json: { Operations: [{ op: "replace", path: `${ENTERPRISE}:manager`, value: { value: report.id } }] } });
      expect(cycle.status).toBe(400);
      const removed = await json(await scim(tokens.scimA, `/Users/${report.id}`, { method: "PATCH", json: { Operations: [{ op: "Remove", path: `${ENTERPRISE}:manager` }] } }));
      expect(removed[ENTERPRISE].manager).toBeUndefined();
    });
  });

  describe("errors", () => {
    it("answers 409 uniqueness for a userName in another letter case, an email or an externalId already used", async () => {
      await scim(tokens.scimA, "/Users", { method: "POST", json: user("uniq") });
      for (const [body, field] of [
        [user("other", { userName: "UNIQ@acme.be" }), "userName"],
        [user("other2", { emails: [{ value: "uniq@acme.be", primary: true }] }), "emails"],
        [user("other3", { externalId: "ext-uniq" }), "externalId"],
      ] as const) {
        const response = await scim(tokens.scimA, "/Users", { method: "POST", json: body });
        expect(response.status, field).toBe(409);
        expect(await json(response)).toMatchObject({ schemas: [ERROR], status: "409", scimType: "uniqueness" });
      }
      const other = await json(await scim(tokens.scimA, "/Users", { method: "POST", json: user("free") }));
      const clash = await scim(tokens.scimA, `/Users/${other.id}`, { method: "PATCH", json: { Operations: [{ op: "replace", path: "userName", value: "Uniq@Acme.be" }] } });
      expect(clash.status).toBe(409);
    });

    it("answers 400 with the right scimType to bad bodies, filters and paths — never 500", async () => {
      const cases: [string, Promise<Response>, string][] = [
        ["bad JSON", scim(tokens.scimA, "/Users", { method: "POST", body: "{not json" }), "invalidSyntax"],
        ["no userName", scim(tokens.scimA, "/Users", { method: "POST", json: { emails: [{ value: "x@acme.be" }] } }), "invalidValue"],
        ["bad filter", scim(tokens.scimA, `/Users?filter=${encodeURIComponent('userName eq')}`), "invalidFilter"],
        ["unknown filter attribute", scim(tokens.scimA, `/Users?filter=${encodeURIComponent('shoeSize gt 40')}`), "invalidFilter"],
        ["bad count", scim(tokens.scimA, "/Users?count=many"), "invalidValue"],
      ];
      for (const [label, pending, scimType] of cases) {
        const response = await pending;
        expect(response.status, label).toBe(400);
        expect(await json(response), label).toMatchObject({ status: "400", scimType });
      }
      expect((await scim(tokens.scimA, "/Users/not-a-uuid")).status).toBe(404);
      expect((await scim(tokens.scimA, "/Groups")).status).toBe(404);
    });
  });

  describe("lists", () => {
    beforeAll(async () => {
      const rows = Array.from({ length: 250 }, (_, i) => ({
        id: randomUUID(),
        employeeNumber: `P${String(i).padStart(3, "0")}`,
        firstName: i % 2 ? "Odd" : "Even",
        lastName: `Person ${i}`,
        email: `p${i}@${i < 10 ? "ten" : "rest"}.be`,
        jobTitle: i === 7 ? "100% boss" : "",
        department: "",
        managerId: null,
        startDate: null,
        roleStartDate: null,
        language: "nl",
        active: i % 5 !== 0,
      }));
      await t.ctx.db.transaction((tx) => applyPeopleChanges(tx, orgC, rows, [], clock));
      await t.ctx.db.update(people).set({ externalId: "x-7" }).where(and(eq(people.organisationId, orgC), eq(people.employeeNumber, "P007")));
    });

    it("pages with startIndex (1-based) and count over 250 users", async () => {
      const ids = new Set<string>();
      for (const startIndex of [1, 101, 201]) {
        const page = await json(await scim(tokens.scimC, `/Users?startIndex=${startIndex}&count=100`));
        expect(page).toMatchObject({ totalResults: 250, startIndex, itemsPerPage: startIndex === 201 ? 50 : 100 });
        for (const r of page.Resources) ids.add(r.id);
      }
      expect(ids.size).toBe(250);
      expect((await json(await scim(tokens.scimC, "/Users"))).itemsPerPage).toBe(100);
      expect((await json(await scim(tokens.scimC, "/Users?count=1000"))).itemsPerPage).toBe(200);
      expect(await json(await scim(tokens.scimC, "/Users?count=0"))).toMatchObject({ totalResults: 250, itemsPerPage: 0, Resources: [] });
      expect((await json(await scim(tokens.scimC, "/Users?startIndex=0&count=1"))).startIndex).toBe(1);
      expect((await json(await scim(tokens.scimC, "/Users?startIndex=300"))).Resources).toEqual([]);
    });

    it.each<[string, number]>([
      ['userName sw "p1"', 111],
      ['emails.value co "@ten."', 10],
      ['emails[type eq "work"].value ew "@ten.be"', 10],
      ["active eq false", 50],
      ['active eq true and name.givenName eq "odd"', 100],
      ['userName eq "p1@ten.be" or userName eq "p2@ten.be" or externalId eq "x-7"', 3],
      ["externalId pr", 1],
      ['externalId eq "X-7"', 0],
      ['title co "%"', 1],
      ['name.familyName co "_"', 0],
      ['not (userName sw "p") and active eq true', 0],
      [`${ENTERPRISE}:employeeNumber le "P009"`, 10],
      ['userName eq "x\\" or 1=1 or userName eq \\""', 0],
      ['meta.lastModified ge "2000-01-01T00:00:00Z"', 250],
    ])("filters %s -> %i", async (filter, expected) => {
      const response = await scim(tokens.scimC, `/Users?count=0&filter=${encodeURIComponent(filter)}`);
      expect(response.status).toBe(200);
      expect((await json(response)).totalResults).toBe(expected);
    });

    it("tolerates attributes and excludedAttributes", async () => {
      const only = await json(await scim(tokens.scimC, "/Users?count=1&attributes=userName"));
      expect(Object.keys(only.Resources[0]).sort()).toEqual(["id", "meta", "schemas", "userName"]);
      const without = await json(await scim(tokens.scimC, `/Users?count=1&excludedAttributes=emails,${ENTERPRISE}`));
      expect(without.Resources[0].emails).toBeUndefined();
      expect(without.Resources[0][ENTERPRISE]).toBeUndefined();
      expect(without.Resources[0].userName).toBeDefined();
    });
  });

  describe("malformed input", () => {
    const NAUGHTY = ["", " ", "\u0000", "\r\nBcc: x@y.z", "\u2028", "'; drop table people; --", '" OR 1=1 --', "%", "_", "\\", "<script>", "x".repeat(3000), "00000000-0000-0000-0000-000000000000", "\uD800", "True", "False", "null", "[]", "{}"];
    const naughty = fc.constantFrom(...NAUGHTY);
    /** A lone surrogate cannot be percent-encoded: send its raw (invalid) UTF-8 bytes instead. */
    const encode = (text: string) => {
      try {
        return encodeURIComponent(text);
      } catch {
        return "%ED%A0%80";
      }
    };
    const value = fc.oneof(naughty, fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(naughty, { maxLength: 3 }), fc.object({ maxDepth: 2 }));
    const keys = fc.constantFrom("userName", "emails", "name", "active", "externalId", "title", ENTERPRISE, `${ENTERPRISE}:manager`, "preferredLanguage", "Operations", "op", "path", "value", 'emails[type eq "work"].value', "password", "id", "meta");
    const body = fc.oneof(value, fc.dictionary(keys, value), fc.record({ Operations: fc.array(fc.record({ op: fc.oneof(naughty, fc.constantFrom("add", "Replace", "remove")), path: fc.oneof(naughty, keys), value }, { requiredKeys: [] }), { maxLength: 4 }) }));

    it("never answers 5xx to garbage bodies, filters or paging, and a rejected write changes nothing", async () => {
      const target = await json(await scim(tokens.scimA, "/Users", { method: "POST", json: user("fuzz-target") }));
      const failures: string[] = [];
      const snapshot = async () => JSON.stringify((await listAllPeople(t.ctx.db, orgA)).sort((a, b) => a.id.localeCompare(b.id)));
      await fc.assert(
        fc.asyncProperty(fc.constantFrom("POST", "PUT", "PATCH", "GET"), body, fc.string(), naughty, async (method, payload, text, extra) => {
          const before = method === "GET" ? "" : await snapshot();
          const path = method === "POST" ? "/Users" : method === "GET" ? `/Users?filter=${encode(text + extra)}&startIndex=${encode(extra)}&count=${encode(text)}` : `/Users/${target.id}`;
          const response = await scim(tokens.scimA, path, { method, body: method === "GET" ? undefined : JSON.stringify(payload) });
          if (response.status >= 500) failures.push(`${method} ${path} ${JSON.stringify(payload).slice(0, 200)} -> ${response.status}`);
          if (method !== "GET" && response.status >= 400 && (await snapshot()) !== before) failures.push(`${method} rejected with ${response.status} but wrote`);
        }),
        { numRuns: testDatabaseKind === "postgres" ? 150 : 300 },
      );
      expect(failures).toEqual([]);
    }, 300_000);
  });
});
