import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { aggregate } from "./aggregate";
import type { TRaterGroup, TRaterResponse } from "./types";

describe("aggregate rejects input the rules cannot apply to", () => {
  it.each<[string, TRaterResponse[], string]>([
    [
      "the same rater twice",
      [
        { raterId: "x", group: "peer", answers: {} },
        { raterId: "x", group: "other", answers: {} },
      ],
      "responses[1].raterId",
    ],
    ["an empty rater id", [{ raterId: "", group: "peer", answers: {} }], "responses[0].raterId"],
    ["an unknown group", [{ raterId: "x", group: "boss" as TRaterGroup, answers: {} }], "responses[0].group"],
    [
      "two self-assessments",
      [
        { raterId: "a", group: "self", answers: {} },
        { raterId: "b", group: "self", answers: {} },
      ],
      "responses[1].group",
    ],
    ["an unknown item", [{ raterId: "x", group: "peer", answers: { q9: 3 } }], "responses[0].answers.q9"],
    [
      "a rating that is not a number",
      [{ raterId: "x", group: "peer", answers: { q1: Number.NaN } }],
      "responses[0].answers.q1",
    ],
    [
      "a comment on an unknown item",
      [{ raterId: "x", group: "peer", answers: {}, comments: [{ itemId: "q9", text: "hi" }] }],
      "responses[0].comments[0].itemId",
    ],
  ])("rejects %s", (_name, responses, field) => {
    const call = () => aggregate(responses, undefined, { itemIds: ["q1", "q2"], shuffleSeed: 1 });
    expect(call).toThrow(DomainError);
    expect(call).toThrow(expect.objectContaining({ code: "VALIDATION", field }));
  });

  it("rejects an item list with a duplicate", () => {
    expect(() => aggregate([], undefined, { itemIds: ["q1", "q1"], shuffleSeed: 1 })).toThrow(
      expect.objectContaining({ field: "itemIds[1]" }),
    );
  });
});
