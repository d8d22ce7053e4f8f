import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { IPIP_NEO_120_ITEMS, MANAGER_CHALLENGES } from "../../domain/assessment/index";
import { sterk, tempFiles } from "../../test-support/cli";

const files = tempFiles("sterk-assess-");
afterAll(files.remove);
const writeTemp = (content: unknown, raw = false) => files.write(content, raw);

const answersAll = (score: number) => ({ answers: IPIP_NEO_120_ITEMS.map((item) => ({ id: item.id, score })) });

describe("sterk assess items", () => {
  it.each(["nl", "fr", "en"])("prints the 120 IPIP-NEO-120 items in %s as JSON", async (lang) => {
    const { code, stdout } = await sterk("assess", "items", "--instrument", "ipip-neo-120", "--lang", lang, "--json");
    expect(code).toBe(0);
    const items = JSON.parse(stdout) as { id: string; text: string; domain: string; facet: number; keyed: string }[];
    expect(items).toHaveLength(120);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(["domain", "facet", "id", "keyed", "text"]);
      expect(["N", "E", "O", "A", "C"]).toContain(item.domain);
      expect(item.facet >= 1 && item.facet <= 6).toBe(true);
      expect(["plus", "minus"]).toContain(item.keyed);
      expect(item.text.length).toBeGreaterThan(0);
    }
  });

  it("prints the Dutch text in Dutch", async () => {
    const { stdout } = await sterk("assess", "items", "--instrument", "ipip-neo-120", "--lang", "nl", "--json");
    expect(JSON.parse(stdout)[0]).toMatchObject({ text: "Maak mij zorgen over dingen", domain: "N", facet: 1, keyed: "plus" });
  });

  it("prints the challenge scan statements with their challenge and form", async () => {
    const { code, stdout } = await sterk("assess", "items", "--instrument", "challenge-scan", "--lang", "en", "--json");
    expect(code).toBe(0);
    const statements = JSON.parse(stdout) as { id: string; challengeId: string; form: string; text: string }[];
    const perForm = MANAGER_CHALLENGES.reduce((n, c) => n + c.statements.length, 0);
    expect(statements.filter((s) => s.form === "self")).toHaveLength(perForm);
    expect(statements.filter((s) => s.form === "rater")).toHaveLength(perForm);
    expect(new Set(statements.map((s) => s.challengeId)).size).toBe(29);
    expect(statements.find((s) => s.id === "play-the-hero-2" && s.form === "rater")?.text).toBe("This manager likes to be the one who saves the day.");
  });

  it("prints one form on request", async () => {
    const { stdout } = await sterk("assess", "items", "--instrument", "challenge-scan", "--lang", "fr", "--form", "self", "--json");
    expect((JSON.parse(stdout) as { form: string }[]).every((s) => s.form === "self")).toBe(true);
  });

  it.each([
    { name: "an unknown instrument", argv: ["--instrument", "mbti", "--lang", "en"] },
    { name: "an unknown language", argv: ["--instrument", "ipip-neo-120", "--lang", "de"] },
    { name: "a missing instrument", argv: ["--lang", "en"] },
    { name: "an unknown form", argv: ["--instrument", "challenge-scan", "--form", "boss"] },
  ])("exits 2 for $name", async ({ argv }) => {
    const { code, stdout } = await sterk("assess", "items", ...argv, "--json");
    expect(code).toBe(2);
    expect(stdout).toBe("");
  });
});

