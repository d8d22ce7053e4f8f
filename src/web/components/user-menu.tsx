import { Avatar, Group, Menu, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useSession, useSessionContext } from "../session/session-context";

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase() || "?";
}

/** The signed-in user's name with a menu (security settings, sign out); on a phone only the initials show. */
export function UserMenu({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const { signOut } = useSessionContext();
  const navigate = useNavigate();
  const name = session.user.displayName || session.user.email;
  return (
    // a menu may hold only menu items (axe: aria-required-children), so the email is not listed in it
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <UnstyledButton className="user-menu-button" px={compact ? 4 : "xs"} py={4}>
          <Group gap="xs" wrap="nowrap">
            <Avatar size="sm" color="blue" aria-hidden="true">
              {initials(name)}
            </Avatar>
            {compact ? <VisuallyHidden>{name}</VisuallyHidden> : <Text fw={600} size="sm">{name}</Text>}
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => navigate("/me/security")}>{t("security.menuItem")}</Menu.Item>
        <Menu.Item
          onClick={() => {
            void signOut().finally(() => navigate("/sign-in"));
          }}
        >
          {t("app.signOut")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
