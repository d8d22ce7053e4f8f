// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ZAccountState } from "../../../contracts/invitations";
import { i18n } from "../../i18n";
import { renderPage } from "../../test-utils";
import { AccountStateBadge } from "./account-state-badge";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

const WORDS = {
  en: ["No account", "Invited", "Active", "Invitation expired", "Deactivated"],
  nl: ["Geen account", "Uitgenodigd", "Actief", "Uitnodiging verlopen", "Gedeactiveerd"],
  fr: ["Pas de compte", "Invité", "Actif", "Invitation expirée", "Désactivé"],
} as const;

describe("AccountStateBadge", () => {
  it.each(Object.entries(WORDS))("names every account state in %s", async (locale, words) => {
    renderPage(
      <>
        {ZAccountState.options.map((state) => (
          <AccountStateBadge key={state} state={state} />
        ))}
      </>,
    );
    await i18n.changeLanguage(locale);
    for (const word of words) expect(await screen.findByText(word)).toBeTruthy();
  });
});
