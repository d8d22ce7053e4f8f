import { Anchor, Badge, Button, Checkbox, Group, NumberInput, Paper, Select, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ZEngagementDetail, ZNoteList, type TEngagementDetail, type TSessionView } from "../../../contracts/mentoring";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { formatDateTime } from "../../components/format-date";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";
import { challengeLabel } from "./challenge-label";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** One engagement: goals and progress, status actions, and for the mentor and the mentee sessions, action items, check-ins and notes. */
export function EngagementPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const engagement = useResource(`/api/mentoring/engagements/${id}`, ZEngagementDetail);
  usePageTitle(t("mentoring.engagementTitle"));
  if (engagement.error) return <ProblemAlert error={engagement.error} />;
  if (!engagement.data) return <LoadingState />;
  const e = engagement.data;
  const party = e.myRoles.includes("mentor") || e.myRoles.includes("mentee");
  return (
    <Stack gap="lg">
      <Title order={1}>
        {t("mentoring.engagementTitle")}: {e.person.firstName} {e.person.lastName}
      </Title>
      <Group>
        <Badge variant="light">{t(`mentoring.status.${e.status}`)}</Badge>
        <Text>
          {t("mentoring.mentor")}: {e.mentor.name}
        </Text>
        <Text>
          {e.startDate} – {e.plannedEndDate}
        </Text>
      </Group>
      <StatusActions engagement={e} onDone={engagement.reload} />
      <Section id="goals-title" title={t("mentoring.goals")}>
        <ul>
          {e.goals.map((g) => (
            <li key={g.challengeId}>
              <strong>{challengeLabel(g.challengeId)}</strong>
              {g.objective ? ` — ${g.objective}` : ""}: {g.progress === null ? t("mentoring.noProgress") : t("mentoring.progressValue", { value: g.progress })}
            </li>
          ))}
        </ul>
      </Section>
      {party && (
        <>
          <Sessions engagement={e} onDone={engagement.reload} />
          <ActionItems engagement={e} onDone={engagement.reload} />
          <CheckIns engagement={e} onDone={engagement.reload} />
          <Notes engagementId={e.id} />
        </>
      )}
    </Stack>
  );
}

