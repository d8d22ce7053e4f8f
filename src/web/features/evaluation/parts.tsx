import { Anchor, Button, List, Modal, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { type TProgrammeEvaluationView, ZProgrammeEvaluation } from "../../../contracts/evaluation";
import { apiRequest, type TRequestOptions } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { LoadingState } from "../../components/loading-state";
import { ProblemAlert } from "../../components/problem-alert";
import { currentLocale } from "../../i18n";
import { cohortExplanation } from "./explain-view";
import { formatInterval, formatMoney, formatNumber, formatPct, formatRatio, formatShare, type TIntervalLike, type TNullReason } from "./format";

/** PUT with the CSRF header (the shared client has no shorthand for it). */
export function apiPut<T>(path: string, body: unknown, options?: TRequestOptions<T>): Promise<T> {
  return apiRequest<T>("PUT", path, { ...options, body });
}

/** The formatters bound to the reader's language. */
export function useFormat() {
  const locale = currentLocale();
  return {
    locale,
    money: (cents: number | null | undefined, currency: string) => formatMoney(cents, currency, locale),
    number: (value: number | null | undefined, digits = 2) => formatNumber(value, locale, digits),
    pct: (value: number | null | undefined, digits = 0) => formatPct(value, locale, digits),
    share: (value: number | null | undefined) => formatShare(value, locale),
    ratio: (value: number | null | undefined) => formatRatio(value, locale),
  };
}

/** A figure, or "—" followed by why it is undefined. */
export function FigureValue({ value, reason }: { value: string | null; reason: TNullReason }) {
  const { t } = useTranslation();
  if (value !== null) return <span>{value}</span>;
  return (
    <span>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t("evaluation.notAvailable")}</span>
      <Text span size="xs" c="gray.7" display="block">
        {t(`evaluation.nullReason.${reason}`)}
      </Text>
    </span>
  );
}

/** "90 % interval: a … b", or why there is none. */
export function IntervalText({ interval, format, reason = "noInterval" }: { interval: TIntervalLike; format: (v: number) => string | null; reason?: TNullReason }) {
  const { t } = useTranslation();
  const text = formatInterval(interval, format, currentLocale());
  if (!text) {
    return (
      <Text span size="xs" c="gray.7" display="block">
        {t(`evaluation.nullReason.${reason}`)}
      </Text>
    );
  }
  return (
    <Text span size="sm" c="gray.7" display="block">
      {t("evaluation.interval", text)}
    </Text>
  );
}

/** A page section named by its heading (level 2, or 3 inside another section). */
export function Section({ id, title, order = 2, children }: { id: string; title: ReactNode; order?: 2 | 3; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={order} id={id} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}


/** Dashboard and programme figures: a definition list of label and value. */
export function FigureList({ label, items }: { label: string; items: { key: string; term: string; value: ReactNode; name?: string }[] }) {
  return (
    <dl aria-label={label} style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(11rem, 1fr))", gap: "0.75rem", margin: 0 }}>
      {items.map((item) => (
        <div key={item.key}>
          <Text component="dt" size="sm" c="gray.7">
            {item.term}
          </Text>
          <Text component="dd" fw={600} m={0} aria-label={item.name}>
            {item.value}
          </Text>
        </div>
      ))}
    </dl>
  );
}

/**
 * The "How was this computed?" control: a button (named with its context, so several on one page are told
 * apart) that opens the explanation of one cohort's figures. `view` is given on the programme page; the
 * dashboard lets it load the evaluation on first opening.
 */
export function ExplainButton({ programmeId, cohortId, context, view }: { programmeId: string; cohortId: string; context: string; view?: TProgrammeEvaluationView }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="subtle" size="compact-sm" px={0} onClick={open} aria-label={`${t("evaluation.howComputed")} ${context}`}>
        {t("evaluation.howComputed")}
      </Button>
      {/* lockScroll off: the scroll lock injects a <style> element the Content Security Policy refuses */}
      <Modal opened={opened} onClose={close} title={t("evaluation.explanationTitle", { context })} size="xl" lockScroll={false} closeButtonProps={{ "aria-label": t("evaluation.close") }}>
        {opened && (view ? <Explanation view={view} cohortId={cohortId} /> : <LoadedExplanation programmeId={programmeId} cohortId={cohortId} />)}
      </Modal>
    </>
  );
}