describe("sterk assess score --instrument ipip-neo-120", () => {
  type TNormedResult = {
    reference: string;
    normSource: string;
    domains: { domain: string; score: number; percentile: number; t: number; facets: { facet: number; score: number; percentile: number; t: number }[] }[];
  };

  it("prints raw sums with a percentile and T for every domain and facet: all 3s give every facet 12 and every domain 72", async () => {
    const { code, stdout } = await sterk("assess", "score", "--instrument", "ipip-neo-120", writeTemp(answersAll(3)), "--json");
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as TNormedResult;
    expect(Object.keys(result)).toEqual(["reference", "normSource", "domains"]);
    expect(result.reference).toBe("working-age");
    expect(result.normSource).toMatch(/Johnson \(2014\)/);
    expect(result.domains.map((d) => d.domain)).toEqual(["N", "E", "O", "A", "C"]);
    for (const domain of result.domains) {
      expect(Object.keys(domain)).toEqual(["domain", "score", "percentile", "t", "facets"]);
      expect(domain.score).toBe(72);
      expect(domain.facets.map((f) => [f.facet, f.score])).toEqual([1, 2, 3, 4, 5, 6].map((facet) => [facet, 12]));
      for (const facet of domain.facets) expect(Object.keys(facet)).toEqual(["facet", "score", "percentile", "t"]);
    }
    // By hand from the norms file: N working age mean (66.97+64.11+72.14+67.38)/4 = 67.65, sd 16.195 → z 0.2686
    expect(result.domains[0]).toMatchObject({ percentile: 60.6, t: 52.7 });
    // C6 mean (13.31+14.60+12.91+14.41)/4 = 13.8075, sd 3.9625; raw 12 → z −0.4562
    expect(result.domains[4]?.facets[5]).toEqual({ facet: 6, score: 12, percentile: 32.4, t: 45.4 });
  });

  it("norms against one age band with --age-band: N 72 at 41–60 → mean 65.745, sd 16.07 → 65.1, T 53.9", async () => {
    const { code, stdout } = await sterk("assess", "score", "--instrument", "ipip-neo-120", writeTemp(answersAll(3)), "--age-band", "41-60", "--json");
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as TNormedResult;
    expect(result.reference).toBe("41-60");
    expect(result.domains[0]).toMatchObject({ percentile: 65.1, t: 53.9 });
  });

  it("exits 2 for an unknown age band", async () => {
    const { code, stdout } = await sterk("assess", "score", "--instrument", "ipip-neo-120", writeTemp(answersAll(3)), "--age-band", "35", "--json");
    expect(code).toBe(2);
    expect(stdout).toBe("");
  });

  it("reverses minus-keyed items from the answer the person gave: all 5s give Cautiousness 4 and Orderliness 8", async () => {
    const { stdout } = await sterk("assess", "score", "--instrument", "ipip-neo-120", writeTemp(answersAll(5)), "--json");
    const conscientiousness = (JSON.parse(stdout) as TNormedResult).domains.find((d) => d.domain === "C");
    expect(conscientiousness?.facets.map((f) => f.score)).toEqual([20, 8, 12, 12, 12, 4]);
    expect(conscientiousness?.score).toBe(68);
    // C 68: mean 89.4475, sd 13.6075 → 5.7 %, T 34.2; C1 20: mean 16.1275, sd 2.2975 → 95.4 %, T 66.9
    expect(conscientiousness).toMatchObject({ percentile: 5.7, t: 34.2 });
    expect(conscientiousness?.facets[0]).toMatchObject({ percentile: 95.4, t: 66.9 });
  });

  it("prints a readable table without --json, naming the reference and the norm source", async () => {
    const { code, stdout } = await sterk("assess", "score", "--instrument", "ipip-neo-120", writeTemp(answersAll(3)));
    expect(code).toBe(0);
    expect(stdout).toMatch(/working-age reference/);
    expect(stdout).toMatch(/Johnson \(2014\)/);
    expect(stdout).toMatch(/C Conscientiousness\s+72\s+P\s*\d/);
  });

  const id = IPIP_NEO_120_ITEMS[42]?.id ?? "";
  it.each([
    { name: "an answer of 6", change: (a: { id: string; score: unknown }[]) => a.map((x) => (x.id === id ? { id, score: 6 } : x)) },
    { name: "an answer of 0", change: (a: { id: string; score: unknown }[]) => a.map((x) => (x.id === id ? { id, score: 0 } : x)) },
    { name: "a fractional answer", change: (a: { id: string; score: unknown }[]) => a.map((x) => (x.id === id ? { id, score: 3.5 } : x)) },
    { name: "a text answer", change: (a: { id: string; score: unknown }[]) => a.map((x) => (x.id === id ? { id, score: "3" } : x)) },
    { name: "a missing answer", change: (a: { id: string; score: unknown }[]) => a.filter((x) => x.id !== id) },
  ])("exits 1 for $name, naming the item", async ({ change }) => {
    const file = writeTemp({ answers: change(answersAll(3).answers) });
    const { code, stdout, stderr } = await sterk("assess", "score", "--instrument", "ipip-neo-120", file, "--json");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(id);
  });

  it("exits 1 for an unknown item, naming it", async () => {
    const file = writeTemp({ answers: [...answersAll(3).answers, { id: "made-up-item", score: 3 }] });
    const { code, stderr } = await sterk("assess", "score", "--instrument", "ipip-neo-120", file);
    expect(code).toBe(1);
    expect(stderr).toContain("made-up-item");
  });

  it("exits 1 when the file holds no answers array", async () => {
    const { code, stderr } = await sterk("assess", "score", "--instrument", "ipip-neo-120", writeTemp({ responses: [] }));
    expect(code).toBe(1);
    expect(stderr).toMatch(/answers/);
  });

  it.each([
    { name: "a file that does not exist", file: () => join(files.dir, "missing.json") },
    { name: "a file that is not JSON", file: () => writeTemp("{not json", true) },
  ])("exits 2 for $name", async ({ file }) => {
    const { code, stdout } = await sterk("assess", "score", "--instrument", "ipip-neo-120", file(), "--json");
    expect(code).toBe(2);
    expect(stdout).toBe("");
  });

  it("exits 2 for an unknown instrument", async () => {
    const { code } = await sterk("assess", "score", "--instrument", "neo-pi-r", writeTemp(answersAll(3)));
    expect(code).toBe(2);
  });
});

describe("sterk assess score --instrument challenge-scan", () => {
  const statementIds = MANAGER_CHALLENGES.flatMap((c) => c.statements.map((s) => s.id));
  const answers = (score: number | null, changes: Record<string, number | null> = {}) =>
    statementIds.map((id) => ({ id, score: id in changes ? changes[id] : score }));

  it("prints blind spots, hidden strengths, top challenges and the situation that fits", async () => {
    const file = writeTemp({
      self: answers(2, { "play-the-hero-1": 5, "play-the-hero-2": 5 }),
      others: [
        { raterGroup: "peers", answers: answers(2, { "cannot-delegate-1": 4, "cannot-delegate-2": 4 }) },
        { raterGroup: "direct-reports", answers: answers(null, { "cannot-delegate-1": 4 }) },
      ],
      monthsInRole: 4,
    });
    const { code, stdout } = await sterk("assess", "score", "--instrument", "challenge-scan", file, "--json");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.blindSpots).toEqual(["cannot-delegate"]);
    expect(result.hiddenStrengths).toEqual(["play-the-hero"]);
    expect(result.self.topChallenges[0]).toEqual({ challengeId: "play-the-hero", situation: "new-in-role", score: 5 });
    expect(result.self.situationFit.bestFit).toEqual(["new-in-role"]);
  });

  it("exits 1 for an answer outside the scale, naming the statement", async () => {
    const file = writeTemp({ self: answers(3, { "lead-on-trust-2": 7 }) });
    const { code, stderr } = await sterk("assess", "score", "--instrument", "challenge-scan", file);
    expect(code).toBe(1);
    expect(stderr).toContain("lead-on-trust-2");
  });
});
