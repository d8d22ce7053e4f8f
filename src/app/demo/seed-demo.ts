import { randomUUID } from "node:crypto";
import { findUserByEmail, insertUser } from "../../db/auth-repo";
import { findOrganisationBySlug, insertOrganisation, listOrganisations, upsertMembership } from "../../db/organisations-repo";
import { applyPeopleChanges } from "../../db/people-repo";
import type { TOrgRole } from "../../domain/shared/roles";
import { hashPassword } from "../shared/passwords";
import type { TAppContext } from "../shared/context";
import { seedDemoArticle } from "../insights/seed-demo-article";
import { DEMO_PEOPLE, demoEmail } from "./demo-people";
import { seedDemoDiagnosis } from "./seed-demo-diagnosis";
import { seedDemoPlanning } from "./seed-demo-planning";
import { seedDemoEvaluation } from "./seed-demo-evaluation";

export const DEMO_PASSWORD = "sterk-demo-2026";

/** The demo accounts, printed on the console and documented in the README. */
export const DEMO_ACCOUNTS = [
  { email: "operator@sterk.demo", name: "Mentora (operator)", operator: true, roles: [] as TOrgRole[], person: null },
  { email: demoEmail({ firstName: "Sophie", lastName: "Dubois" }), name: "Sophie Dubois", operator: false, roles: ["hr_admin"] as TOrgRole[], person: "E002" },
  { email: demoEmail({ firstName: "An", lastName: "Peeters" }), name: "An Peeters", operator: false, roles: ["manager"] as TOrgRole[], person: "E004" },
  { email: demoEmail({ firstName: "Pieter", lastName: "Janssens" }), name: "Pieter Janssens", operator: false, roles: ["manager"] as TOrgRole[], person: "E003" },
  { email: demoEmail({ firstName: "Hilde", lastName: "Vermeulen" }), name: "Hilde Vermeulen", operator: false, roles: ["executive", "manager"] as TOrgRole[], person: "E001" },
  { email: "mentor.geert@sterk.demo", name: "Geert Van Hoof", operator: false, roles: ["mentor"] as TOrgRole[], person: null },
  { email: "mentor.claire@sterk.demo", name: "Claire Fontaine", operator: false, roles: ["mentor"] as TOrgRole[], person: null },
] as const;

/**
 * Seeds the demo (operator, Brouwerij Demo with its people and accounts) once; a second call
 * finds the organisation and does nothing. Returns whether it seeded.
 */
export async function seedDemo(ctx: Pick<TAppContext, "db" | "now">): Promise<boolean> {
  if (await findOrganisationBySlug(ctx.db, "demo")) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ctx.db.transaction(async (tx) => {
    const org = await insertOrganisation(tx, { slug: "demo", name: "Brouwerij Demo", defaultLocale: "nl" });
    const ids = new Map(DEMO_PEOPLE.map((person) => [person.employeeNumber, randomUUID()]));
    const people = DEMO_PEOPLE.map((person) => ({
      id: ids.get(person.employeeNumber) as string,
      employeeNumber: person.employeeNumber,
      firstName: person.firstName,
      lastName: person.lastName,
      email: demoEmail(person),
      jobTitle: person.jobTitle,
      department: person.department,
      managerId: person.manager ? (ids.get(person.manager) ?? null) : null,
      startDate: person.startDate,
      roleStartDate: person.roleStartDate,
      language: person.language,
      active: true,
    }));
    await applyPeopleChanges(tx, org.id, people, [], ctx.now());
    const userOfPerson = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const existing = await findUserByEmail(tx, account.email);
      const locale = account.person ? DEMO_PEOPLE.find((x) => x.employeeNumber === account.person)?.language : "nl";
      const user =
        existing ??
        (await insertUser(tx, { email: account.email, displayName: account.name, passwordHash, isOperator: account.operator, locale: locale ?? "nl" }));
      if (account.person) userOfPerson.set(account.person, user.id);
      if (account.roles.length > 0) {
        await upsertMembership(tx, {
          organisationId: org.id,
          userId: user.id,
          roles: [...account.roles],
          personId: account.person ? (ids.get(account.person) ?? null) : null,
        });
      }
    }
    await seedDemoDiagnosis({ ...ctx, db: tx }, org.id);
    await seedDemoPlanning({ ...ctx, db: tx }, org.id, (employeeNumber) => userOfPerson.get(employeeNumber) ?? null);
    await seedDemoEvaluation({ ...ctx, db: tx }, org.id);
  });
  return true;
}

/** Seeds the demo only into an empty database (the first start), so a deleted demo stays deleted. */
export async function seedDemoOnFirstStart(ctx: Pick<TAppContext, "db" | "now">): Promise<boolean> {
  if ((await listOrganisations(ctx.db)).length > 0) return false;
  const seeded = await seedDemo(ctx);
  if (seeded) await seedDemoArticle(ctx);
  return seeded;
}
