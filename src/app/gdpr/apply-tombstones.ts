import { findOrganisationById } from "../../db/organisations-repo";
import { findPersonRecord, insertErasure, listErasures, listPersonKeys } from "../../db/person-data-repo";
import { DomainError } from "../../domain/shared/errors";
import type { TAppContext } from "../shared/context";
import { eraseFound } from "./erase-person";
import { matchesTombstone, type TTombstone } from "./tombstones";

export type TTombstoneReport = { tombstones: number; erased: number; refused: { reference: string; reason: string }[] };

/** The database's own tombstones (person_erasures) in the file's shape. */
export async function listStoredTombstones(ctx: Pick<TAppContext, "db">): Promise<TTombstone[]> {
  return (await listErasures(ctx.db)).map((e) => ({
    v: 1 as const,
    organisationId: e.organisationId,
    reference: e.id,
    personHash: e.personHash,
    employeeNumberHash: e.employeeNumberHash,
    emailHash: e.emailHash,
    erasedAt: e.erasedAt.toISOString(),
  }));
}

/**
 * Re-applies tombstones (after a restore of an older backup): every person matching one (by id, employee number or
 * email) is erased again, each in its own transaction, and every tombstone of an organisation that exists is stored
 * in person_erasures. Returns how many were erased and which could not be (a mentor of others' engagements).
 */
export async function applyTombstones(ctx: Pick<TAppContext, "db" | "now">, tombstones: TTombstone[]): Promise<TTombstoneReport> {
  const report: TTombstoneReport = { tombstones: tombstones.length, erased: 0, refused: [] };
  const byOrganisation = new Map<string, TTombstone[]>();
  for (const t of tombstones) byOrganisation.set(t.organisationId, [...(byOrganisation.get(t.organisationId) ?? []), t]);
  for (const [organisationId, list] of byOrganisation) {
    if (!(await findOrganisationById(ctx.db, organisationId))) continue;
    const everyone = await listPersonKeys(ctx.db, organisationId);
    for (const tombstone of list) {
      for (const key of everyone.filter((p) => matchesTombstone(tombstone, organisationId, p))) {
        try {
          await ctx.db.transaction(async (tx) => {
            const person = await findPersonRecord(tx, organisationId, key.id);
            // logged under the original erasure (reference and time) so the tombstone list stays the same
            if (person) await eraseFound(tx, organisationId, person, { via: "restore", byUserId: null, now: new Date(tombstone.erasedAt), reference: tombstone.reference });
          });
          report.erased += 1;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          report.refused.push({ reference: tombstone.reference, reason: error.message });
        }
      }
      const { personHash, employeeNumberHash, emailHash } = tombstone;
      await insertErasure(ctx.db, { organisationId, id: tombstone.reference, personHash, employeeNumberHash, emailHash, erasedByUserId: null, erasedVia: "restore", erasedAt: new Date(tombstone.erasedAt) });
    }
  }
  return report;
}
