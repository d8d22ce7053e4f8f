import { Alert, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TPlanProposal, ZPlanProposalList } from "../../../contracts/plan-proposals";
import { type TPlanView, ZPlanView } from "../../../contracts/plans";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { formatDateTime } from "../../components/format-date";
import { ProblemAlert } from "../../components/problem-alert";
import { FORMAT_LABELS, formatMoney, formatNumber, useReaderLocale } from "./plan-parts";

/** The proposed modules with their format, hours and cost, and the totals. */
function ProposalBody({ proposal }: { proposal: TPlanProposal }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm">{t("planProposals.made", { date: formatDateTime(proposal.createdAt) })}</Text>
      <List spacing={4}>
        {proposal.modules.map((m) => (
          <List.Item key={m.id}>
            <Text span fw={600}>
              {m.title}
            </Text>
            {` — ${t(FORMAT_LABELS[m.format] ?? m.format)}, ${t("planProposals.hours", { count: m.hours, value: formatNumber(m.hours, 0) })}, ${formatMoney(m.cost)}`}
          </List.Item>
        ))}
      </List>
      <Text size="sm" fw={600}>
        {t("planProposals.total", { cost: formatMoney(proposal.cost), hours: formatNumber(proposal.hours, 0), count: proposal.hours })}
      </Text>
    </Stack>
  );
}

/**
 * The owner's pending optimiser proposal on their plan page: accept (a new version, submitted for approval) or
 * decline (the plan stays). `onPlanChanged` receives the reloaded plan after a decision.
 */
export function MyPlanProposal({ onPlanChanged }: { onPlanChanged: (view: TPlanView) => void }) {
  const { t } = useTranslation();
  const lang = useReaderLocale();
  const proposals = useResource(`/api/me/plan/proposals?lang=${lang}`, ZPlanProposalList);
  const { busy, error, run } = useSubmission();
  const [decided, setDecided] = useState<"accepted" | "declined" | null>(null);
  const pending = proposals.data?.items.find((p) => p.status === "pending");

  async function decide(proposal: TPlanProposal, decision: "accept" | "decline") {
    const done = await run(async () => {
      await api.post(`/api/me/plan/proposals/${proposal.id}/${decision}?lang=${lang}`, undefined, { schema: ZPlanProposalList });
      return api.get(`/api/me/plan?lang=${lang}`, { schema: ZPlanView });
    });
    if (!done) return;
    setDecided(decision === "accept" ? "accepted" : "declined");
    proposals.reload();
    onPlanChanged(done);
  }

  if (!pending) {
    return decided ? (
      <Alert color="green" role="status">
        {t(decided === "accepted" ? "planProposals.accepted" : "planProposals.declined")}
      </Alert>
    ) : null;
  }
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="proposal-title" style={{ borderColor: "var(--mantine-color-blue-6)" }}>
      <Stack gap="sm">
        <Title order={2} id="proposal-title" size="h3">
          {t("planProposals.title")}
        </Title>
        <Text>{t("planProposals.ownerIntro")}</Text>
        <ProposalBody proposal={pending} />
        <ProblemAlert error={error} />
        <Group gap="sm">
          <Button loading={busy} onClick={() => void decide(pending, "accept")}>
            {t("planProposals.accept")}
          </Button>
          <Button variant="default" loading={busy} onClick={() => void decide(pending, "decline")}>
            {t("planProposals.decline")}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t("planProposals.acceptHint")}
        </Text>
      </Stack>
    </Card>
  );
}

/** The pending proposal on the approval page, read-only: the owner decides. */
export function PlanProposalNotice({ planId, ownerName }: { planId: string; ownerName: string }) {
  const { t } = useTranslation();
  const lang = useReaderLocale();
  const proposals = useResource(`/api/plans/${encodeURIComponent(planId)}/proposals?lang=${lang}`, ZPlanProposalList);
  const pending = proposals.data?.items.find((p) => p.status === "pending");
  if (!pending) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="proposal-title">
      <Stack gap="sm">
        <Title order={2} id="proposal-title" size="h3">
          {t("planProposals.title")}
        </Title>
        <Text>{t("planProposals.reviewerIntro", { name: ownerName })}</Text>
        <ProposalBody proposal={pending} />
      </Stack>
    </Card>
  );
}
