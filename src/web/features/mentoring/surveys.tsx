import { Alert, Button, Group, Stack, Textarea, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZClosureResult } from "../../../contracts/mentoring";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";
import { ScaleField } from "./scale-field";

type TScores<K extends string> = Record<K, number | null>;

function useScores<K extends string>(items: readonly K[]) {
  const [scores, setScores] = useState<TScores<K>>(() => Object.fromEntries(items.map((item) => [item, null])) as TScores<K>);
  const complete = items.every((item) => scores[item] !== null);
  return { scores, complete, set: (item: K, value: number) => setScores((previous) => ({ ...previous, [item]: value })) };
}

const REACTION_ITEMS = ["satisfaction", "relevance", "intentToApply"] as const;

/** The mentee's reaction survey (1–5) after a held session or a done module; answered once. */
export function ReactionSurvey({ subject, subjectId, headingId }: { subject: "session" | "module"; subjectId: string; headingId: string }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const { scores, complete, set } = useScores(REACTION_ITEMS);
  const [comment, setComment] = useState("");
  const [sent, setSent] = useState(false);
  const [open, setOpen] = useState(false);
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { subject, subjectId, ...scores, comment: comment.trim() === "" ? null : comment };
    if (await run(() => api.post("/api/mentoring/reactions", body))) setSent(true);
  }

  if (sent) return <Alert color="green">{t("mentoring.reaction.thanks")}</Alert>;
  if (!open) {
    return (
      <Group>
        <Button size="xs" variant="light" onClick={() => setOpen(true)}>
          {t(subject === "session" ? "mentoring.reaction.openSession" : "mentoring.reaction.openModule")}
        </Button>
      </Group>
    );
  }
  return (
    <Stack component="form" gap="xs" aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <Title order={4} id={headingId}>
        {t(subject === "session" ? "mentoring.reaction.sessionTitle" : "mentoring.reaction.moduleTitle")}
      </Title>
      {REACTION_ITEMS.map((item) => (
        <ScaleField key={item} label={t(`mentoring.reaction.${item}`)} description={t("mentoring.scaleHint")} value={scores[item]} error={fieldErrors[item]} onChange={(v) => set(item, v)} />
      ))}
      <Textarea label={t("mentoring.commentOptional")} value={comment} maxLength={1000} onChange={(ev) => setComment(ev.currentTarget.value)} error={fieldErrors.comment} />
      <ProblemAlert error={error} />
      <Group>
        <Button type="submit" loading={busy} disabled={!complete}>
          {t("mentoring.reaction.submit")}
        </Button>
      </Group>
    </Stack>
  );
}

const CLOSURE_ITEMS = ["overall", "goalProgress", "wouldRecommend"] as const;

/** Closure feedback on a completed engagement, once per side. */
export function ClosureFeedback({ engagementId, side }: { engagementId: string; side: "mentor" | "mentee" }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const { scores, complete, set } = useScores(CLOSURE_ITEMS);
  const [comment, setComment] = useState("");
  const [sides, setSides] = useState<string[] | null>(null);
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { ...scores, comment: comment.trim() === "" ? null : comment };
    const result = await run(() => api.post(`/api/mentoring/engagements/${engagementId}/closure-feedback`, body, { schema: ZClosureResult }));
    if (result) setSides(result.submittedSides);
  }

  if (sides) {
    return (
      <Alert color="green">
        {t(sides.length === 2 ? "mentoring.closure.bothDone" : "mentoring.closure.thanks")}
      </Alert>
    );
  }
  return (
    <Stack component="form" gap="xs" onSubmit={(event) => void submit(event)}>
      <Alert color="blue">{t(side === "mentee" ? "mentoring.closure.hintMentee" : "mentoring.closure.hintMentor")}</Alert>
      {CLOSURE_ITEMS.map((item) => (
        <ScaleField key={item} label={t(`mentoring.closure.${item}`)} description={t("mentoring.scaleHint")} value={scores[item]} error={fieldErrors[item]} onChange={(v) => set(item, v)} />
      ))}
      <Textarea label={t("mentoring.commentOptional")} value={comment} maxLength={1000} onChange={(ev) => setComment(ev.currentTarget.value)} error={fieldErrors.comment} />
      <ProblemAlert error={error} />
      <Group>
        <Button type="submit" loading={busy} disabled={!complete}>
          {t("mentoring.closure.submit")}
        </Button>
      </Group>
    </Stack>
  );
}
