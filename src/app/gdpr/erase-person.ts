import { randomUUID } from "node:crypto";
import type { TPersonErasure } from "../../contracts/person-data";
import { erasePersonRows, findErasure, findPersonRecord, insertErasure, mentorsOthers } from "../../db/person-data-repo";
import { DomainError, invalid, notFound } from "../../domain/shared/errors";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { mustManagePersonData } from "./export-person-data";
import { appendTombstones, personHashes, tombstoneFileOf, type TTombstone } from "./tombstones";

export type TErasedVia = "api" | "cli" | "restore";

const normal = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

/** Whether `typed` is the person's employee number or full name (spaces and case aside). */
export function confirmsPerson(typed: string, person: { employeeNumber: string; firstName: string; lastName: string }): boolean {
  const t = normal(typed);
  return t !== "" && (t === normal(person.employeeNumber) || t === normal(`${person.firstName} ${person.lastName}`));
}

/**
 * Erases a person of the organisation in one transaction (decision 0021) and logs it without the erased data: who,
 * when, an opaque reference and the tombstone hashes. Erasing an erased person again answers the first erasure.
 * Refused (409) while the person's account mentors someone else's engagement: reassign those first.
 */
export async function erasePerson(
  ctx: Pick<TAppContext, "db" | "now" | "config" | "log">,
  actor: TActor,
  personId: string,
  input: { confirmation: string; via: TErasedVia },
): Promise<TPersonErasure> {
  mustManagePersonData(actor);
  const organisationId = actor.organisationId;
  const result = await ctx.db.transaction(async (tx) => {
    const person = await findPersonRecord(tx, organisationId, personId);
    if (!person) {
      const earlier = await findErasure(tx, organisationId, personHashes(organisationId, { id: personId, employeeNumber: "", email: "" }).personHash);
      if (!earlier) throw notFound("person");
      return { erasure: { reference: earlier.id, erasedAt: earlier.erasedAt.toISOString(), alreadyErased: true }, tombstone: null };
    }
    if (!confirmsPerson(input.confirmation, person)) throw invalid("confirmation", "type the person's employee number or full name to confirm the erasure");
    return eraseFound(tx, organisationId, person, { via: input.via, byUserId: input.via === "api" ? actor.userId : null, now: ctx.now() });
  });
  if (result.tombstone) keepTombstoneFile(ctx, [result.tombstone]);
  return result.erasure;
}

type TFoundPerson = NonNullable<Awaited<ReturnType<typeof findPersonRecord>>>;

/** Erases a found person inside the caller's transaction and logs it; the tombstone for the file. */
export async function eraseFound(
  tx: TAppContext["db"],
  organisationId: string,
  person: TFoundPerson,
  by: { via: TErasedVia; byUserId: string | null; now: Date; reference?: string },
): Promise<{ erasure: TPersonErasure; tombstone: TTombstone }> {
  const account = await tx.query.memberships.findFirst({ where: (m, { and, eq }) => and(eq(m.organisationId, organisationId), eq(m.personId, person.id)) });
  if (account && (await mentorsOthers(tx, organisationId, account.userId, person.id))) {
    throw new DomainError("CONFLICT", "this person mentors other people's engagements: hand those to another mentor before erasing the person");
  }
  const hashes = personHashes(organisationId, person);
  const reference = by.reference ?? randomUUID();
  await erasePersonRows(tx, organisationId, person);
  await insertErasure(tx, { organisationId, id: reference, ...hashes, erasedByUserId: by.byUserId, erasedVia: by.via, erasedAt: by.now });
  return {
    erasure: { reference, erasedAt: by.now.toISOString(), alreadyErased: false },
    tombstone: { v: 1, organisationId, reference, ...hashes, erasedAt: by.now.toISOString() },
  };
}

/** Appends to DATA_DIR's tombstone file; a failure is logged (the database keeps the tombstone, `sterk person tombstones` prints it). */
export function keepTombstoneFile(ctx: Pick<TAppContext, "config" | "log">, tombstones: TTombstone[]) {
  try {
    appendTombstones(tombstoneFileOf(ctx.config.DATA_DIR), tombstones);
  } catch (error) {
    ctx.log.error({ err: error }, "the erasure tombstone could not be written to DATA_DIR: keep the output of `sterk person tombstones` with your backups");
  }
}
