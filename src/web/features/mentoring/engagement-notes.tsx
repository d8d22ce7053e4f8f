import { Badge, Button, Group, Paper, Radio, Select, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZNote, ZNoteList, type TNoteView } from "../../../contracts/mentoring";
import { api, apiRequest } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { formatDateTime } from "../../components/format-date";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";
import { Section } from "./engagement-section";

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

/** Private and shared notes: the server answers only the notes the signed-in party may read. */
export function Notes({ engagementId }: { engagementId: string }) {
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
