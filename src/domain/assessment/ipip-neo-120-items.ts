// Item texts and keys: @bigfive-org/questions 1.3.3 (MIT, © 2024 B5 Holding AS), which carries
// Johnson's public-domain IPIP-NEO-120 (Johnson 2014, J. Research in Personality 51:78–89).
// The package's answer choices are ignored: they carry pre-reversed scores for minus-keyed items,
// and Sterk scores the answer the person chose (see score-ipip-neo-120.ts).
import enItems from "@bigfive-org/questions/data/en/questions.json";
import frItems from "@bigfive-org/questions/data/fr/questions.json";
import nlItems from "@bigfive-org/questions/data/nl/questions.json";
import type { TLocale } from "../shared/locale";
import type { TLocalised } from "./localised";

export const BIG_FIVE_DOMAINS = ["N", "E", "O", "A", "C"] as const;
export type TBigFiveDomain = (typeof BIG_FIVE_DOMAINS)[number];
export const FACET_NUMBERS = [1, 2, 3, 4, 5, 6] as const;
export type TFacetNumber = (typeof FACET_NUMBERS)[number];
export type TKeyed = "plus" | "minus";

/** One IPIP-NEO-120 item, in Sterk's three languages. */
export type TIpipItem = {
  id: string;
  text: TLocalised;
  domain: TBigFiveDomain;
  facet: TFacetNumber;
  keyed: TKeyed;
};

/** The same item as shown in one language (the shape `sterk assess items` prints). */
export type TIpipItemInLocale = Omit<TIpipItem, "text"> & { text: string };

/**
 * Corrections to the package's translations, by item id. Each fixes a meaning error, not a style choice:
 * - fr O6 (Liberalism): the package's French texts of the two voting items are swapped against their keys
 *   (the plus-keyed item reads "valeurs sociales traditionnelles"), which would reverse both items.
 * - nl E3 (Assertiveness) "Take control of things" was "Neem verantwoordelijkheid voor dingen"
 *   (taking responsibility, a Dutifulness idea).
 * - nl A5 (Modesty) "Think highly of myself" was "Ik waardeer mezelf" (plain self-esteem).
 */
const TRANSLATION_FIXES: Record<string, Partial<TLocalised>> = {
  "79186f48-e7fa-4df4-b74b-b0627ee244e1": { fr: "J'ai tendance à promouvoir des valeurs sociales libérales" },
  "96ba77b2-1a44-4dfd-95f9-ae4d1f714460": { fr: "J'ai tendance à promouvoir des valeurs sociales traditionnelles" },
  "2452f034-8273-4f71-9122-a40f5ead31ba": { nl: "Neem de touwtjes in handen" },
  "7df44711-4cd4-4b05-8830-73fcc3ebdab5": { nl: "Heb een hoge pet op van mezelf" },
};

type TPackageItem = { id: string; text: string; keyed: string; domain: string; facet: number };

function isDomain(value: string): value is TBigFiveDomain {
  return (BIG_FIVE_DOMAINS as readonly string[]).includes(value);
}

function isFacet(value: number): value is TFacetNumber {
  return (FACET_NUMBERS as readonly number[]).includes(value);
}

function textIn(items: readonly TPackageItem[], locale: TLocale, id: string): string {
  const item = items.find((candidate) => candidate.id === id);
  if (!item || item.text.trim() === "") throw new Error(`IPIP-NEO-120: item ${id} has no ${locale} text`);
  return item.text;
}

function buildItems(): readonly TIpipItem[] {
  const en: readonly TPackageItem[] = enItems;
  return en.map((source) => {
    const { id, domain, facet, keyed } = source;
    if (!isDomain(domain) || !isFacet(facet) || (keyed !== "plus" && keyed !== "minus")) {
      throw new Error(`IPIP-NEO-120: item ${id} has an unexpected domain, facet or key`);
    }
    const text: TLocalised = {
      nl: textIn(nlItems, "nl", id),
      fr: textIn(frItems, "fr", id),
      en: source.text,
      ...TRANSLATION_FIXES[id],
    };
    return Object.freeze({ id, text: Object.freeze(text), domain, facet, keyed });
  });
}

/** The 120 items in the published administration order (N1 E1 O1 A1 C1 N2 …). */
export const IPIP_NEO_120_ITEMS: readonly TIpipItem[] = Object.freeze(buildItems());

const ITEMS_BY_ID: ReadonlyMap<string, TIpipItem> = new Map(IPIP_NEO_120_ITEMS.map((item) => [item.id, item]));

/** The item with this id, or undefined. */
export function findIpipItem(id: string): TIpipItem | undefined {
  return ITEMS_BY_ID.get(id);
}

/** The items in one language, as fresh objects the caller may change. */
export function ipipNeo120Items(locale: TLocale): TIpipItemInLocale[] {
  return IPIP_NEO_120_ITEMS.map(({ id, text, domain, facet, keyed }) => ({ id, text: text[locale], domain, facet, keyed }));
}

/** Answer labels of the 5-point accuracy scale, index 0 = answer 1 (very inaccurate). */
export const IPIP_ANSWER_LABELS: Readonly<Record<TLocale, readonly [string, string, string, string, string]>> = {
  nl: ["Helemaal niet juist", "Eerder niet juist", "Noch juist, noch onjuist", "Eerder juist", "Helemaal juist"],
  fr: ["Très inexact", "Plutôt inexact", "Ni exact ni inexact", "Plutôt exact", "Très exact"],
  en: ["Very inaccurate", "Moderately inaccurate", "Neither accurate nor inaccurate", "Moderately accurate", "Very accurate"],
};
