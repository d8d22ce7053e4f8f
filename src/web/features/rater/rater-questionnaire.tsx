import { Alert, Button, Group, Paper, Progress, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { MAX_COMMENT_LENGTH, type TNomineeGroup, type TQuestionnaire, type TRaterAnswersInput, ZRaterSaved } from "../../../contracts/feedback";
import { apiRequest } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { formatDateTime } from "../../components/format-date";
import { ProblemAlert } from "../../components/problem-alert";
import { tk } from "../../i18n";

const GROUP_TEXT: Record<TNomineeGroup, string> = {
  line_manager: tk("rater.group.line_manager"),
  peer: tk("rater.group.peer"),
  direct_report: tk("rater.group.direct_report"),
  other: tk("rater.group.other"),
};
const CANNOT_JUDGE = "cannot-judge";
const AUTOSAVE_MS = 1200;

type TAnswers = Record<string, number | null>;
type TComments = Record<string, string>; // statement id → text; "" = overall

function toBody(answers: TAnswers, comments: TComments): TRaterAnswersInput {
  return {
    answers: Object.entries(answers).map(([id, value]) => ({ id, value })),
    comments: Object.entries(comments)
      .filter(([, text]) => text.trim() !== "")
      .map(([itemId, text]) => (itemId ? { itemId, text } : { text })),
  };
}

/** The questionnaire: one 5-point scale with "can't judge" per statement, optional comments, autosave and submit. */
export function RaterQuestionnaire({ questionnaire }: { questionnaire: TQuestionnaire }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<TAnswers>(() => ({ ...questionnaire.answers }));
  const [comments, setComments] = useState<TComments>(() =>
    Object.fromEntries(questionnaire.comments.map((c) => [c.itemId ?? "", c.text])),
  );
  const [openComments, setOpenComments] = useState<Set<string>>(() => new Set(questionnaire.comments.flatMap((c) => (c.itemId ? [c.itemId] : []))));
  const [submittedAt, setSubmittedAt] = useState(questionnaire.submittedAt);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [dirty, setDirty] = useState(0);
  const { run: runAutosave, busy: saving, error: saveError } = useSubmission();
  const submission = useSubmission();
  const latest = useRef({ answers, comments });
  latest.current = { answers, comments };

  const save = useCallback(async () => {
    const body = toBody(latest.current.answers, latest.current.comments);
    const saved = await runAutosave(() => apiRequest("PUT", "/api/rater/answers", { body, schema: ZRaterSaved }));
    if (saved) setSavedAt(saved.savedAt);
  }, [runAutosave]);

  useEffect(() => {
    if (dirty === 0) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [dirty, save]);

  const change = () => setDirty((n) => n + 1);
  const answer = (id: string, value: string) => {
    setAnswers((previous) => ({ ...previous, [id]: value === CANNOT_JUDGE ? null : Number(value) }));
    change();
  };
  const comment = (id: string, text: string) => {
    setComments((previous) => ({ ...previous, [id]: text }));
    change();
  };

  async function submit() {
    setDirty(0);
    const body = toBody(answers, comments);
    const saved = await submission.run(() => apiRequest("POST", "/api/rater/submit", { body, schema: ZRaterSaved }));
    if (saved) {
      setSubmittedAt(saved.submittedAt);
      setSavedAt(saved.savedAt);
    }
  }

  const name = `${questionnaire.subject.firstName} ${questionnaire.subject.lastName}`;
  const total = questionnaire.statements.length;
  const answered = questionnaire.statements.filter((s) => s.id in answers).length;
  const closes = formatDateTime(questionnaire.closesAt);

  return (
    <Stack gap="md">
      <Title order={1}>{t("rater.title", { name })}</Title>
      <Text>{t(GROUP_TEXT[questionnaire.group], { name })}</Text>
      <Text>
        {questionnaire.group === "line_manager"
          ? t("rater.lineManagerShown", { name, minimum: questionnaire.groupMinimum })
          : t("rater.anonymous", { name, minimum: questionnaire.groupMinimum })}
      </Text>
      <Text>{t("rater.instructions", { date: closes })}</Text>
      <Stack gap={4}>
        <Text size="sm">{t("rater.progress", { answered, total })}</Text>
        <Progress value={total ? (100 * answered) / total : 0} aria-label={t("rater.progress", { answered, total })} />
      </Stack>

      {questionnaire.statements.map((statement, index) => {
        const value = answers[statement.id];
        const commentOpen = openComments.has(statement.id);
        return (
          <Paper key={statement.id} withBorder p="sm">
            <Radio.Group
              name={`statement-${statement.id}`}
              label={`${index + 1}. ${statement.text}`}
              value={value === undefined ? null : value === null ? CANNOT_JUDGE : String(value)}
              onChange={(next) => answer(statement.id, next)}
            >
              <Group gap="md" mt="xs">
                {questionnaire.scale.map((option) => (
                  <Radio key={option.value} value={String(option.value)} label={option.label} />
                ))}
                <Radio value={CANNOT_JUDGE} label={questionnaire.cannotJudge} />
              </Group>
            </Radio.Group>
            {commentOpen ? (
              <Textarea
                mt="xs"
                label={t("rater.commentOn", { number: index + 1 })}
                value={comments[statement.id] ?? ""}
                maxLength={MAX_COMMENT_LENGTH}
                rows={3}
                onChange={(event) => comment(statement.id, event.currentTarget.value)}
              />
            ) : (
              <Button
                variant="subtle"
                size="xs"
                mt="xs"
                aria-label={t("rater.addCommentOn", { number: index + 1 })}
                onClick={() => setOpenComments((previous) => new Set(previous).add(statement.id))}
              >
                {t("rater.addComment")}
              </Button>
            )}
          </Paper>
        );
      })}

      <Textarea
        label={t("rater.overallComment")}
        description={t("rater.commentHint")}
        value={comments[""] ?? ""}
        maxLength={MAX_COMMENT_LENGTH}
        rows={3}
        onChange={(event) => comment("", event.currentTarget.value)}
      />

      <Text size="sm" role="status" aria-live="polite">
        {saving ? t("rater.saving") : savedAt ? t("rater.savedAt", { time: formatDateTime(savedAt) }) : t("rater.autosaveHint")}
      </Text>
      <ProblemAlert error={saveError} />
      <ProblemAlert error={submission.error} />
      {submittedAt && (
        <Alert color="green" role="status" title={t("rater.thanksTitle")}>
          {t("rater.thanks", { date: closes })}
        </Alert>
      )}
      <Group>
        <Button loading={submission.busy} onClick={() => void submit()}>
          {submittedAt ? t("rater.resubmit") : t("rater.submit")}
        </Button>
        {answered < total && <Text size="sm">{t("rater.unanswered", { missing: total - answered })}</Text>}
      </Group>
    </Stack>
  );
}
