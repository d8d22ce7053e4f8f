import { Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TEngagementDetail, TSessionView } from "../../../contracts/mentoring";
import { api, apiRequest } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { formatDateTime } from "../../components/format-date";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";
import { mySide } from "./engagement-section";
import { toLocalInput } from "./local-time";
import { ReactionSurvey } from "./surveys";

function Reschedule({ session, onDone }: { session: TSessionView; onDone: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [start, setStart] = useState(() => toLocalInput(session.start, session.timeZone));
  const [end, setEnd] = useState(() => toLocalInput(session.end, session.timeZone));
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => api.post(`/api/mentoring/sessions/${session.id}/reschedule`, { slot: { start, end } }))) onDone();
  }

  return (
    <Stack component="form" gap="xs" onSubmit={(event) => void submit(event)}>
      <Text size="sm">{t("mentoring.proposeHint", { zone: session.timeZone })}</Text>
      <Group grow>
        <TextInput type="datetime-local" label={t("mentoring.reschedule.start")} value={start} onChange={(ev) => setStart(ev.currentTarget.value)} error={fieldErrors["slot.start"] ?? fieldErrors.slot} required />
        <TextInput type="datetime-local" label={t("mentoring.reschedule.end")} value={end} onChange={(ev) => setEnd(ev.currentTarget.value)} error={fieldErrors["slot.end"]} required />
      </Group>
      <ProblemAlert error={error} />
      <Group>
        <Button type="submit" size="xs" loading={busy}>
          {t("mentoring.reschedule.submit")}
        </Button>
      </Group>
    </Stack>
  );
}

function AgendaEditor({ session, onDone }: { session: TSessionView; onDone: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [text, setText] = useState(session.agenda.join("\n"));
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};
  const agendaError = Object.entries(fieldErrors).find(([field]) => field.startsWith("agenda") || field === "items")?.[1];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const items = text.split("\n").map((line) => line.trim()).filter((line) => line !== "");
    if (await run(() => apiRequest("PUT", `/api/mentoring/sessions/${session.id}/agenda`, { body: { items } }))) onDone();
  }

  return (
    <Stack component="form" gap="xs" onSubmit={(event) => void submit(event)}>
      <Textarea label={t("mentoring.agenda.label")} description={t("mentoring.agenda.hint")} value={text} rows={3} autosize onChange={(ev) => setText(ev.currentTarget.value)} error={agendaError} />
      <ProblemAlert error={error} />
      <Group>
        <Button type="submit" size="xs" variant="default" loading={busy}>
          {t("mentoring.agenda.save")}
        </Button>
      </Group>
    </Stack>
  );
}

/** One session: its status, time, agenda, and what the signed-in party may do with it now. */
export function SessionRow({ session, engagement, onDone }: { session: TSessionView; engagement: TEngagementDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [open, setOpen] = useState<"reschedule" | "agenda" | null>(null);
  const [reason, setReason] = useState("");
  const canAnswer = session.status === "proposed" && session.proposedBy !== mySide(engagement);
  const started = session.start !== null && new Date(session.start).getTime() <= Date.now();
  const active = engagement.status === "active";
  const cancelBody = reason.trim() === "" ? {} : { reason };
  const done = () => {
    setOpen(null);
    onDone();
  };
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group>
          <Badge variant="light">{t(`mentoring.sessionStatus.${session.status}`)}</Badge>
          {session.start && <Text>{formatDateTime(session.start)}</Text>}
          {session.location && <Text>{session.location}</Text>}
        </Group>
        {session.status === "cancelled" && session.cancelledReason && (
          <Text size="sm">
            {t("mentoring.cancelReasonShown")}: {session.cancelledReason}
          </Text>
        )}
        {session.agenda.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t("mentoring.agenda.title")}
            </Text>
            <ul>
              {session.agenda.map((item, index) => (
                <li key={`${index}-${item}`}>{item}</li>
              ))}
            </ul>
          </div>
        )}
        {session.status === "proposed" && (
          <Group>
            {session.slots.map((slot, index) =>
              canAnswer ? (
                <Button key={slot.start} size="xs" loading={busy} onClick={() => void run(() => api.post(`/api/mentoring/sessions/${session.id}/accept`, { slotIndex: index })).then(onDone)}>
                  {t("mentoring.accept", { when: formatDateTime(slot.start) })}
                </Button>
              ) : (
                <Text key={slot.start} size="sm">
                  {formatDateTime(slot.start)}
                </Text>
              ),
            )}
          </Group>
        )}
        {(session.status === "scheduled" || session.status === "proposed") && !started && (
          <TextInput label={t("mentoring.cancelReason")} value={reason} maxLength={2000} onChange={(ev) => setReason(ev.currentTarget.value)} />
        )}
        {session.status === "proposed" && (
          <Group>
            <Button size="xs" variant="default" loading={busy} onClick={() => void run(() => api.post(`/api/mentoring/sessions/${session.id}/cancel`, cancelBody)).then(onDone)}>
              {canAnswer ? t("mentoring.declineProposal") : t("mentoring.withdrawProposal")}
            </Button>
          </Group>
        )}
        {session.status === "scheduled" && (
          <Group>
            <Anchor href={`/api/mentoring/sessions/${session.id}/ics`}>{t("mentoring.downloadIcs")}</Anchor>
            {!started && (
              <Button size="xs" variant="default" loading={busy} onClick={() => void run(() => api.post(`/api/mentoring/sessions/${session.id}/cancel`, cancelBody)).then(onDone)}>
                {t("mentoring.cancelSession")}
              </Button>
            )}
            {!started && active && (
              <Button size="xs" variant="default" aria-expanded={open === "reschedule"} onClick={() => setOpen(open === "reschedule" ? null : "reschedule")}>
                {t("mentoring.reschedule.open")}
              </Button>
            )}
            {started && (
              <Button size="xs" variant="default" loading={busy} onClick={() => void run(() => api.post(`/api/mentoring/sessions/${session.id}/held`)).then(onDone)}>
                {t("mentoring.markHeld")}
              </Button>
            )}
          </Group>
        )}
        {session.status !== "cancelled" && (
          <Group>
            <Button size="xs" variant="subtle" aria-expanded={open === "agenda"} onClick={() => setOpen(open === "agenda" ? null : "agenda")}>
              {t("mentoring.agenda.edit")}
            </Button>
          </Group>
        )}
        <ProblemAlert error={error} />
        {open === "reschedule" && <Reschedule session={session} onDone={done} />}
        {open === "agenda" && <AgendaEditor session={session} onDone={done} />}
        {session.status === "held" && engagement.myRoles.includes("mentee") && <ReactionSurvey subject="session" subjectId={session.id} headingId={`reaction-session-${session.id}`} />}
      </Stack>
    </Paper>
  );
}
