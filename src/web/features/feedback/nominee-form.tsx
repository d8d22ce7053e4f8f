import { Button, Group, NativeSelect, Paper, Radio, Stack, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { NOMINEE_GROUPS, type TCampaign, type TNomineeGroup, ZCampaign } from "../../../contracts/feedback";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { LanguageSelect } from "../../components/language-select";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";
import { currentLocale, type TLocale } from "../../i18n";
import { GROUP_LABELS } from "./labels";
import { PersonPicker } from "./person-picker";

/** Adds a rater: a group, then a person from the directory or someone outside it (name, email, language). */
export function NomineeForm({ campaign, onChange }: { campaign: TCampaign; onChange: (campaign: TCampaign) => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [group, setGroup] = useState<TNomineeGroup>("peer");
  const [source, setSource] = useState<"directory" | "external">("directory");
  const [personId, setPersonId] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [language, setLanguage] = useState<TLocale>(currentLocale());
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};
  // the server refuses the subject under any alias, a mailbox twice, and direct reports who do not report to the subject
  const refused = error?.code === "VALIDATION" && (error.problem.field === "email" || error.problem.field === "personId");
  const taken = [campaign.subject.personId, ...(campaign.nominees ?? []).flatMap((n) => (n.personId ? [n.personId] : []))];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = source === "directory" ? { group, personId: personId ?? undefined } : { group, name, email, language };
    const next = await run(() => api.post(`/api/feedback/campaigns/${campaign.id}/nominees`, body, { schema: ZCampaign }));
    if (next) {
      onChange(next);
      setPersonId(null);
      setName("");
      setEmail("");
    }
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={(event) => void submit(event)} aria-labelledby="nominee-form-title">
      <Stack gap="sm">
        <Title order={3} id="nominee-form-title">
          {t("feedback.addNominee")}
        </Title>
        <NativeSelect
          label={t("feedback.groupLabel")}
          data={NOMINEE_GROUPS.map((value) => ({ value, label: t(GROUP_LABELS[value]) }))}
          value={group}
          onChange={(event) => setGroup(event.currentTarget.value as TNomineeGroup)}
        />
        <Radio.Group label={t("feedback.nomineeSource")} value={source} onChange={(value) => setSource(value as "directory" | "external")}>
          <Group gap="md" mt="xs">
            <Radio value="directory" label={t("feedback.fromDirectory")} />
            <Radio value="external" label={t("feedback.byEmail")} />
          </Group>
        </Radio.Group>
        {source === "directory" ? (
          <PersonPicker label={t("feedback.person")} value={personId} excludeIds={taken} onChange={setPersonId} error={fieldErrors.personId} required />
        ) : (
          <>
            <TextInput label={t("feedback.nomineeName")} value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldErrors.name} required maxLength={200} />
            <TextInput type="email" label={t("feedback.email")} value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={fieldErrors.email} required maxLength={320} />
            <LanguageSelect label={t("feedback.language")} value={language} onChange={setLanguage} error={fieldErrors.language} />
          </>
        )}
        <ProblemAlert error={error} message={refused ? t("feedback.nomineeRefused") : undefined} />
        <Group>
          <Button type="submit" loading={busy}>
            {t("feedback.add")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
