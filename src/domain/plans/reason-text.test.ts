import { describe, expect, it } from "vitest";
import { reasonText } from "./reason-text";
import type { TReason } from "./recommend";

const onTalent: TReason = { kind: "builds-on-talent", challengeId: "setting-priorities", talentId: "careful-decision-maker" };
const onChallenge: TReason = { kind: "addresses-challenge", challengeId: "afraid-of-conflict" };

describe("reasonText", () => {
  it.each([
    [onTalent, "en", "builds on your talent “Careful decision-maker” to tackle the challenge “find it hard to set priorities”"],
    [onTalent, "nl", "bouwt op uw talent ‘Zorgvuldige beslisser’ om de uitdaging ‘stellen moeilijk prioriteiten’ aan te pakken"],
    [onTalent, "fr", "s'appuie sur votre talent « Décision réfléchie » pour relever le défi « ont du mal à fixer des priorités »"],
    [onChallenge, "en", "tackles the challenge “are afraid of conflict situations”, which your scan shows applies to you"],
    [onChallenge, "nl", "pakt de uitdaging ‘zijn bang voor conflictsituaties’ aan, wat volgens uw scan op u van toepassing is"],
    [onChallenge, "fr", "aborde le défi « craignent les situations de conflit », qui vous concerne d'après votre scan"],
  ] as const)("%o in %s", (reason, locale, text) => {
    expect(reasonText(reason, locale)).toBe(text);
  });

  it.each([
    [onTalent, "en", "builds on An's talent “Careful decision-maker” to tackle the challenge “find it hard to set priorities”"],
    [onTalent, "nl", "bouwt op het talent ‘Zorgvuldige beslisser’ van An om de uitdaging ‘stellen moeilijk prioriteiten’ aan te pakken"],
    [onTalent, "fr", "s'appuie sur son talent « Décision réfléchie » pour relever le défi « ont du mal à fixer des priorités »"],
    [onChallenge, "en", "tackles the challenge “are afraid of conflict situations”, which An's scan shows applies"],
    [onChallenge, "nl", "pakt de uitdaging ‘zijn bang voor conflictsituaties’ aan, wat volgens de scan van An van toepassing is"],
    [onChallenge, "fr", "aborde le défi « craignent les situations de conflit », qui concerne An d'après son scan"],
  ] as const)("about An: %o in %s", (reason, locale, text) => {
    expect(reasonText(reason, locale, "An")).toBe(text);
  });

  it("falls back to the ids for unknown talents or challenges rather than failing", () => {
    expect(reasonText({ kind: "builds-on-talent", challengeId: "gone", talentId: "gone-too" }, "en")).toContain("“gone-too”");
  });
});
