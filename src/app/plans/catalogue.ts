// The organisation's development catalogue: read (any member: managers browse it), write, archive, the starter
// modules, and CSV/XLSX import and export (HR admins and the operator).
import type { TCatalogueImportReport, TCatalogueModule, TCatalogueOptions } from "../../contracts/catalogue";
import {
  findCatalogueRow,
  findPlanSettings,
  listCatalogueRows,
  setCatalogueModuleArchived,
  upsertCatalogueModules,
  type TCatalogueRow,
} from "../../db/catalogue-repo";
import { MANAGER_CHALLENGES, SITUATION_NAMES, SITUATIONS, TALENTS, findChallenge } from "../../domain/assessment/index";
import { MODULE_FORMATS, STARTER_CATALOGUE, validateModule, type TDevelopmentModule } from "../../domain/plans/index";
import { DomainError, invalid, notFound } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";
import { authorise, can } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import { readTableFile } from "../people/read-table-file";
import type { TAppContext } from "../shared/context";
import { MODULE_ID_SHAPE, parseCatalogueTable, refuseNul, writeCatalogueCsv, writeCatalogueXlsx } from "./catalogue-file";
import { addStarterCatalogue } from "./planning-data";

/** Only HR admins (and the operator) change the catalogue and the planning settings. */
export function mustAdministerPlanning(actor: TActor) {
  authorise(actor, "catalogue.manage");
}

function mustRead(actor: TActor) {
  authorise(actor, "catalogue.read");
}

const TALENT_NAMES = new Map(TALENTS.map((t) => [t.id, t.name]));

/** A module for the reader: every language, plus the reader's own, and names for challenges and talents. */
export function presentModule(m: TDevelopmentModule, flags: { starter: boolean; archived: boolean }, locale: TLocale): TCatalogueModule {
  return {
    id: m.id,
    title: { ...m.title },
    description: { ...m.description },
    display: { title: m.title[locale], description: m.description[locale] },
    format: m.format,
    hours: m.hours,
    costCents: m.cost.cents,
    currency: m.cost.currency,
    seatsPerPeriod: m.seatsPerPeriod,
    languages: [...m.languages],
    provider: m.provider,
    challenges: m.challenges.map((c) => ({ challengeId: c.challengeId, weight: c.weight, name: findChallenge(c.challengeId)?.wording[locale] ?? c.challengeId })),
    buildsOn: m.buildsOn.map((talentId) => ({ talentId, name: TALENT_NAMES.get(talentId)?.[locale] ?? talentId })),
    situations: [...m.situations],
    starter: flags.starter,
    archived: flags.archived,
  };
}

/** A stored row as a domain module; a row that no longer validates (hand-edited) is left out. */
function moduleOf(ctx: Pick<TAppContext, "log">, organisationId: string, row: TCatalogueRow): TDevelopmentModule | null {
  try {
    return validateModule(row.module);
  } catch (error) {
    ctx.log.warn({ err: error, organisationId, moduleId: row.id }, "catalogue module no longer validates; left out");
    return null;
  }
}

async function organisationCurrency(ctx: Pick<TAppContext, "db">, organisationId: string): Promise<string> {
  return (await findPlanSettings(ctx.db, organisationId)).currency;
}

/** Ids that name routes under /api/catalogue: a module cannot take them. */
export const RESERVED_MODULE_IDS: ReadonlySet<string> = new Set(["export", "import", "options", "starter"]);

function checkCurrency(module: TDevelopmentModule, currency: string) {
  if (module.cost.currency !== currency) {
    throw invalid("cost.currency", `cost.currency must be the organisation's currency ${currency}`);
  }
}

/** The catalogue sorted by id; archived modules only for HR when asked. */
export async function listCatalogue(
  ctx: Pick<TAppContext, "db" | "log">,
  actor: TActor,
  options: { includeArchived?: boolean; locale: TLocale },
): Promise<{ items: TCatalogueModule[] }> {
  mustRead(actor);
  const includeArchived = Boolean(options.includeArchived) && can(actor, "catalogue.archived.read");
  const rows = await listCatalogueRows(ctx.db, actor.organisationId, { includeArchived });
  return {
    items: rows.flatMap((row) => {
      const m = moduleOf(ctx, actor.organisationId, row);
      return m ? [presentModule(m, row, options.locale)] : [];
    }),
  };
}

/** One module; an archived one only for HR; another organisation's id is "not found". */
export async function getCatalogueModule(ctx: Pick<TAppContext, "db" | "log">, actor: TActor, id: string, locale: TLocale): Promise<TCatalogueModule> {
  mustRead(actor);
  if (!MODULE_ID_SHAPE.test(id)) throw notFound("module");
  const row = await findCatalogueRow(ctx.db, actor.organisationId, id);
  const m = row ? moduleOf(ctx, actor.organisationId, row) : null;
  if (!row || !m || (row.archived && !can(actor, "catalogue.archived.read"))) throw notFound("module");
  return presentModule(m, row, locale);
}

/** Adds a module; the id must be new (409 on id). */
export async function createCatalogueModule(ctx: Pick<TAppContext, "db" | "log">, actor: TActor, input: unknown, locale: TLocale): Promise<TCatalogueModule> {
  mustAdministerPlanning(actor);
  const m = refuseNul(validateModule(input));
  if (RESERVED_MODULE_IDS.has(m.id)) throw invalid("id", `${m.id} is a reserved word; choose another id`);
  checkCurrency(m, await organisationCurrency(ctx, actor.organisationId));
  return ctx.db.transaction(async (tx) => {
    if (await findCatalogueRow(tx, actor.organisationId, m.id)) throw new DomainError("CONFLICT", `a module with id ${m.id} exists`, "id");
    await upsertCatalogueModules(tx, actor.organisationId, [{ id: m.id, module: m, starter: false }]);
    return presentModule(m, { starter: false, archived: false }, locale);
  });
}

