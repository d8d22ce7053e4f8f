import { describe, expect, it } from "vitest";
import { CHALLENGE_FIRST_PERSON, challengeInFirstPerson } from "./challenge-first-person";
import { MANAGER_CHALLENGES } from "./manager-challenges";

describe("challenges in the first person", () => {
  it("covers every one of the 29 challenges and nothing else", () => {
    expect(Object.keys(CHALLENGE_FIRST_PERSON).sort()).toEqual(MANAGER_CHALLENGES.map((c) => c.id).sort());
  });

  it.each(MANAGER_CHALLENGES.map((c) => c.id))("%s starts with I / Ik / Je (J')", (id) => {
    expect(challengeInFirstPerson(id, "en")).toMatch(/^I /);
    expect(challengeInFirstPerson(id, "nl")).toMatch(/^Ik /);
    expect(challengeInFirstPerson(id, "fr")).toMatch(/^(Je |J')/);
  });

  it("reads as the issue asks: 'I find it hard to set priorities'", () => {
    expect(challengeInFirstPerson("setting-priorities", "en")).toBe("I find it hard to set priorities");
    expect(challengeInFirstPerson("unknown", "en")).toBeUndefined();
  });
});