function LoadedExplanation({ programmeId, cohortId }: { programmeId: string; cohortId: string }) {
  const evaluation = useResource(`/api/programmes/${programmeId}/evaluation?locale=${currentLocale()}`, ZProgrammeEvaluation);
  if (evaluation.error) return <ProblemAlert error={evaluation.error} />;
  if (!evaluation.data) return <LoadingState />;
  return <Explanation view={evaluation.data} cohortId={cohortId} />;
}

/** The sentences explaining one cohort's figures. */
export function Explanation({ view, cohortId }: { view: TProgrammeEvaluationView; cohortId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const explanation = cohortExplanation(view, cohortId, currentLocale());
  if (!explanation) return <Text>{t("evaluation.noExplanation")}</Text>;
  const section = (key: string, title: string, body: ReactNode) => (
    <section aria-labelledby={`${id}-${key}`}>
      <Title order={3} size="h4" id={`${id}-${key}`} mb={4}>
        {title}
      </Title>
      {body}
    </section>
  );
  return (
    <Stack gap="md">
      {section(
        "methods",
        t("evaluation.explain.methods"),
        explanation.methods.length === 0 ? (
          <Text size="sm">{t("evaluation.explain.noMeasures")}</Text>
        ) : (
          <List size="sm">
            {explanation.methods.map((m) => (
              <List.Item key={m.measure}>
                {t("evaluation.explain.method", { measure: m.measure, method: t(`evaluation.method.${m.method}`), count: m.responders })}
              </List.Item>
            ))}
          </List>
        ),
      )}
      {section(
        "steps",
        t("evaluation.explain.steps"),
        explanation.steps.length === 0 ? (
          <Text size="sm">{t("evaluation.explain.none")}</Text>
        ) : (
          <List type="ordered" size="sm">
            {explanation.steps.map((s, i) => (
              <List.Item key={`${i}-${s}`}>{s}</List.Item>
            ))}
          </List>
        ),
      )}
      {section(
        "roi",
        t("evaluation.explain.roiSteps"),
        explanation.roiSteps.length === 0 ? (
          <Text size="sm">{t("evaluation.explain.noRoi")}</Text>
        ) : (
          <List type="ordered" size="sm">
            {explanation.roiSteps.map((s, i) => (
              <List.Item key={`${i}-${s}`}>{s}</List.Item>
            ))}
          </List>
        ),
      )}
      {explanation.warnings.length > 0 &&
        section(
          "warnings",
          t("evaluation.explain.warnings"),
          <List size="sm">
            {explanation.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>,
        )}
      {section(
        "interval",
        t("evaluation.explain.interval"),
        <Text size="sm">
          {explanation.bootstrap
            ? t("evaluation.explain.bootstrap", {
                resamples: formatNumber(explanation.bootstrap.resamples, currentLocale(), 0),
                participants: formatNumber(explanation.bootstrap.participants, currentLocale(), 0),
                level: formatNumber(explanation.bootstrap.confidencePct, currentLocale(), 0),
              })
            : t("evaluation.nullReason.noInterval")}
        </Text>,
      )}
    </Stack>
  );
}

/** Links to helper C's downloads for one programme. */
export function ExportLinks({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const base = `/api/programmes/${programmeId}`;
  const links: [string, string][] = [
    [`${base}/summary.pdf?locale=${currentLocale()}`, t("evaluation.export.pdf")],
    [`${base}/export.xlsx`, t("evaluation.export.xlsx")],
    [`${base}/export.csv`, t("evaluation.export.csv")],
    [`${base}/worksheets.json`, t("evaluation.export.worksheets")],
  ];
  return (
    <List size="sm" aria-label={t("evaluation.export.title")}>
      {links.map(([href, label]) => (
        <List.Item key={href}>
          <Anchor href={href} download>
            {label}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}
