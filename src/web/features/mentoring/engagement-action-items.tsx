import { Button, Checkbox, Group, Select, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TEngagementDetail } from "../../../contracts/mentoring";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";
import { Section } from "./engagement-section";

/** Action items with due dates and owners: ticking them off, and adding one while the engagement is active. */
export function ActionItems({ engagement, onDone }: { engagement: TEngagementDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [text, setText] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [owner, setOwner] = useState<string | null>("mentee");
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => api.post(`/api/mentoring/engagements/${engagement.id}/action-items`, { text, dueDate, owner }))) {
      setText("");
      onDone();
    }
  }

  return (
    <Section id="actions-title" title={t("mentoring.actionItems")}>
      {engagement.actionItems.map((item) => (
        <Checkbox
          key={item.id}
          checked={item.done}
          label={`${item.text} (${t(`mentoring.owner.${item.owner}`)}, ${item.dueDate})${item.overdue ? ` — ${t("mentoring.overdue")}` : ""}`}
          onChange={(ev) => void run(() => api.patch(`/api/mentoring/action-items/${item.id}`, { done: ev.currentTarget.checked })).then(onDone)}
        />
      ))}
      {engagement.status === "active" && (
        <Stack component="form" gap="xs" onSubmit={(event) => void submit(event)}>
          <TextInput label={t("mentoring.actionText")} value={text} onChange={(ev) => setText(ev.currentTarget.value)} error={fieldErrors.text} required />
          <Group grow>
            <TextInput type="date" label={t("mentoring.dueDate")} value={dueDate} onChange={(ev) => setDueDate(ev.currentTarget.value)} error={fieldErrors.dueDate} required />
            <Select
              label={t("mentoring.ownerLabel")}
              value={owner}
              onChange={setOwner}
              data={[
                { value: "mentee", label: t("mentoring.owner.mentee") },
                { value: "mentor", label: t("mentoring.owner.mentor") },
              ]}
            />
          </Group>
          <ProblemAlert error={error} />
          <Group>
            <Button type="submit" loading={busy}>
              {t("mentoring.addActionItem")}
            </Button>
          </Group>
        </Stack>
      )}
    </Section>
  );
}
