import { Anchor, Badge, Button, Checkbox, Group, NumberInput, Paper, Radio, Select, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ZEngagementDetail, ZNote, ZNoteList, type TEngagementDetail, type TNoteView, type TSessionView } from "../../../contracts/mentoring";
import { api, apiRequest } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { formatDateTime } from "../../components/format-date";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";
import { challengeLabel } from "./challenge-label";
import { Enrolments } from "./enrolments";
import { canEditGoals, GoalsEditor } from "./goals-editor";
import { toLocalInput } from "./local-time";
import { ClosureFeedback, ReactionSurvey } from "./surveys";

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
  const [editingGoals, setEditingGoals] = useState(false);
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
        {canEditGoals(e) &&
          (editingGoals ? (
            <GoalsEditor
              engagement={e}
              onCancel={() => setEditingGoals(false)}
              onDone={() => {
                setEditingGoals(false);
                engagement.reload();
              }}
            />
          ) : (
            <Group>
              <Button variant="default" onClick={() => setEditingGoals(true)}>
                {t("mentoring.goalsEdit.open")}
              </Button>
            </Group>
          ))}
      </Section>
      {party && e.status === "completed" && (
        <Section id="closure-title" title={t("mentoring.closure.title")}>
          <ClosureFeedback engagementId={e.id} side={mySide(e)} />
        </Section>
      )}
      {party && (
        <>
          <Sessions engagement={e} onDone={engagement.reload} />
          <ActionItems engagement={e} onDone={engagement.reload} />
          <CheckIns engagement={e} onDone={engagement.reload} />
        </>
      )}
      {(party || e.myRoles.includes("hr")) && (
        <Section id="enrolments-title" title={t("mentoring.enrolments.title")}>
          <Enrolments engagement={e} onDone={engagement.reload} />
        </Section>
      )}
      {party && <Notes engagementId={e.id} />}
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

function SessionRow({ session, engagement, onDone }: { session: TSessionView; engagement: TEngagementDetail; onDone: () => void }) {
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

function VisibilityChoice({ value, onChange, label }: { value: string; onChange: (value: string) => void; label: string }) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={label} value={value} onChange={onChange}>
      <Group gap="md" mt="xs">
        <Radio value="private" label={t("mentoring.visibility.private")} />
        <Radio value="shared" label={t("mentoring.visibility.shared")} />
      </Group>
    </Radio.Group>
  );
}

/** One note; its author may change its text and who sees it, or delete it. */
function NoteItem({ note, onDone }: { note: TNoteView; onDone: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(note.body);
  const [visibility, setVisibility] = useState<string>(note.visibility);
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};

  async function save(event: FormEvent) {
    event.preventDefault();
    if (await run(() => apiRequest("PUT", `/api/mentoring/notes/${note.id}`, { body: { body, visibility }, schema: ZNote }))) {
      setEditing(false);
      onDone();
    }
  }

  async function remove() {
    if (!window.confirm(t("mentoring.noteEdit.confirmDelete"))) return;
    if (await run(() => api.delete(`/api/mentoring/notes/${note.id}`))) onDone();
  }

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group>
          <Badge variant="light">{t(`mentoring.visibility.${note.visibility}`)}</Badge>
          <Text size="sm">{formatDateTime(note.createdAt)}</Text>
          {!note.mine && <Text size="sm">{t("mentoring.noteEdit.byOther")}</Text>}
        </Group>
        {editing ? (
          <Stack component="form" gap="xs" onSubmit={(event) => void save(event)}>
            <Textarea label={t("mentoring.noteEdit.body")} value={body} onChange={(ev) => setBody(ev.currentTarget.value)} error={fieldErrors.body} required rows={3} />
            <VisibilityChoice label={t("mentoring.noteEdit.visibility")} value={visibility} onChange={setVisibility} />
            <Group>
              <Button type="submit" size="xs" loading={busy}>
                {t("mentoring.noteEdit.save")}
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setEditing(false)}>
                {t("mentoring.noteEdit.cancel")}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Text style={{ whiteSpace: "pre-wrap" }}>{note.body}</Text>
        )}
        {note.mine && !editing && (
          <Group>
            <Button size="xs" variant="default" onClick={() => setEditing(true)}>
              {t("mentoring.noteEdit.edit")}
            </Button>
            <Button size="xs" variant="subtle" color="red" loading={busy} onClick={() => void remove()}>
              {t("mentoring.noteEdit.delete")}
            </Button>
          </Group>
        )}
        <ProblemAlert error={error} />
      </Stack>
    </Paper>
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
        <NoteItem key={note.id} note={note} onDone={notes.reload} />
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
