import { describe, expect, it } from "vitest";
import { seededRandom } from "../shared/random";
import { shuffled } from "./comments";

describe("seededRandom", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("stays in [0, 1) and spreads over it", () => {
    const random = seededRandom(1);
    const draws = Array.from({ length: 10_000 }, random);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    const buckets = [0, 0, 0, 0];
    for (const x of draws) buckets[Math.floor(x * 4)]! += 1;
    for (const count of buckets) expect(count).toBeGreaterThan(2_300);
  });
});

describe("shuffled", () => {
  it("returns a permutation and leaves the input alone", () => {
    const input = ["a", "b", "c", "d", "e"];
    const output = shuffled(input, seededRandom(9));
    expect([...output].sort()).toEqual(input);
    expect(input).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("reaches every order of three items", () => {
    const random = seededRandom(5);
    const seen = new Set(Array.from({ length: 200 }, () => shuffled(["a", "b", "c"], random).join("")));
    expect(seen.size).toBe(6);
  });

  it("copes with a random source that returns 1", () => {
    expect(shuffled(["a", "b"], () => 1).sort()).toEqual(["a", "b"]);
  });
});
