import { invalid } from "../shared/errors";

/** An amount of money: integer cents (or the currency's minor unit) and an ISO 4217 code such as "EUR". */
export type TMoney = { cents: number; currency: string };

const CURRENCY = /^[A-Z]{3}$/;
/** The largest amount accepted anywhere in plans: one billion in major units. */
export const MAX_CENTS = 100_000_000_000;

/** Checks integer, non-negative cents within MAX_CENTS; throws a DomainError naming `field`. */
export function checkCents(field: string, cents: unknown): number {
  if (typeof cents !== "number" || !Number.isFinite(cents)) throw invalid(field, `${field} must be a number of cents`);
  if (!Number.isInteger(cents)) throw invalid(field, `${field} must be whole cents (no fractional cents)`);
  if (cents < 0) throw invalid(field, `${field} cannot be negative`);
  if (cents > MAX_CENTS) throw invalid(field, `${field} is larger than ${MAX_CENTS} cents`);
  return cents;
}

/** Checks an ISO 4217 currency code (three capital letters). */
export function checkCurrency(field: string, currency: unknown): string {
  if (typeof currency !== "string" || !CURRENCY.test(currency)) throw invalid(field, `${field} must be an ISO 4217 code such as EUR`);
  return currency;
}

/** Validates a money value; errors name `${field}.cents` or `${field}.currency`. */
export function checkMoney(field: string, value: unknown): TMoney {
  if (typeof value !== "object" || value === null) throw invalid(field, `${field} must be an amount in cents with a currency`);
  const { cents, currency } = value as Record<string, unknown>;
  return { cents: checkCents(`${field}.cents`, cents), currency: checkCurrency(`${field}.currency`, currency) };
}

/** Adds amounts of one currency; mixing currencies is a DomainError (no silent conversion). */
export function sumMoney(field: string, currency: string, amounts: readonly TMoney[]): TMoney {
  let cents = 0;
  for (const amount of amounts) {
    if (amount.currency !== currency) throw invalid(field, `${field} mixes ${amount.currency} with ${currency}`);
    cents += amount.cents;
  }
  return { cents, currency };
}
