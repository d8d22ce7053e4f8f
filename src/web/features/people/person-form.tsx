import { Button, Fieldset, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TPersonInput, ZPersonInput } from "../../../contracts/people";
import type { ApiError } from "../../api/api-client";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem, fieldErrorsFromZod, type TFieldErrors } from "../../components/problem-message";
import { LanguageSelect } from "../../components/language-select";
import { ManagerSelect } from "./manager-select";
import { personInputCandidate, type TPersonFormValues } from "./person-form-values";

type TTextField = "employeeNumber" | "firstName" | "lastName" | "email" | "jobTitle" | "department";

/** The person's fields, checked with the same schema as the server before anything is sent. */
export function PersonForm({
  initial,
  personId,
  readOnly,
  busy,
  serverError,
  submitLabel,
  actions,
  onSubmit,
}: {
  initial: TPersonFormValues;
  personId?: string;
  readOnly?: boolean;
  busy: boolean;
  serverError: ApiError | null;
  submitLabel: string;
  actions?: ReactNode;
  onSubmit: (input: TPersonInput) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [clientErrors, setClientErrors] = useState<TFieldErrors>({});
  const errors = { ...(serverError ? fieldErrorsFromProblem(t, serverError) : {}), ...clientErrors };

  const set = <K extends keyof TPersonFormValues>(field: K, value: TPersonFormValues[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setClientErrors((previous) => {
      const next = { ...previous };
      delete next[field];
      return next;
    });
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = personInputCandidate(values);
    const parsed = ZPersonInput.safeParse(candidate);
    if (!parsed.success) {
      setClientErrors(fieldErrorsFromZod(t, parsed.error, candidate));
      return;
    }
    setClientErrors({});
    onSubmit(parsed.data);
  }

  const text = (field: TTextField, extra: { required?: boolean; type?: string; autoComplete?: string } = {}) => (
    <TextInput
      label={t(`fields.${field}`)}
      value={values[field]}
      onChange={(event) => set(field, event.currentTarget.value)}
      error={errors[field]}
      required={extra.required}
      type={extra.type}
      autoComplete={extra.autoComplete ?? "off"}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert error={serverError} />
        <Fieldset legend={t("people.details")} disabled={readOnly || busy} variant="unstyled">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {text("firstName", { required: true })}
            {text("lastName", { required: true })}
            {text("email", { required: true, type: "email" })}
            {text("employeeNumber", { required: true })}
            {text("jobTitle")}
            {text("department")}
            <ManagerSelect
              value={values.managerId}
              selectedName={values.managerName}
              excludeId={personId}
              disabled={readOnly}
              error={errors.managerId}
              onChange={(id, name) => {
                set("managerId", id);
                set("managerName", name);
              }}
            />
            <LanguageSelect
              label={t("fields.language")}
              value={values.language}
              error={errors.language}
              onChange={(language) => set("language", language)}
            />
            <TextInput
              label={t("fields.startDate")}
              type="date"
              value={values.startDate}
              onChange={(event) => set("startDate", event.currentTarget.value)}
              error={errors.startDate}
            />
            <TextInput
              label={t("fields.roleStartDate")}
              type="date"
              value={values.roleStartDate}
              onChange={(event) => set("roleStartDate", event.currentTarget.value)}
              error={errors.roleStartDate}
            />
          </SimpleGrid>
        </Fieldset>
        {!readOnly && (
          <Group gap="sm">
            <Button type="submit" loading={busy}>
              {submitLabel}
            </Button>
            {actions}
          </Group>
        )}
      </Stack>
    </form>
  );
}
