import { DomainError } from "../shared/errors";
import type { TDevelopmentModule } from "./catalogue";

/** A valid module for tests; override what the test is about. */
export function testModule(id: string, overrides: Partial<TDevelopmentModule> = {}): TDevelopmentModule {
  return {
    id,
    title: { nl: `Module ${id}`, fr: `Module ${id}`, en: `Module ${id}` },
    description: { nl: "Beschrijving.", fr: "Description.", en: "Description." },
    format: "workshop",
    hours: 16,
    cost: { cents: 50_000, currency: "EUR" },
    seatsPerPeriod: 10,
    languages: ["nl", "fr", "en"],
    provider: "Sterk",
    challenges: [{ challengeId: "setting-priorities", weight: 1 }],
    buildsOn: [],
    situations: [],
    ...overrides,
  };
}

/** The field named by the DomainError `fn` throws, or undefined when it does not throw. */
export function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.field;
    throw error;
  }
  return undefined;
}
