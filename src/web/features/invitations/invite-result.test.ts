import { afterAll, describe, expect, it } from "vitest";
import type { TInvitePeopleResult, TInviteSkipReason } from "../../../contracts/invitations";
import { i18n, initI18n, type TLocale } from "../../i18n";
import { registerAllCatalogues } from "../../i18n/all-catalogues";
import { countSkipped, inviteResultSummary } from "./invite-result";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

function result(invited: number, notified: number, skipped: Partial<Record<TInviteSkipReason, number>>): TInvitePeopleResult {
  let n = 0;
  const list = Object.entries(skipped).flatMap(([reason, count]) =>
    Array.from({ length: count ?? 0 }, () => ({ personId: id(++n), reason: reason as TInviteSkipReason })),
  );
  return { invited, notified, skipped: list };
}

registerAllCatalogues();

async function summaryIn(locale: TLocale, value: TInvitePeopleResult): Promise<string> {
  initI18n(locale);
  await i18n.changeLanguage(locale);
  return inviteResultSummary(i18n.t, value);
}

afterAll(async () => {
  await i18n.changeLanguage("en");
});

describe("inviteResultSummary", () => {
  const mixed = result(12, 0, { already_active: 3, no_email: 1 });

  it.each([
    ["en", "12 invited, 3 already active, 1 without email"],
    ["nl", "12 uitgenodigd, 3 al actief, 1 zonder e-mailadres"],
    ["fr", "12 personnes invitées, 3 comptes déjà actifs, 1 sans adresse e-mail"],
  ] as const)("says what happened to everyone in %s", async (locale, expected) => {
    expect(await summaryIn(locale, mixed)).toBe(expected);
  });

  it.each([
    ["en", "1 invited, 2 existing accounts added, 1 already invited, 2 inactive"],
    ["nl", "1 uitgenodigd, 2 bestaande accounts toegevoegd, 1 al uitgenodigd, 2 inactief"],
    ["fr", "1 personne invitée, 2 comptes existants ajoutés, 1 personne déjà invitée, 2 personnes inactives"],
  ] as const)("uses the singular for one and the plural for more in %s", async (locale, expected) => {
    expect(await summaryIn(locale, result(1, 2, { inactive: 2, already_invited: 1 }))).toBe(expected);
  });

  it("always names the invited count, even when nobody was invited", async () => {
    expect(await summaryIn("en", result(0, 0, { already_active: 1 }))).toBe("0 invited, 1 already active");
  });

  it("counts each skip reason once, most common reasons first, and leaves out reasons nobody had", () => {
    expect(countSkipped(result(0, 0, { no_email: 2, already_active: 1 }))).toEqual([
      ["already_active", 1],
      ["no_email", 2],
    ]);
  });
});
