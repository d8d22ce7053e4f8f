import type { TSituation } from "../assessment/challenge-types";
import type { TLocalised } from "../assessment/localised";
import type { TLocale } from "../shared/locale";
import type { TDevelopmentModule, TModuleFormat } from "./catalogue";

/** The compact shape the starter catalogue is written in; `starterModule` turns it into a module. */
export type TStarterModuleSpec = {
  id: string;
  format: TModuleFormat;
  hours: number;
  euros: number;
  seats: number | null;
  languages?: readonly TLocale[];
  provider: string;
  challenges: Readonly<Record<string, number>>;
  buildsOn: readonly string[];
  situations?: readonly TSituation[];
  title: TLocalised;
  description: TLocalised;
};

/** A starter module: costs are whole euros turned into cents, in EUR; languages default to nl, fr, en. */
export function starterModule(spec: TStarterModuleSpec): TDevelopmentModule {
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    format: spec.format,
    hours: spec.hours,
    cost: { cents: spec.euros * 100, currency: "EUR" },
    seatsPerPeriod: spec.seats,
    languages: spec.languages ?? ["nl", "fr", "en"],
    provider: spec.provider,
    challenges: Object.entries(spec.challenges).map(([challengeId, weight]) => ({ challengeId, weight })),
    buildsOn: spec.buildsOn,
    situations: spec.situations ?? [],
  };
}

/** Providers used by the starter catalogue. */
export const PROVIDERS = { sterk: "Sterk", academy: "Sterk Academy", reading: "Sterk reading list", own: "Own organisation" } as const;
