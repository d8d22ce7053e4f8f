import { Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TEngagementDetail } from "../../../contracts/mentoring";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";

/** The API takes 1–5 slots per proposal; the other party accepts one of them. */
export const MAX_SLOTS = 5;

type TSlotDraft = { key: number; start: string; end: string };

/** Proposes a session as one to five slots, typed as local times in the engagement's time zone. */
export function ProposeSession({ engagement, onDone }: { engagement: TEngagementDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const nextKey = useRef(1);
  const [slots, setSlots] = useState<TSlotDraft[]>([{ key: 0, start: "", end: "" }]);
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};

  const change = (key: number, field: "start" | "end", value: string) => setSlots((previous) => previous.map((s) => (s.key === key ? { ...s, [field]: value } : s)));
  const add = () => setSlots((previous) => (previous.length >= MAX_SLOTS ? previous : [...previous, { key: nextKey.current++, start: "", end: "" }]));
  const remove = (key: number) => setSlots((previous) => (previous.length <= 1 ? previous : previous.filter((s) => s.key !== key)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { slots: slots.map(({ start, end }) => ({ start, end })) };
    if (await run(() => api.post(`/api/mentoring/engagements/${engagement.id}/sessions`, body))) {
      setSlots([{ key: nextKey.current++, start: "", end: "" }]);
      onDone();
    }
  }

  return (
    <Stack component="form" gap="xs" onSubmit={(event) => void submit(event)}>
      <Title order={3}>{t("mentoring.propose")}</Title>
      <Text size="sm">{t("mentoring.proposeHint", { zone: engagement.timeZone })}</Text>
      <Text size="sm">{t("mentoring.slots.hint", { max: MAX_SLOTS })}</Text>
      {slots.map((slot, index) => {
        const n = index + 1;
        return (
          <Group key={slot.key} align="flex-start" wrap="wrap">
            <TextInput
              style={{ flex: 1, minWidth: 200 }}
              type="datetime-local"
              label={t("mentoring.slots.start", { n })}
              value={slot.start}
              onChange={(ev) => change(slot.key, "start", ev.currentTarget.value)}
              error={fieldErrors[`slots[${index}].start`] ?? fieldErrors[`slots[${index}]`]}
              required
            />
            <TextInput
              style={{ flex: 1, minWidth: 200 }}
              type="datetime-local"
              label={t("mentoring.slots.end", { n })}
              value={slot.end}
              onChange={(ev) => change(slot.key, "end", ev.currentTarget.value)}
              error={fieldErrors[`slots[${index}].end`]}
              required
            />
            {slots.length > 1 && (
              <Button mt={24} size="xs" variant="subtle" color="red" onClick={() => remove(slot.key)}>
                {t("mentoring.slots.remove", { n })}
              </Button>
            )}
          </Group>
        );
      })}
      <ProblemAlert error={error} />
      <Group>
        {slots.length < MAX_SLOTS && (
          <Button variant="default" onClick={add}>
            {t("mentoring.slots.add")}
          </Button>
        )}
        <Button type="submit" loading={busy}>
          {t("mentoring.proposeButton")}
        </Button>
      </Group>
    </Stack>
  );
}
