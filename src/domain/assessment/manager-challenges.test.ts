import { describe, expect, it } from "vitest";
import { LOCALES } from "../shared/locale";
import { SITUATIONS } from "./challenge-types";
import {
  CANNOT_JUDGE_LABEL,
  FREQUENCY_LABELS,
  MANAGER_CHALLENGES,
  SITUATION_NAMES,
  challengeOfStatement,
  challengeScanStatements,
  findChallenge,
} from "./manager-challenges";

// The seed's lists, copied from /work/shared/seed (nl: the Dutch original; en: the English rendering).
const SEED_NL = {
  "new-in-role": [
    "hebben geen zelfvertrouwen",
    "weten niet hoe ze van collega tot baas moeten evolueren",
    "moeten wennen aan hoe een leider delegeert en opvolgt",
    "moeten de status van (technisch) expert loslaten",
    "kunnen geen constructieve feedback geven of accepteren",
    "voelen druk om te presteren als manager",
    "hebben moeite met het opbouwen van relaties",
    "willen door iedereen aardig gevonden worden of willen net de 'boze baas' zijn",
    "spelen de held",
  ],
  "hard-time": [
    "blijven te veel betrokken bij de uitvoering",
    "stellen moeilijk prioriteiten",
    "kunnen niet delegeren",
    "zijn bang voor conflictsituaties",
    "kunnen niet loskoppelen van hun team",
    "denken onvoldoende strategisch",
    "kunnen zich niet verplaatsen in het management",
    "missen duidelijke communicatievaardigheden",
    "zijn niet zelfbewust",
    "vermijden moeilijke gesprekken",
    "missen politieke antennes",
  ],
  "can-do-more": [
    "moeten mentaal voorbereid zijn op hun rol als opvolger",
    "moeten in staat zijn leiding te geven bij grote veranderingen",
    "moeten leren emotioneel veerkrachtig en beheerst te zijn",
    "moeten leren om snel belangrijke beslissingen te nemen zonder over alle informatie te beschikken",
    "moeten overtuigend kunnen overkomen",
    "moeten leren hoe ze hun eigen personal brand kunnen creëren",
    "moeten leren het goede voorbeeld te geven",
    "moeten op vertrouwen leiden, niet op angst",
    "moeten meer empathie ontwikkelen",
  ],
};
const SEED_EN_SAMPLE = [
  "lack self-confidence",
  "don't know how to grow from colleague to boss",
  "cannot put themselves in the position of (senior) management",
  "must learn to take important decisions quickly without having all the information",
  "must lead on trust, not on fear",
];

// Word boundaries that know accented letters ("problème" does not end in the word "me").
const words = (alternatives: string, flags = "u") => new RegExp(`(?<![\\p{L}'])(${alternatives})(?![\\p{L}])`, flags);
const FIRST_PERSON = { en: words("I|my|me|myself"), nl: words("ik|mijn|mij|me|mezelf", "iu"), fr: /(?<![\p{L}'])(je|me|mon|ma|mes|moi)(?![\p{L}])|(?<![\p{L}])[jm]'/iu };

describe("the manager challenges", () => {
  it("are the seed's 29: 9 new in the role, 11 having a hard time, 9 can do more", () => {
    expect(MANAGER_CHALLENGES).toHaveLength(29);
    expect(SITUATIONS.map((s) => MANAGER_CHALLENGES.filter((c) => c.situation === s).length)).toEqual([9, 11, 9]);
  });

  it.each(SITUATIONS)("use the seed's Dutch wording, in the seed's order, for %s", (situation) => {
    expect(MANAGER_CHALLENGES.filter((c) => c.situation === situation).map((c) => c.wording.nl)).toEqual(SEED_NL[situation]);
  });

  it("use the seed's English wording", () => {
    const english = MANAGER_CHALLENGES.map((c) => c.wording.en);
    for (const wording of SEED_EN_SAMPLE) expect(english).toContain(wording);
  });

  it("have stable, unique kebab-case English ids", () => {
    const ids = MANAGER_CHALLENGES.map((c) => c.id);
    expect(new Set(ids).size).toBe(29);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(findChallenge("play-the-hero")?.wording.en).toBe("play the hero");
    expect(findChallenge("nope")).toBeUndefined();
  });

  it.each(LOCALES)("have a non-empty %s wording", (locale) => {
    for (const c of MANAGER_CHALLENGES) expect(c.wording[locale].trim(), c.id).not.toBe("");
  });

  it("each have at least two statements, with unique ids", () => {
    for (const c of MANAGER_CHALLENGES) expect(c.statements.length, c.id).toBeGreaterThanOrEqual(2);
    const ids = MANAGER_CHALLENGES.flatMap((c) => c.statements.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(LOCALES)("phrase every statement in %s in a self form (first person) and a rater form (about this manager)", (locale) => {
    for (const statement of MANAGER_CHALLENGES.flatMap((c) => c.statements)) {
      expect(statement.self[locale].trim(), statement.id).toMatch(/^\S.*\.$/);
      expect(statement.rater[locale].trim(), statement.id).toMatch(/^\S.*\.$/);
      expect(statement.self[locale], statement.id).toMatch(FIRST_PERSON[locale]);
      expect(statement.rater[locale], statement.id).toMatch(/manager/i);
      expect(statement.rater[locale], statement.id).not.toMatch(FIRST_PERSON[locale]);
    }
  });

  it.each(LOCALES)("label the frequency scale, can't judge and the situations in %s", (locale) => {
    expect(FREQUENCY_LABELS[locale]).toHaveLength(5);
    for (const label of [...FREQUENCY_LABELS[locale], CANNOT_JUDGE_LABEL[locale], ...SITUATIONS.map((s) => SITUATION_NAMES[s][locale])]) {
      expect(label.trim()).not.toBe("");
    }
  });
});

describe("challengeScanStatements", () => {
  it("lists every statement in both forms, self first, with its challenge and situation", () => {
    const statements = challengeScanStatements("fr");
    const count = MANAGER_CHALLENGES.reduce((n, c) => n + c.statements.length, 0);
    expect(statements).toHaveLength(count * 2);
    expect(statements[0]).toEqual({
      id: "lack-self-confidence-1",
      challengeId: "lack-self-confidence",
      situation: "new-in-role",
      form: "self",
      text: "Je doute d'être à la hauteur de mon rôle de manager.",
    });
    expect(statements[count]?.form).toBe("rater");
  });

  it("lists one form on request", () => {
    const rater = challengeScanStatements("nl", ["rater"]);
    expect(rater.every((s) => s.form === "rater" && s.text.includes("manager"))).toBe(true);
  });

  it("finds the challenge of a statement", () => {
    expect(challengeOfStatement("cannot-delegate-2")?.id).toBe("cannot-delegate");
    expect(challengeOfStatement("cannot-delegate")).toBeUndefined();
  });
});
