import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { confirmsPerson } from "./erase-person";
import { appendTombstones, matchesTombstone, personHashes, readTombstones, TombstoneFileError, type TTombstone } from "./tombstones";

const ORG = "6f1d7c58-2f43-4a57-9d1e-7a0b5a3f2c10";
const OTHER_ORG = "0b8e1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d";
const ANN = { id: "3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", employeeNumber: "E004", email: "An.Peeters@Demo.be" };
const tombstone = (organisationId = ORG): TTombstone => ({ v: 1, organisationId, reference: "0f1e2d3c-4b5a-4968-8776-655443322110", ...personHashes(organisationId, ANN), erasedAt: "2026-12-07T22:00:00.000Z" });

describe("erasure tombstones", () => {
  it("hash the person without naming them, per organisation", () => {
    const t = tombstone();
    expect(JSON.stringify(t)).not.toMatch(/E004|peeters|3c1d2e4f/i);
    expect(personHashes(OTHER_ORG, ANN).emailHash).not.toBe(t.emailHash);
  });

  it("match the same person by id, employee number or email (any case), in their organisation only", () => {
    const t = tombstone();
    expect(matchesTombstone(t, ORG, { id: "x", employeeNumber: "E004", email: "new@demo.be" })).toBe(true);
    expect(matchesTombstone(t, ORG, { id: "x", employeeNumber: "E999", email: "an.peeters@demo.be" })).toBe(true);
    expect(matchesTombstone(t, ORG, { id: ANN.id, employeeNumber: "E999", email: "new@demo.be" })).toBe(true);
    expect(matchesTombstone(t, ORG, { id: "x", employeeNumber: "E005", email: "bert@demo.be" })).toBe(false);
    expect(matchesTombstone(t, OTHER_ORG, ANN)).toBe(false);
  });

  it("round-trip through the file; a missing file is empty, a malformed line an error naming it", () => {
    const dir = mkdtempSync(join(tmpdir(), "sterk-tombstones-"));
    const file = join(dir, "sub", "erasure-tombstones.jsonl");
    expect(readTombstones(file)).toEqual([]);
    appendTombstones(file, [tombstone()]);
    appendTombstones(file, [tombstone(OTHER_ORG)]);
    expect(readTombstones(file)).toEqual([tombstone(), tombstone(OTHER_ORG)]);
    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, `${JSON.stringify(tombstone())}\n{"v":1}\n`);
    expect(() => readTombstones(bad)).toThrow(TombstoneFileError);
    expect(() => readTombstones(bad)).toThrow(/line 2/);
  });
});

describe("the erasure's typed confirmation", () => {
  const person = { employeeNumber: "E004", firstName: "Ann", lastName: "Peeters" };
  it("is the employee number or the full name, spaces and case aside", () => {
    expect(confirmsPerson("E004", person)).toBe(true);
    expect(confirmsPerson(" e004 ", person)).toBe(true);
    expect(confirmsPerson("ann   PEETERS", person)).toBe(true);
    expect(confirmsPerson("Ann", person)).toBe(false);
    expect(confirmsPerson("E005", person)).toBe(false);
    expect(confirmsPerson("   ", { ...person, employeeNumber: "" })).toBe(false);
  });
});
