import type { TCatalogueModule, TModuleFormat, TModuleInput } from "../../../contracts/catalogue";
import { centsToAmountText, parseAmountToCents } from "./money";

type TLang = "nl" | "fr" | "en";
export const MODULE_LANGS: readonly TLang[] = ["nl", "fr", "en"];

/** What the module form edits: numbers as typed text, so nothing is lost before it is checked. */
export type TModuleFormValues = {
  id: string;
  title: Record<TLang, string>;
  description: Record<TLang, string>;
  format: TModuleFormat | "";
  hours: string;
  cost: string;
  seats: string;
  languages: TLang[];
  provider: string;
  challenges: { challengeId: string; weight: string }[];
  buildsOn: string[];
  situations: string[];
};

export function emptyModuleValues(): TModuleFormValues {
  return {
    id: "",
    title: { nl: "", fr: "", en: "" },
    description: { nl: "", fr: "", en: "" },
    format: "",
    hours: "",
    cost: "",
    seats: "",
    languages: ["nl", "fr", "en"],
    provider: "",
    challenges: [{ challengeId: "", weight: "1" }],
    buildsOn: [],
    situations: [],
  };
}

export function moduleValuesFrom(m: TCatalogueModule): TModuleFormValues {
  return {
    id: m.id,
    title: { ...m.title },
    description: { ...m.description },
    format: m.format,
    hours: String(m.hours),
    cost: centsToAmountText(m.costCents),
    seats: m.seatsPerPeriod === null ? "" : String(m.seatsPerPeriod),
    languages: [...m.languages],
    provider: m.provider,
    challenges: m.challenges.map((c) => ({ challengeId: c.challengeId, weight: String(c.weight) })),
    buildsOn: m.buildsOn.map((b) => b.talentId),
    situations: [...m.situations],
  };
}

/** Field errors by the server's field names ("cost.cents", "challenges[0].weight"), as translation keys. */
export type TModuleFieldErrors = Record<string, "required" | "invalid">;

const decimal = (text: string) => {
  const trimmed = text.trim().replace(",", ".");
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : null;
};

/** The input for the API, or the fields that are missing or malformed (the server checks the rest). */
export function moduleInputFrom(values: TModuleFormValues, currency: string): { input: TModuleInput | null; errors: TModuleFieldErrors } {
  const errors: TModuleFieldErrors = {};
  if (!/^[a-z0-9][a-z0-9_-]{0,79}$/.test(values.id)) errors.id = values.id === "" ? "required" : "invalid";
  for (const lang of MODULE_LANGS) {
    if (values.title[lang].trim() === "") errors[`title.${lang}`] = "required";
    if (values.description[lang].trim() === "") errors[`description.${lang}`] = "required";
  }
  if (values.format === "") errors.format = "required";
  const hours = decimal(values.hours);
  if (hours === null || hours <= 0) errors.hours = values.hours.trim() === "" ? "required" : "invalid";
  const cents = parseAmountToCents(values.cost);
  if (cents === null) errors["cost.cents"] = values.cost.trim() === "" ? "required" : "invalid";
  const seatsText = values.seats.trim();
  const seats = seatsText === "" ? null : /^\d+$/.test(seatsText) ? Number(seatsText) : Number.NaN;
  if (seats !== null && Number.isNaN(seats)) errors.seatsPerPeriod = "invalid";
  if (values.languages.length === 0) errors.languages = "required";
  if (values.provider.trim() === "") errors.provider = "required";
  if (values.challenges.length === 0) errors.challenges = "required";
  const challenges = values.challenges.map((c, i) => {
    const weight = decimal(c.weight);
    if (c.challengeId === "") errors[`challenges[${i}].challengeId`] = "required";
    if (weight === null || weight > 1) errors[`challenges[${i}].weight`] = c.weight.trim() === "" ? "required" : "invalid";
    return { challengeId: c.challengeId, weight: weight ?? 0 };
  });
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    errors,
    input: {
      id: values.id,
      title: { ...values.title },
      description: { ...values.description },
      format: values.format as TModuleFormat,
      hours: hours ?? 0,
      cost: { cents: cents ?? 0, currency },
      seatsPerPeriod: seats,
      languages: MODULE_LANGS.filter((l) => values.languages.includes(l)),
      provider: values.provider.trim(),
      challenges,
      buildsOn: [...values.buildsOn],
      situations: [...values.situations],
    },
  };
}
