import { randomUUID } from "node:crypto";
import type { TColumnMapping, TImportReport } from "../../contracts/people";
import { findOrganisationById } from "../../db/organisations-repo";
import { applyPeopleChanges, listAllPeople } from "../../db/people-repo";
import { planPeopleImport } from "../../domain/people/index";
import { notFound } from "../../domain/shared/errors";
import { isLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { mustAdminister } from "./manage-people";
import { readTableFile } from "./read-table-file";

/** Column problems (missing or duplicated columns) stop the whole import: no row can be trusted. */
function isBlocked(plan: { missingFields: readonly string[]; errors: readonly { code: string }[] }) {
  return plan.missingFields.length > 0 || plan.errors.some((e) => e.code === "MISSING_COLUMN" || e.code === "DUPLICATE_COLUMN");
}

export type TImportPhase = "reading" | "validating" | "writing" | "done";

export type TImportInput = {
  bytes: Uint8Array;
  fileName: string;
  mapping?: TColumnMapping;
  commit: boolean;
  onPhase?: (phase: TImportPhase) => void;
};

/**
 * Reads an HR file and plans the changes (preview), or also writes every valid row in one
 * transaction (commit). Rejected rows are reported by line and field and never written.
 */
export async function importPeople(ctx: Pick<TAppContext, "db" | "now">, actor: TActor, input: TImportInput): Promise<TImportReport> {
  mustAdminister(actor);
  const organisation = await findOrganisationById(ctx.db, actor.organisationId);
  if (!organisation) throw notFound("organisation");
  input.onPhase?.("reading");
  const table = await readTableFile(input.bytes, input.fileName);
  input.onPhase?.("validating");
  const plan = (existing: Awaited<ReturnType<typeof listAllPeople>>) =>
    planPeopleImport({
      headers: table.headers,
      rows: table.rows,
      mapping: input.mapping,
      existing,
      defaultLanguage: isLocale(organisation.defaultLocale) ? organisation.defaultLocale : "nl",
      newId: randomUUID,
      headerLine: table.headerLine,
    });
  const report = (p: ReturnType<typeof plan>, committed: boolean): TImportReport => ({
    headers: table.headers,
    mapping: p.mapping,
    missingFields: p.missingFields,
    rows: p.rowCount,
    created: p.creates.length,
    updated: p.updates.length,
    unchanged: p.unchangedCount,
    rejected: p.rejectedCount,
    errors: p.errors,
    warnings: p.warnings,
    committed,
  });
  if (!input.commit) {
    const preview = plan(await listAllPeople(ctx.db, actor.organisationId));
    input.onPhase?.("done");
    return report(preview, false);
  }
  // Plan inside the transaction so the existing people cannot change between planning and writing.
  const result = await ctx.db.transaction(async (tx) => {
    const planned = plan(await listAllPeople(tx, actor.organisationId));
    if (isBlocked(planned)) return report(planned, false);
    input.onPhase?.("writing");
    await applyPeopleChanges(tx, actor.organisationId, planned.creates, planned.updates, ctx.now());
    return report(planned, true);
  });
  input.onPhase?.("done");
  return result;
}