/** Replaces a module (the path names it; a different id in the body is refused). Restores an archived one. */
export async function replaceCatalogueModule(
  ctx: Pick<TAppContext, "db" | "log">,
  actor: TActor,
  id: string,
  input: Record<string, unknown>,
  locale: TLocale,
): Promise<TCatalogueModule> {
  mustAdministerPlanning(actor);
  if (!MODULE_ID_SHAPE.test(id)) throw notFound("module");
  const existing = await findCatalogueRow(ctx.db, actor.organisationId, id);
  if (!existing) throw notFound("module");
  if (input.id !== undefined && input.id !== id) throw invalid("id", "the id in the body differs from the module's id");
  const m = refuseNul(validateModule({ ...input, id }));
  checkCurrency(m, await organisationCurrency(ctx, actor.organisationId));
  await upsertCatalogueModules(ctx.db, actor.organisationId, [{ id, module: m, starter: existing.starter }]);
  return presentModule(m, { starter: existing.starter, archived: false }, locale);
}

/** Archives or restores a module: archived modules stay in the plans that hold them but are offered to nobody. */
export async function setModuleArchived(ctx: Pick<TAppContext, "db" | "log">, actor: TActor, id: string, archived: boolean, locale: TLocale): Promise<TCatalogueModule> {
  mustAdministerPlanning(actor);
  if (!MODULE_ID_SHAPE.test(id)) throw notFound("module");
  if (!(await setCatalogueModuleArchived(ctx.db, actor.organisationId, id, archived))) throw notFound("module");
  return getCatalogueModule(ctx, actor, id, locale);
}

/** Copies the starter modules the organisation lacks (priced in EUR: refused for a catalogue in another currency). */
export async function addStarterModules(ctx: Pick<TAppContext, "db">, actor: TActor): Promise<{ added: number }> {
  mustAdministerPlanning(actor);
  const currency = await organisationCurrency(ctx, actor.organisationId);
  const starterCurrency = STARTER_CATALOGUE[0]?.cost.currency ?? "EUR";
  if (currency !== starterCurrency) {
    throw new DomainError("CONFLICT", `the starter modules are priced in ${starterCurrency}; the organisation's catalogue is in ${currency}`, "currency");
  }
  return { added: await addStarterCatalogue(ctx, actor.organisationId) };
}

/** What the module form chooses from, named in the reader's language. */
export async function catalogueOptions(ctx: Pick<TAppContext, "db">, actor: TActor, locale: TLocale): Promise<TCatalogueOptions> {
  mustRead(actor);
  return {
    formats: [...MODULE_FORMATS],
    challenges: MANAGER_CHALLENGES.map((c) => ({ id: c.id, name: c.wording[locale], situation: c.situation })),
    talents: TALENTS.map((t) => ({ id: t.id, name: t.name[locale] })).sort((a, b) => a.name.localeCompare(b.name, locale)),
    situations: SITUATIONS.map((s) => ({ id: s, name: SITUATION_NAMES[s][locale] })),
    currency: await organisationCurrency(ctx, actor.organisationId),
  };
}

/** The catalogue (without archived modules) as a CSV or XLSX file that re-imports unchanged. */
export async function exportCatalogue(ctx: Pick<TAppContext, "db" | "log">, actor: TActor, format: "csv" | "xlsx") {
  mustAdministerPlanning(actor);
  const rows = await listCatalogueRows(ctx.db, actor.organisationId);
  const modules = rows.flatMap((row) => moduleOf(ctx, actor.organisationId, row) ?? []);
  if (format === "csv") {
    return { body: new TextEncoder().encode(writeCatalogueCsv(modules)), contentType: "text/csv; charset=utf-8", extension: "csv" };
  }
  return { body: await writeCatalogueXlsx(modules), contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Checks a catalogue file (preview) or also writes it (commit): upsert by id in one transaction. Any refused row
 * stops the whole import: nothing is written and `committed` is false.
 */
export async function importCatalogue(
  ctx: Pick<TAppContext, "db" | "log">,
  actor: TActor,
  input: { bytes: Uint8Array; fileName: string; commit: boolean },
): Promise<TCatalogueImportReport> {
  mustAdministerPlanning(actor);
  const table = await readTableFile(input.bytes, input.fileName);
  const run = async (db: TAppContext["db"]) => {
    const parsed = parseCatalogueTable(table, await organisationCurrency({ db }, actor.organisationId), RESERVED_MODULE_IDS);
    const existing = new Map((await listCatalogueRows(db, actor.organisationId, { includeArchived: true })).map((row) => [row.id, row]));
    let created = 0;
    let unchanged = 0;
    const writes: { id: string; module: TDevelopmentModule; starter: boolean }[] = [];
    for (const { module } of parsed.modules) {
      const row = existing.get(module.id);
      if (!row) created += 1;
      else if (!row.archived && same(moduleOf(ctx, actor.organisationId, row), module)) {
        unchanged += 1;
        continue;
      }
      writes.push({ id: module.id, module, starter: row?.starter ?? false });
    }
    const report: TCatalogueImportReport = {
      rows: parsed.rows,
      created,
      updated: writes.length - created,
      unchanged,
      errors: parsed.errors,
      committed: false,
    };
    if (input.commit && parsed.errors.length === 0) {
      await upsertCatalogueModules(db, actor.organisationId, writes);
      report.committed = true;
    }
    return report;
  };
  if (!input.commit) return run(ctx.db);
  return ctx.db.transaction(async (tx) => run(tx));
}
