import { Checkbox, Fieldset, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ZOrgRole } from "../../../contracts/common";

export type TRole = (typeof ZOrgRole.options)[number];

/** The roles the new accounts get in the organisation; at least one. */
export function RoleChoice({ roles, onChange, error }: { roles: TRole[]; onChange: (roles: TRole[]) => void; error?: string | null }) {
  const { t } = useTranslation();
  const labels: Record<TRole, string> = {
    hr_admin: t("roles.hr_admin"),
    manager: t("roles.manager"),
    mentor: t("roles.mentor"),
    executive: t("roles.executive"),
  };
  return (
    <Fieldset legend={t("fields.roles")} variant="unstyled">
      <Stack gap="xs">
        {ZOrgRole.options.map((role) => (
          <Checkbox
            key={role}
            label={labels[role]}
            checked={roles.includes(role)}
            onChange={(event) => {
              const checked = event.currentTarget.checked;
              onChange(checked ? [...roles, role] : roles.filter((r) => r !== role));
            }}
          />
        ))}
        {error && (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
