import { Alert, Anchor, Button, Group, Paper, Progress, Radio, Stack, Text, Title } from "@mantine/core";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import {
  type TAssessmentItems,
  type TInstrument,
  type TMyAnswers,
  ZAssessmentItems,
  ZAssessmentProgress,
  ZAssessmentState,
  ZMyAnswers,
} from "../../../contracts/assessments";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { currentLocale } from "../../i18n";
import { INSTRUMENT_PAGES } from "./instrument-texts";
import { useAutosave } from "./use-autosave";

/** Items per page: short enough to see at once, long enough not to page all the time. */
export const PAGE_SIZE = 10;
/** The radio value of "can't judge" (stored as null). */
const CANNOT_JUDGE = "none";

/** /me/strengths: the IPIP-NEO-120. */
export function StrengthsPage() {
  return <QuestionnairePage instrument="ipip-neo-120" />;
}

/** /me/challenge-scan: the self form of the manager challenge scan. */
export function ChallengeScanPage() {
  return <QuestionnairePage instrument="challenge-scan" />;
}

/** Loads the items in the reader's language and my open answers, then shows the questionnaire where I left off. */
export function QuestionnairePage({ instrument }: { instrument: TInstrument }) {
  const { t } = useTranslation();
  const texts = INSTRUMENT_PAGES[instrument];
  usePageTitle(t(texts.title));
  // the reader's language (useTranslation renders again when the language switcher changes it)
  const language = currentLocale();
  const items = useResource(`/api/assessments/${instrument}/items?lang=${language}`, ZAssessmentItems);
  const mine = useResource(`/api/assessments/me/answers/${instrument}`, ZMyAnswers);
  const { busy, error, run } = useSubmission();

  async function retake() {
    if (await run(() => api.post(`/api/assessments/${instrument}/retake`, {}, { schema: ZAssessmentProgress }))) mine.reload();
  }

  let body;
  if (items.error || mine.error) body = <ProblemAlert error={items.error ?? mine.error} />;
  else if (!items.data || !mine.data || mine.loading) body = <LoadingState />;
  else if (mine.data.status === "completed") {
    body = (
      <Stack gap="sm">
        <Alert color="green" title={t("assessment.done.title")}>
          {t("assessment.done.text")}
        </Alert>
        <ProblemAlert error={error} />
        <Group gap="sm">
          <Button component={Link} to="/me/report">
            {t("assessment.seeReport")}
          </Button>
          <Button variant="default" onClick={() => void retake()} loading={busy}>
            {t("assessment.retake")}
          </Button>
        </Group>
      </Stack>
    );
  } else body = <Questionnaire instrument={instrument} items={items.data} mine={mine.data} />;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/me/assessments" size="sm">
        {t("assessment.backToOverview")}
      </Anchor>
      <Title order={1}>{t(texts.title)}</Title>
      <Text>{t(texts.description)}</Text>
      <Text size="sm" c="dimmed">
        {t(texts.duration)}
      </Text>
      {body}
    </Stack>
  );
}

const toValue = (score: number | null | undefined) => (score === undefined ? null : score === null ? CANNOT_JUDGE : String(score));

/** The answer a key press gives: 1–5, and 0 for "can't judge" where the scale has it; undefined for other keys. */
export function answerForKey(key: string, canJudge: boolean): number | null | undefined {
  if (/^[1-5]$/.test(key)) return Number(key);
  if (key === "0" && canJudge) return null;
  return undefined;
}

type TQuestionnaireProps = { instrument: TInstrument; items: TAssessmentItems; mine: TMyAnswers };

