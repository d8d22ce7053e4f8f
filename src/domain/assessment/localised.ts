import type { TLocale } from "../shared/locale";

/** A user-facing string in each of Sterk's languages. */
export type TLocalised = Readonly<Record<TLocale, string>>;
