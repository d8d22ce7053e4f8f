import { describe, expect, it } from "vitest";
import { LOCALES } from "../shared/locale";
import { TALENT_ADVICE, talentAdvice } from "./talent-advice";
import { TALENTS } from "./talents";

const textsOf = (id: string) => {
  const advice = talentAdvice(id);
  return advice ? [advice.narrative, advice.helps, ...advice.actions, advice.watchOut] : [];
};

describe("talent advice", () => {
  it("exists for every one of the 60 talents, and for nothing else", () => {
    expect(TALENTS).toHaveLength(60);
    expect(Object.keys(TALENT_ADVICE).sort()).toEqual(TALENTS.map((t) => t.id).sort());
  });

  it.each(TALENTS.map((t) => t.id))("%s has a narrative, a benefit, two or three action ideas and a watch-out in nl, fr and en", (id) => {
    const advice = talentAdvice(id);
    expect(advice?.actions.length).toBeGreaterThanOrEqual(2);
    expect(advice?.actions.length).toBeLessThanOrEqual(3);
    for (const text of textsOf(id)) {
      for (const locale of LOCALES) expect(text[locale].trim().length).toBeGreaterThan(15);
    }
  });

  it("addresses the reader formally: 'u' in Dutch, 'vous' in French, never 'je/jij/jouw' or 'tu/toi/ta/tes'", () => {
    const informal = { nl: /(?<!\p{L})(jij|jouw|je|jou)(?!\p{L})/iu, fr: /(?<!\p{L})(tu|toi|ta|tes|tien|tienne)(?!\p{L})/iu } as const;
    const offenders = TALENTS.flatMap((t) =>
      textsOf(t.id).flatMap((text) => (["nl", "fr"] as const).filter((l) => informal[l].test(text[l])).map((l) => `${t.id} ${l}: ${text[l]}`)),
    );
    expect(offenders).toEqual([]);
  });

  it("sets French punctuation with a no-break space before : ; ? ! and inside « »", () => {
    const offenders = TALENTS.flatMap((t) => textsOf(t.id).map((text) => text.fr)).filter((fr) => / [:;?!»]|« /.test(fr));
    expect(offenders).toEqual([]);
  });
});
