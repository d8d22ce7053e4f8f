import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TAccountState } from "../../../contracts/invitations";
import { tk } from "../../i18n";

/** The label key of each account state (the directory's filter uses the same words). */
export const ACCOUNT_STATE_LABELS: Record<TAccountState, string> = {
  none: tk("accounts.state.none"),
  invited: tk("accounts.state.invited"),
  active: tk("accounts.state.active"),
  expired: tk("accounts.state.expired"),
  deactivated: tk("accounts.state.deactivated"),
};

// plain colour names: the theme draws their light variant above 4.5:1 contrast (axe)
const COLOURS: Record<TAccountState, string> = {
  none: "gray",
  invited: "blue",
  active: "green",
  expired: "orange",
  deactivated: "red",
};

/** A person's account state as a small coloured label: no account, invited, active, expired, deactivated. */
export function AccountStateBadge({ state }: { state: TAccountState }) {
  const { t } = useTranslation();
  return (
    // never cut to "No acc…" in a narrow table column: the badge takes the width of its words
    <Badge color={COLOURS[state]} variant="light" size="sm" style={{ textTransform: "none", minWidth: "max-content" }} styles={{ label: { overflow: "visible" } }}>
      {t(ACCOUNT_STATE_LABELS[state])}
    </Badge>
  );
}
