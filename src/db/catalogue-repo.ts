import { and, asc, eq, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { catalogueModules, departmentBudgets, personBudgets, planSettings } from "./schema/index";

/** A stored module row; `module` is the JSON the domain validated (read it back through validateModule). */
export type TCatalogueRow = { id: string; module: unknown; starter: boolean; archived: boolean; updatedAt: Date };

const columns = {
  id: catalogueModules.id,
  module: catalogueModules.module,
  starter: catalogueModules.starter,
  archived: catalogueModules.archived,
  updatedAt: catalogueModules.updatedAt,
};

/** The organisation's modules by id; archived ones only when asked. */
export async function listCatalogueRows(db: TDb, organisationId: string, options: { includeArchived?: boolean } = {}): Promise<TCatalogueRow[]> {
  const where = options.includeArchived
    ? eq(catalogueModules.organisationId, organisationId)
    : and(eq(catalogueModules.organisationId, organisationId), eq(catalogueModules.archived, false));
  return db.select(columns).from(catalogueModules).where(where).orderBy(asc(catalogueModules.id));
}

export async function findCatalogueRow(db: TDb, organisationId: string, id: string): Promise<TCatalogueRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(catalogueModules)
    .where(and(eq(catalogueModules.organisationId, organisationId), eq(catalogueModules.id, id)));
  return row;
}

/** Inserts or replaces modules (by id); `archived` comes back to false for a written module. */
export async function upsertCatalogueModules(db: TDb, organisationId: string, modules: readonly { id: string; module: unknown; starter?: boolean }[]): Promise<void> {
  for (let i = 0; i < modules.length; i += 500) {
    const chunk = modules.slice(i, i + 500);
    await db
      .insert(catalogueModules)
      .values(chunk.map((m) => ({ organisationId, id: m.id, module: m.module, starter: m.starter ?? false })))
      .onConflictDoUpdate({
        target: [catalogueModules.organisationId, catalogueModules.id],
        set: { module: sql`excluded.module`, starter: sql`excluded.starter`, archived: false, updatedAt: sql`now()` },
      });
  }
}

/** Adds the modules whose id the organisation does not have yet; returns how many were added. */
export async function insertMissingCatalogueModules(db: TDb, organisationId: string, modules: readonly { id: string; module: unknown; starter?: boolean }[]): Promise<number> {
  if (modules.length === 0) return 0;
  const rows = await db
    .insert(catalogueModules)
    .values(modules.map((m) => ({ organisationId, id: m.id, module: m.module, starter: m.starter ?? false })))
    .onConflictDoNothing()
    .returning({ id: catalogueModules.id });
  return rows.length;
}

/** Archives (or restores) a module; false when the organisation has no such module. */
export async function setCatalogueModuleArchived(db: TDb, organisationId: string, id: string, archived: boolean): Promise<boolean> {
  const rows = await db
    .update(catalogueModules)
    .set({ archived, updatedAt: sql`now()` })
    .where(and(eq(catalogueModules.organisationId, organisationId), eq(catalogueModules.id, id)))
    .returning({ id: catalogueModules.id });
  return rows.length > 0;
}

export type TPlanSettingsRow = {
  currency: string;
  defaultPersonBudgetCents: number | null;
  maxHoursPerPerson: number | null;
  standardModuleIds: string[];
};

const DEFAULT_SETTINGS: TPlanSettingsRow = { currency: "EUR", defaultPersonBudgetCents: null, maxHoursPerPerson: null, standardModuleIds: [] };

/** The organisation's planning settings (defaults when never saved). */
export async function findPlanSettings(db: TDb, organisationId: string): Promise<TPlanSettingsRow> {
  const [row] = await db.select().from(planSettings).where(eq(planSettings.organisationId, organisationId));
  if (!row) return { ...DEFAULT_SETTINGS };
  const ids = Array.isArray(row.standardModuleIds) ? row.standardModuleIds.filter((id): id is string => typeof id === "string") : [];
  return { currency: row.currency, defaultPersonBudgetCents: row.defaultPersonBudgetCents, maxHoursPerPerson: row.maxHoursPerPerson, standardModuleIds: ids };
}

export async function savePlanSettings(db: TDb, organisationId: string, settings: TPlanSettingsRow): Promise<void> {
  const values = { ...settings, updatedAt: new Date() };
  await db
    .insert(planSettings)
    .values({ organisationId, ...values })
    .onConflictDoUpdate({ target: planSettings.organisationId, set: values });
}

/** Budgets per department and per person (person budgets override the organisation's default). */
export async function listDepartmentBudgets(db: TDb, organisationId: string): Promise<{ department: string; budgetCents: number }[]> {
  return db
    .select({ department: departmentBudgets.department, budgetCents: departmentBudgets.budgetCents })
    .from(departmentBudgets)
    .where(eq(departmentBudgets.organisationId, organisationId))
    .orderBy(asc(departmentBudgets.department));
}

export async function listPersonBudgets(db: TDb, organisationId: string): Promise<{ personId: string; budgetCents: number }[]> {
  return db
    .select({ personId: personBudgets.personId, budgetCents: personBudgets.budgetCents })
    .from(personBudgets)
    .where(eq(personBudgets.organisationId, organisationId));
}

/** Sets (budgetCents) or removes (null) a department's budget. */
export async function setDepartmentBudget(db: TDb, organisationId: string, department: string, budgetCents: number | null): Promise<void> {
  if (budgetCents === null) {
    await db.delete(departmentBudgets).where(and(eq(departmentBudgets.organisationId, organisationId), eq(departmentBudgets.department, department)));
    return;
  }
  await db
    .insert(departmentBudgets)
    .values({ organisationId, department, budgetCents })
    .onConflictDoUpdate({ target: [departmentBudgets.organisationId, departmentBudgets.department], set: { budgetCents, updatedAt: sql`now()` } });
}

/** Sets (budgetCents) or removes (null) a person's own budget; the person must exist in the organisation (foreign key). */
export async function setPersonBudget(db: TDb, organisationId: string, personId: string, budgetCents: number | null): Promise<void> {
  if (budgetCents === null) {
    await db.delete(personBudgets).where(and(eq(personBudgets.organisationId, organisationId), eq(personBudgets.personId, personId)));
    return;
  }
  await db
    .insert(personBudgets)
    .values({ organisationId, personId, budgetCents })
    .onConflictDoUpdate({ target: [personBudgets.organisationId, personBudgets.personId], set: { budgetCents, updatedAt: sql`now()` } });
}