/** Small pages of items, each a labelled radio group; digits answer the focused item and move on; every answer is autosaved. */
export function Questionnaire({ instrument, items, mine }: TQuestionnaireProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = items.items;
  const pages = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
  const [answers, setAnswers] = useState(() => new Map(mine.answers.map((a) => [a.id, a.score] as const)));
  const [page, setPage] = useState(() => {
    const next = mine.nextItemId ? list.findIndex((item) => item.id === mine.nextItemId) : -1;
    return next < 0 ? 0 : Math.floor(next / PAGE_SIZE);
  });
  const [showMissing, setShowMissing] = useState(false);
  const autosave = useAutosave(instrument);
  const finishing = useSubmission();
  const itemRefs = useRef(new Map<string, HTMLDivElement>());
  const actionsRef = useRef<HTMLDivElement>(null);
  const movedPage = useRef(false);

  const pageItems = list.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const answered = list.filter((item) => answers.has(item.id)).length;
  const firstUnanswered = list.findIndex((item) => !answers.has(item.id));
  const complete = firstUnanswered < 0;
  const canJudge = items.cannotJudgeLabel !== null;
  const percent = list.length ? Math.round((answered / list.length) * 100) : 0;

  function focusItem(id: string | undefined) {
    const element = id ? itemRefs.current.get(id) : undefined;
    const input = element?.querySelector<HTMLInputElement>("input:checked") ?? element?.querySelector<HTMLInputElement>("input");
    input?.focus();
  }

  // after a page change, continue on the first item of the new page
  useEffect(() => {
    if (!movedPage.current) return;
    movedPage.current = false;
    focusItem(list[page * PAGE_SIZE]?.id);
  }, [page, list]);

  function goTo(nextPage: number) {
    movedPage.current = true;
    setShowMissing(false);
    setPage(Math.min(pages - 1, Math.max(0, nextPage)));
    void autosave.flush();
  }

  function answer(id: string, score: number | null) {
    setAnswers((previous) => new Map(previous).set(id, score));
    autosave.queue(id, score);
  }

  function onKeyDown(event: KeyboardEvent, index: number) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const score = answerForKey(event.key, canJudge);
    const item = pageItems[index];
    if (score === undefined || !item) return;
    event.preventDefault();
    answer(item.id, score);
    const next = pageItems[index + 1];
    if (next) focusItem(next.id);
    else actionsRef.current?.querySelector<HTMLButtonElement>("button[data-primary]")?.focus();
  }

  async function finish() {
    if (!complete) {
      setShowMissing(true);
      return;
    }
    const done = await finishing.run(async () => {
      const failure = await autosave.flush();
      if (failure) throw failure;
      return api.post(`/api/assessments/${instrument}/complete`, {}, { schema: ZAssessmentState });
    });
    if (done) void navigate("/me/report");
  }

  const onLastPage = page === pages - 1;
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Progress value={percent} aria-label={t("assessment.progressLabel")} />
        <Group justify="space-between" gap="xs">
          <Text size="sm">{t("assessment.progress", { answered, total: list.length })}</Text>
          <SaveStatus status={autosave.status} />
        </Group>
      </Stack>
      {autosave.status === "error" && (
        <Alert color="red" role="alert" title={t("assessment.save.error")}>
          <Button variant="default" size="xs" onClick={() => void autosave.flush()}>
            {t("assessment.save.retry")}
          </Button>
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {canJudge ? t("assessment.keyboardHintCannotJudge") : t("assessment.keyboardHint")}
      </Text>
      <Title order={2} size="h4">
        {t("assessment.page", { page: page + 1, pages })}
      </Title>
      {pageItems.map((item, index) => (
        <Paper
          key={item.id}
          withBorder
          p="md"
          ref={(element: HTMLDivElement | null) => {
            if (element) itemRefs.current.set(item.id, element);
            else itemRefs.current.delete(item.id);
          }}
          onKeyDown={(event: KeyboardEvent) => onKeyDown(event, index)}
          data-item-id={item.id}
        >
          <Radio.Group
            label={item.text}
            value={toValue(answers.get(item.id))}
            onChange={(value) => answer(item.id, value === CANNOT_JUDGE ? null : Number(value))}
            error={showMissing && !answers.has(item.id) ? t("assessment.unanswered") : undefined}
          >
            <Group gap="md" mt="xs">
              {items.answerLabels.map((label, i) => (
                <Radio key={label} value={String(i + 1)} label={`${i + 1} · ${label}`} />
              ))}
              {items.cannotJudgeLabel && <Radio value={CANNOT_JUDGE} label={`0 · ${items.cannotJudgeLabel}`} />}
            </Group>
          </Radio.Group>
        </Paper>
      ))}
      {showMissing && !complete && (
        <Alert color="orange" role="alert" title={t("assessment.missing", { number: list.length - answered })}>
          <Button variant="default" size="xs" onClick={() => goTo(Math.floor(firstUnanswered / PAGE_SIZE))}>
            {t("assessment.goToUnanswered")}
          </Button>
        </Alert>
      )}
      <ProblemAlert error={finishing.error} />
      <Group gap="sm" ref={actionsRef}>
        <Button variant="default" onClick={() => goTo(page - 1)} disabled={page === 0}>
          {t("common.previous")}
        </Button>
        {!onLastPage && (
          <Button onClick={() => goTo(page + 1)} data-primary>
            {t("common.next")}
          </Button>
        )}
        {(onLastPage || complete) && (
          <Button onClick={() => void finish()} loading={finishing.busy} variant={onLastPage ? "filled" : "light"} data-primary={onLastPage || undefined}>
            {t("assessment.finish")}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function SaveStatus({ status }: { status: ReturnType<typeof useAutosave>["status"] }) {
  const { t } = useTranslation();
  const text = status === "saving" ? t("assessment.save.saving") : status === "saved" ? t("assessment.save.saved") : "";
  return (
    <Text size="sm" c="dimmed" role="status" aria-live="polite">
      {text}
    </Text>
  );
}
