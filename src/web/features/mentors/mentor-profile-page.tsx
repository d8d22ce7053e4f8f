import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Switch, Table, Text, Textarea, TextInput, Title } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { MENTOR_CAPACITY_MAX, type TMentorProfile, ZMentorProfile, ZMentorProfileInput } from "../../../contracts/mentors";
import { MANAGER_CHALLENGES } from "../../../domain/assessment/manager-challenges";
import { apiRequest } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { CaptionedTable } from "../../components/captioned-table";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { currentLocale, LANGUAGE_NAMES, LOCALES, type TLocale } from "../../i18n";

type TForm = { levels: Record<string, string>; languages: TLocale[]; industries: string; capacity: number | string; available: boolean; bio: string };

function formOf(profile: TMentorProfile): TForm {
  return {
    levels: Object.fromEntries(profile.expertise.map((e) => [e.challengeId, String(e.level)])),
    languages: [...profile.languages],
    industries: profile.industries.join(", "),
    capacity: profile.capacity,
    available: profile.available,
    bio: profile.bio,
  };
}

/** A mentor's own matching profile: expertise per challenge, languages, industries, capacity, availability, bio. */
export function MentorProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t("mentors.profileTitle"));
  const locale = currentLocale();
  const profile = useResource(`/api/me/mentor-profile?lang=${locale}`, ZMentorProfile);
  const [form, setForm] = useState<TForm | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useSubmission();

  useEffect(() => {
    if (profile.data) setForm(formOf(profile.data));
  }, [profile.data]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    setSaved(false);
    const body = {
      expertise: MANAGER_CHALLENGES.flatMap((c) => {
        const level = Number(form.levels[c.id] ?? "0");
        return level >= 1 && level <= 3 ? [{ challengeId: c.id, level }] : [];
      }),
      languages: form.languages,
      industries: form.industries
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
      capacity: Number(form.capacity),
      available: form.available,
      bio: form.bio,
    };
    const parsed = ZMentorProfileInput.safeParse(body);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        if (!next[field]) next[field] = field === "languages" ? t("mentors.languagesRequired") : issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    const result = await run(() => apiRequest("PUT", `/api/me/mentor-profile?lang=${locale}`, { body: parsed.data, schema: ZMentorProfile }));
    if (result) {
      setSaved(true);
      setForm(formOf(result));
    }
  }

  return (
    <Stack gap="md">
      <Title order={1}>{t("mentors.profileTitle")}</Title>
      <Text>{t("mentors.profileIntro")}</Text>
      <ProblemAlert error={error ?? profile.error} />
      {saved && (
        <Alert color="green" role="status">
          {t("mentors.saved")}
        </Alert>
      )}
      {profile.loading && !form && <LoadingState />}
      {form && (
        <form onSubmit={save} noValidate>
          <Stack gap="md">
            <Checkbox.Group
              label={t("mentors.languages")}
              value={form.languages}
              onChange={(value) => setForm({ ...form, languages: value.filter((v): v is TLocale => (LOCALES as readonly string[]).includes(v)) })}
              error={errors.languages}
            >
              <Group gap="md" mt="xs">
                {LOCALES.map((l) => (
                  <Checkbox key={l} value={l} label={LANGUAGE_NAMES[l]} />
                ))}
              </Group>
            </Checkbox.Group>
            <NumberInput
              label={t("mentors.capacity")}
              min={1}
              max={MENTOR_CAPACITY_MAX}
              allowDecimal={false}
              value={form.capacity}
              onChange={(value) => setForm({ ...form, capacity: value })}
              error={errors.capacity}
              w="fit-content"
            />
            <Switch label={t("mentors.available")} checked={form.available} onChange={(event) => setForm({ ...form, available: event.currentTarget.checked })} />
            <TextInput
              label={t("mentors.industries")}
              description={t("mentors.industriesHint")}
              value={form.industries}
              onChange={(event) => setForm({ ...form, industries: event.currentTarget.value })}
              error={errors.industries}
            />
            <Textarea label={t("mentors.bio")} value={form.bio} maxLength={2000} rows={4} onChange={(event) => setForm({ ...form, bio: event.currentTarget.value })} error={errors.bio} />
            <Title order={2}>{t("mentors.expertise")}</Title>
            <CaptionedTable id="mentor-expertise" caption={t("mentors.expertise")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("mentors.challenge")}</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t("mentors.expertise")}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {MANAGER_CHALLENGES.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Th scope="row">{c.wording[locale]}</Table.Th>
                    <Table.Td>
                      <NativeSelect
                        aria-label={t("mentors.levelLabel", { challenge: c.wording[locale] })}
                        value={form.levels[c.id] ?? "0"}
                        onChange={(event) => setForm({ ...form, levels: { ...form.levels, [c.id]: event.currentTarget.value } })}
                        data={[
                          { value: "0", label: t("mentors.levelNone") },
                          { value: "1", label: t("mentors.level.1") },
                          { value: "2", label: t("mentors.level.2") },
                          { value: "3", label: t("mentors.level.3") },
                        ]}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </CaptionedTable>
            <Button type="submit" loading={busy} w="fit-content">
              {t("mentors.save")}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
