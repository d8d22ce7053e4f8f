import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayPublishSnapshot, peopleChanged } from "./stepped-aggregate";

const STEP = 5;
const fingerprints = (data: ReadonlyMap<string, number>) => [...data.entries()].map(([person, value]) => `${person}:${value}`);
const differing = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  [...new Set([...a.keys(), ...b.keys()])].filter((person) => a.get(person) !== b.get(person)).length;

describe("peopleChanged and mayPublishSnapshot", () => {
  it("counts a changed person once, an added or removed one once", () => {
    expect(peopleChanged(["a:1", "b:1"], ["a:2", "b:1"])).toBe(1);
    expect(peopleChanged(["a:1"], ["a:1", "b:1", "c:1"])).toBe(2);
    expect(peopleChanged(["a:1", "b:1", "c:1"], [])).toBe(3);
    expect(mayPublishSnapshot(0, STEP)).toBe(true);
    expect(mayPublishSnapshot(4, STEP)).toBe(false);
    expect(mayPublishSnapshot(5, STEP)).toBe(true);
    expect(() => mayPublishSnapshot(1, 0)).toThrow(/step/);
  });
});

describe("differencing a recomputed evaluation (property, TESTING.md item 19)", () => {
  it("two published snapshots differ by no person's data or by ≥ k people's, whatever happens between readings", () => {
    const event = fc.oneof(
      fc.record({ kind: fc.constant("answer" as const), person: fc.nat(15), value: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ kind: fc.constant("leave" as const), person: fc.nat(15) }),
      fc.record({ kind: fc.constant("read" as const) }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 80 }), (events) => {
        const data = new Map<string, number>();
        let published: Map<string, number> | null = null;
        for (const e of events) {
          if (e.kind === "answer") data.set(`p${e.person}`, e.value);
          else if (e.kind === "leave") data.delete(`p${e.person}`);
          else if (published === null || mayPublishSnapshot(peopleChanged(fingerprints(published), fingerprints(data)), STEP)) {
            const changed = published === null ? null : differing(published, data);
            if (changed !== null) expect(changed === 0 || changed >= STEP).toBe(true);
            published = new Map(data);
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
