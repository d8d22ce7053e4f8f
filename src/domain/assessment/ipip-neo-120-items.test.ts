import { describe, expect, it } from "vitest";
import { LOCALES } from "../shared/locale";
import { BIG_FIVE_DOMAINS, FACET_NUMBERS, IPIP_NEO_120_ITEMS, findIpipItem, ipipNeo120Items } from "./ipip-neo-120-items";

// The minus-keyed items of the IPIP-NEO-120 per facet, typed from Johnson's published key (Johnson 2014,
// J. Research in Personality 51:78–89; ipip.ori.org). Every other item of the facet is plus-keyed.
const PUBLISHED_MINUS_KEYED: Record<string, string[]> = {
  N1: [],
  N2: ["Am not easily annoyed"],
  N3: ["Feel comfortable with myself"],
  N4: ["Am not bothered by difficult social situations"],
  N5: ["Rarely overindulge", "Easily resist temptations", "Am able to control my cravings"],
  N6: ["Remain calm under pressure"],
  E1: ["Avoid contacts with others", "Keep others at a distance"],
  E2: ["Prefer to be alone", "Avoid crowds"],
  E3: ["Wait for others to lead the way"],
  E4: ["Like to take it easy"],
  E5: [],
  E6: [],
  O1: [],
  O2: ["Do not like poetry", "Do not enjoy going to art museums"],
  O3: ["Rarely notice my emotional reactions", "Don't understand people who get emotional"],
  O4: ["Prefer to stick with things that I know", "Dislike changes", "Am attached to conventional ways"],
  O5: ["Avoid philosophical discussions", "Have difficulty understanding abstract ideas", "Am not interested in theoretical discussions"],
  O6: ["Tend to vote for conservative political candidates", "Believe that we should be tough on crime"],
  A1: ["Distrust people"],
  A2: ["Use others for my own ends", "Cheat to get ahead", "Take advantage of others", "Obstruct others' plans"],
  A3: ["Am indifferent to the feelings of others", "Take no time for others"],
  A4: ["Love a good fight", "Yell at people", "Insult people", "Get back at others"],
  A5: ["Believe that I am better than others", "Think highly of myself", "Have a high opinion of myself", "Boast about my virtues"],
  A6: ["Am not interested in other people's problems", "Try not to think about the needy"],
  C1: [],
  C2: ["Often forget to put things back in their proper place", "Leave a mess in my room", "Leave my belongings around"],
  C3: ["Break rules", "Break my promises"],
  C4: ["Do just enough work to get by", "Put little time and effort into my work"],
  C5: ["Waste my time", "Have difficulty starting tasks"],
  C6: ["Jump into things without thinking", "Make rash decisions", "Rush into things", "Act without thinking"],
};

describe("the IPIP-NEO-120 item bank", () => {
  it("holds 120 items with unique ids", () => {
    expect(IPIP_NEO_120_ITEMS).toHaveLength(120);
    expect(new Set(IPIP_NEO_120_ITEMS.map((item) => item.id)).size).toBe(120);
  });

  it.each(BIG_FIVE_DOMAINS)("has 24 items in domain %s", (domain) => {
    expect(IPIP_NEO_120_ITEMS.filter((item) => item.domain === domain)).toHaveLength(24);
  });

  it("has 4 items in each of the 30 facets", () => {
    for (const domain of BIG_FIVE_DOMAINS) {
      for (const facet of FACET_NUMBERS) {
        expect(IPIP_NEO_120_ITEMS.filter((i) => i.domain === domain && i.facet === facet), `${domain}${facet}`).toHaveLength(4);
      }
    }
  });

  it("keeps the published administration order: N1 E1 O1 A1 C1 N2 … C6, four times over", () => {
    IPIP_NEO_120_ITEMS.forEach((item, index) => {
      expect(item.domain).toBe(BIG_FIVE_DOMAINS[index % 5]);
      expect(item.facet).toBe((Math.floor(index / 5) % 6) + 1);
    });
  });

  it.each(Object.entries(PUBLISHED_MINUS_KEYED))("keys facet %s as the published key does", (facetKey, minusTexts) => {
    const items = IPIP_NEO_120_ITEMS.filter((item) => `${item.domain}${item.facet}` === facetKey);
    const minus = items.filter((item) => item.keyed === "minus").map((item) => item.text.en);
    expect(minus.sort()).toEqual([...minusTexts].sort());
    expect(items.filter((item) => item.keyed === "plus")).toHaveLength(4 - minusTexts.length);
  });

  it("has 55 minus-keyed items in all", () => {
    expect(IPIP_NEO_120_ITEMS.filter((item) => item.keyed === "minus")).toHaveLength(55);
  });

  it.each(LOCALES)("has a non-empty %s text for every item, all different", (locale) => {
    const texts = IPIP_NEO_120_ITEMS.map((item) => item.text[locale].trim());
    expect(texts.every((text) => text.length > 0)).toBe(true);
    expect(new Set(texts).size).toBe(120);
  });

  it("fixes the French Liberalism items the package has swapped against their keys", () => {
    const o6 = IPIP_NEO_120_ITEMS.filter((item) => item.domain === "O" && item.facet === 6);
    const liberalVote = o6.find((item) => item.text.en === "Tend to vote for liberal political candidates");
    const conservativeVote = o6.find((item) => item.text.en === "Tend to vote for conservative political candidates");
    expect(liberalVote?.keyed).toBe("plus");
    expect(liberalVote?.text.fr).toMatch(/libérales/);
    expect(conservativeVote?.keyed).toBe("minus");
    expect(conservativeVote?.text.fr).toMatch(/traditionnelles/);
  });

  it("lists the items of one language as fresh objects, so a caller cannot change the bank", () => {
    const first = ipipNeo120Items("nl");
    expect(first[0]).toEqual({
      id: IPIP_NEO_120_ITEMS[0]?.id,
      text: "Maak mij zorgen over dingen",
      domain: "N",
      facet: 1,
      keyed: "plus",
    });
    const mutable = first[0] as { text: string };
    mutable.text = "changed";
    expect(ipipNeo120Items("nl")[0]?.text).toBe("Maak mij zorgen over dingen");
    expect(Object.isFrozen(IPIP_NEO_120_ITEMS[0])).toBe(true);
  });

  it("finds an item by id and nothing for an unknown id", () => {
    const id = IPIP_NEO_120_ITEMS[119]?.id ?? "";
    expect(findIpipItem(id)?.text.en).toBe("Act without thinking");
    expect(findIpipItem("not-an-item")).toBeUndefined();
  });
});
