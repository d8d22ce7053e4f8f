// Tombstones of erased people (decision 0021): opaque SHA-256 hashes of the organisation id with the person's id,
// employee number and lower-case email. Kept in the database (person_erasures) and appended to a file outside it
// (DATA_DIR/erasure-tombstones.jsonl) so that `sterk restore` of an older backup erases the person again.
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";

const hash = (organisationId: string, kind: string, value: string) => createHash("sha256").update(`sterk-person-erasure:v1:${organisationId}:${kind}:${value}`).digest("hex");

/** The three hashes that identify a person of an organisation without naming them. */
export function personHashes(organisationId: string, person: { id: string; employeeNumber: string; email: string }) {
  return {
    personHash: hash(organisationId, "id", person.id),
    employeeNumberHash: hash(organisationId, "employee-number", person.employeeNumber.trim()),
    emailHash: hash(organisationId, "email", person.email.trim().toLowerCase()),
  };
}

export const ZTombstone = z.object({
  v: z.literal(1),
  organisationId: z.uuid(),
  reference: z.uuid(),
  personHash: z.string().regex(/^[0-9a-f]{64}$/),
  employeeNumberHash: z.string().regex(/^[0-9a-f]{64}$/),
  emailHash: z.string().regex(/^[0-9a-f]{64}$/),
  erasedAt: z.string(),
});
export type TTombstone = z.infer<typeof ZTombstone>;

/** Whether a person matches a tombstone of their organisation (by id, employee number or email). */
export function matchesTombstone(tombstone: TTombstone, organisationId: string, person: { id: string; employeeNumber: string; email: string }): boolean {
  if (tombstone.organisationId !== organisationId) return false;
  const h = personHashes(organisationId, person);
  return h.personHash === tombstone.personHash || h.employeeNumberHash === tombstone.employeeNumberHash || h.emailHash === tombstone.emailHash;
}

/** The tombstone file of a data directory. */
export const tombstoneFileOf = (dataDir: string) => join(dataDir, "erasure-tombstones.jsonl");

/** Appends tombstones to `file` (one JSON object per line; created readable by the owner only, its folder too if missing). */
export function appendTombstones(file: string, tombstones: TTombstone[]): void {
  if (tombstones.length === 0) return;
  // with PostgreSQL, DATA_DIR may not exist yet
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  appendFileSync(file, tombstones.map((t) => JSON.stringify(t)).join("\n") + "\n", { mode: 0o600 });
}

export class TombstoneFileError extends Error {}

/** Reads a tombstone file; a missing file is an empty list, a malformed line an error naming the line. */
export function readTombstones(file: string): TTombstone[] {
  if (!existsSync(file)) return [];
  const out: TTombstone[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, index) => {
      if (line.trim() === "") return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new TombstoneFileError(`${file} line ${index + 1} is not JSON`);
      }
      const result = ZTombstone.safeParse(parsed);
      if (!result.success) throw new TombstoneFileError(`${file} line ${index + 1} is not a tombstone`);
      out.push(result.data);
    });
  return out;
}
