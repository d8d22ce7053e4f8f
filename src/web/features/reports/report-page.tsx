import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { type TIndividualReport, ZIndividualReport } from "../../../contracts/reports";
import { useResource } from "../../api/use-resource";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { isLocale, tk } from "../../i18n";
import { ChallengesSection } from "./challenges-section";
import { SharingPanel } from "./sharing-panel";
import { StrengthsSection } from "./strengths-section";

const MISSING_TEXT: Record<TIndividualReport["missing"][number], string> = {
  strengths: tk("report.missing.strengths"),
  "challenge-scan": tk("report.missing.challenge-scan"),
  feedback: tk("report.missing.feedback"),
};

const VIEWER_TEXT: Record<TIndividualReport["viewer"], string> = {
  self: tk("report.viewer.self"),
  mentor: tk("report.viewer.mentor"),
  line_manager: tk("report.viewer.line_manager"),
  hr: tk("report.viewer.hr"),
};

function useReaderLocale() {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : "en";
}

/** /me/report: the signed-in person's own report, with the sharing switches. */
export function MyReportPage() {
  const { t } = useTranslation();
  const lang = useReaderLocale();
  usePageTitle(t("report.title"));
  const loaded = useResource(`/api/reports/me?lang=${lang}`, ZIndividualReport);
  if (loaded.error) {
    return (
      <Stack gap="md">
        <Title order={1}>{t("report.title")}</Title>
        {loaded.error.status === 404 ? <Alert color="blue">{t("report.notLinked")}</Alert> : <ProblemAlert error={loaded.error} />}
      </Stack>
    );
  }
  if (!loaded.data) return <LoadingState />;
  return (
    <ReportView report={loaded.data} title={t("report.title")} pdfHref={`/api/reports/me/pdf?lang=${lang}`}>
      <SharingPanel />
    </ReportView>
  );
}

/** /people/:id/report: someone's report, read-only, for whom they shared it with. */
export function PersonReportPage() {
  const { t } = useTranslation();
  const lang = useReaderLocale();
  const { id = "" } = useParams();
  const loaded = useResource(`/api/reports/people/${encodeURIComponent(id)}?lang=${lang}`, ZIndividualReport);
  const title = loaded.data ? t("report.personTitle", { name: loaded.data.person.name }) : t("report.title");
  usePageTitle(title);
  if (loaded.error) {
    return (
      <Stack gap="md">
        <Title order={1}>{t("report.title")}</Title>
        {loaded.error.status === 404 ? <Alert color="blue">{t("report.notShared")}</Alert> : <ProblemAlert error={loaded.error} />}
      </Stack>
    );
  }
  if (!loaded.data) return <LoadingState />;
  return <ReportView report={loaded.data} title={title} pdfHref={`/api/reports/people/${encodeURIComponent(id)}/pdf?lang=${lang}`} />;
}

/** The report as the API gives it: strengths first, then challenges and the 360 (the same data as the PDF). */
export function ReportView({ report, title, pdfHref, children }: { report: TIndividualReport; title: string; pdfHref: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const dateFormat = (iso: string) => new Intl.DateTimeFormat(report.locale, { dateStyle: "long" }).format(new Date(iso));
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Title order={1}>{title}</Title>
          <Text size="sm">
            {report.person.name} · {t("report.generatedOn", { date: dateFormat(report.generatedAt) })}
          </Text>
          <Text size="sm">{t(VIEWER_TEXT[report.viewer])}</Text>
        </Stack>
        <Button component="a" href={pdfHref} download variant="default">
          {t("report.downloadPdf")}
        </Button>
      </Group>
      {report.missing.length > 0 && (
        <Alert color="blue" title={t("report.missing.title")}>
          <List size="sm">
            {report.missing.map((item) => (
              <List.Item key={item}>{t(MISSING_TEXT[item])}</List.Item>
            ))}
          </List>
          {report.viewer === "self" && report.missing.some((item) => item !== "feedback") && (
            <Anchor component={Link} to="/me/assessments" size="sm">
              {t("report.missing.link")}
            </Anchor>
          )}
        </Alert>
      )}
      {report.strengths && <StrengthsSection strengths={report.strengths} />}
      <ChallengesSection section={report.challenges} dateFormat={dateFormat} />
      {children}
    </Stack>
  );
}