function StatusActions({ engagement, onDone }: { engagement: TEngagementDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  if (engagement.actions.length === 0) return null;
  return (
    <Stack gap="xs">
      <Group>
        {engagement.actions.map((action) => (
          <Button key={action} variant="default" loading={busy} onClick={() => void run(() => api.post(`/api/mentoring/engagements/${engagement.id}/status`, { action })).then(onDone)}>
            {t(`mentoring.action.${action}`)}
          </Button>
        ))}
      </Group>
      <ProblemAlert error={error} />
    </Stack>
  );
}

function mySide(engagement: TEngagementDetail): "mentor" | "mentee" {
  return engagement.myRoles.includes("mentor") ? "mentor" : "mentee";
}

function SessionRow({ session, engagement, onDone }: { session: TSessionView; engagement: TEngagementDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const canAnswer = session.status === "proposed" && session.proposedBy !== mySide(engagement);
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group>
          <Badge variant="light">{t(`mentoring.sessionStatus.${session.status}`)}</Badge>
          {session.start && <Text>{formatDateTime(session.start)}</Text>}
          {session.location && <Text>{session.location}</Text>}
        </Group>
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
        {session.status === "scheduled" && (
          <Group>
            <Anchor href={`/api/mentoring/sessions/${session.id}/ics`}>{t("mentoring.downloadIcs")}</Anchor>
            <Button size="xs" variant="default" loading={busy} onClick={() => void run(() => api.post(`/api/mentoring/sessions/${session.id}/cancel`, {})).then(onDone)}>
              {t("mentoring.cancelSession")}
            </Button>
          </Group>
        )}
        <ProblemAlert error={error} />
      </Stack>
    </Paper>
  );
}

function Sessions({ engagement, onDone }: { engagement: TEngagementDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    const created = await run(() => api.post(`/api/mentoring/engagements/${engagement.id}/sessions`, { slots: [{ start, end }] }));
    if (created) {
      setStart("");
      setEnd("");
      onDone();
    }
  }

  return (
    <Section id="sessions-title" title={t("mentoring.sessions")}>
      {engagement.sessions.length === 0 && <Text c="dimmed">{t("mentoring.noSessions")}</Text>}
      {engagement.sessions.map((s) => (
        <SessionRow key={s.id} session={s} engagement={engagement} onDone={onDone} />
      ))}
      {engagement.status === "active" && (
        <Stack component="form" gap="xs" onSubmit={(event) => void submit(event)}>
          <Title order={3}>{t("mentoring.propose")}</Title>
          <Text size="sm">{t("mentoring.proposeHint", { zone: engagement.timeZone })}</Text>
          <Group grow>
            <TextInput type="datetime-local" label={t("mentoring.slotStart")} value={start} onChange={(ev) => setStart(ev.currentTarget.value)} error={fieldErrors["slots[0].start"]} required />
            <TextInput type="datetime-local" label={t("mentoring.slotEnd")} value={end} onChange={(ev) => setEnd(ev.currentTarget.value)} error={fieldErrors["slots[0].end"]} required />
          </Group>
          <ProblemAlert error={error} />
          <Group>
            <Button type="submit" loading={busy}>
              {t("mentoring.proposeButton")}
            </Button>
          </Group>
        </Stack>
      )}
    </Section>
  );
}

function ActionItems({ engagement, onDone }: { engagement: TEngagementDetail; onDone: () => void }) {
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

function CheckIns({ engagement, onDone }: { engagement: TEngagementDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [challengeId, setChallengeId] = useState<string | null>(engagement.goals[0]?.challengeId ?? null);
  const [progress, setProgress] = useState<number | string>(0);
  const [evidence, setEvidence] = useState("");
  const [blockers, setBlockers] = useState("");
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => api.post(`/api/mentoring/engagements/${engagement.id}/check-ins`, { challengeId, progress: Number(progress), evidence, blockers }))) {
      setEvidence("");
      setBlockers("");
      onDone();
    }
  }

  return (
    <Section id="checkins-title" title={t("mentoring.checkIns")}>
      {engagement.checkIns.map((c) => (
        <Text key={c.id} size="sm">
          {formatDateTime(c.createdAt)} — {challengeLabel(c.challengeId)}: {t("mentoring.progressValue", { value: c.progress })}
          {c.evidence ? ` · ${c.evidence}` : ""}
          {c.blockers ? ` · ${t("mentoring.blockers")}: ${c.blockers}` : ""}
        </Text>
      ))}
      {engagement.status === "active" && (
        <Stack component="form" gap="xs" onSubmit={(event) => void submit(event)}>
          <Select
            label={t("mentoring.goal")}
            value={challengeId}
            onChange={setChallengeId}
            data={engagement.goals.map((g) => ({ value: g.challengeId, label: challengeLabel(g.challengeId) }))}
            error={fieldErrors.challengeId}
          />
          <NumberInput label={t("mentoring.progress")} min={0} max={100} value={progress} onChange={setProgress} error={fieldErrors.progress} />
          <Textarea label={t("mentoring.evidence")} value={evidence} onChange={(ev) => setEvidence(ev.currentTarget.value)} error={fieldErrors.evidence} />
          <Textarea label={t("mentoring.blockers")} value={blockers} onChange={(ev) => setBlockers(ev.currentTarget.value)} error={fieldErrors.blockers} />
          <ProblemAlert error={error} />
          <Group>
            <Button type="submit" loading={busy}>
              {t("mentoring.addCheckIn")}
            </Button>
          </Group>
        </Stack>
      )}
    </Section>
  );
}

function Notes({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const notes = useResource(`/api/mentoring/engagements/${engagementId}/notes`, ZNoteList);
  const { busy, error, run } = useSubmission();
  const [body, setBody] = useState("");
  const [visibility, setVisibility] = useState<string | null>("private");
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => api.post(`/api/mentoring/engagements/${engagementId}/notes`, { body, visibility }))) {
      setBody("");
      notes.reload();
    }
  }

  return (
    <Section id="notes-title" title={t("mentoring.notes")}>
      <Text size="sm">{t("mentoring.notesHint")}</Text>
      <ProblemAlert error={notes.error} />
      {notes.data?.items.map((note) => (
        <Paper key={note.id} withBorder p="sm">
          <Group>
            <Badge variant="light">{t(`mentoring.visibility.${note.visibility}`)}</Badge>
            <Text size="sm">{formatDateTime(note.createdAt)}</Text>
          </Group>
          <Text style={{ whiteSpace: "pre-wrap" }}>{note.body}</Text>
        </Paper>
      ))}
      <Stack component="form" gap="xs" onSubmit={(event) => void submit(event)}>
        <Textarea label={t("mentoring.noteBody")} value={body} onChange={(ev) => setBody(ev.currentTarget.value)} error={fieldErrors.body} required rows={3} />
        <Select
          label={t("mentoring.visibilityLabel")}
          value={visibility}
          onChange={setVisibility}
          data={[
            { value: "private", label: t("mentoring.visibility.private") },
            { value: "shared", label: t("mentoring.visibility.shared") },
          ]}
        />
        <ProblemAlert error={error} />
        <Group>
          <Button type="submit" loading={busy}>
            {t("mentoring.addNote")}
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}
