import { describe, expect, it } from "vitest";
import { canonicalMailbox, sameMailbox } from "./email-alias";

describe("canonicalMailbox", () => {
  it.each([
    ["an.peeters@brouwerij-demo.be", "an.peeters@brouwerij-demo.be"],
    ["An.Peeters@Brouwerij-Demo.BE", "an.peeters@brouwerij-demo.be"],
    ["an.peeters+dr1@brouwerij-demo.be", "an.peeters@brouwerij-demo.be"],
    ["an.peeters+dr1+x@brouwerij-demo.be", "an.peeters@brouwerij-demo.be"],
    ["  an.peeters@brouwerij-demo.be. ", "an.peeters@brouwerij-demo.be"],
    ["A.N.Peeters+x@gmail.com", "anpeeters@gmail.com"],
    ["an.peeters@googlemail.com", "anpeeters@gmail.com"],
    ['"an.peeters"@brouwerij-demo.be', "an.peeters@brouwerij-demo.be"],
    ["+only@example.com", "+only@example.com"],
    ["no-at-sign", "no-at-sign"],
  ])("%s → %s", (address, expected) => {
    expect(canonicalMailbox(address)).toBe(expected);
  });

  it("keeps dots where the domain does not ignore them", () => {
    expect(sameMailbox("an.peeters@brouwerij-demo.be", "anpeeters@brouwerij-demo.be")).toBe(false);
    expect(sameMailbox("an.peeters@gmail.com", "anpeeters@googlemail.com")).toBe(true);
  });

  it("keeps different people apart", () => {
    expect(sameMailbox("an@x.test", "ann@x.test")).toBe(false);
    expect(sameMailbox("an@x.test", "an@y.test")).toBe(false);
    expect(sameMailbox("an-dr1@x.test", "an@x.test")).toBe(false);
  });
});
