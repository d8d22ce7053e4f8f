import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TOptimiserImpact, TOptimiserImpactLine } from "../../../contracts/optimiser";
import { CaptionedTable } from "../../components/captioned-table";
import { tk } from "../../i18n";
import { STATUS_LABELS } from "../plans/plan-parts";

const KIND_LABELS: Record<TOptimiserImpactLine["kind"], string> = {
  direct: tk("optimiser.review.kind.direct"),
  proposal: tk("optimiser.review.kind.proposal"),
  unchanged: tk("optimiser.review.kind.unchanged"),
};
const KIND_COLOURS: Record<TOptimiserImpactLine["kind"], string> = { direct: "orange", proposal: "blue", unchanged: "gray" };

const titles = (modules: readonly { title: string }[], none: string) => (modules.length === 0 ? none : modules.map((m) => m.title).join("; "));

/**
 * The confirm step before applying a run: per person, whether their plan changes directly (no plan or a draft) or
 * gets a proposal they accept or decline (a submitted or approved plan), from which modules to which.
 */
export function ImpactReview({
  impact,
  personIds,
  changed,
  busy,
  onConfirm,
  onCancel,
}: {
  impact: TOptimiserImpact;
  personIds: readonly string[] | null;
  /** the list was read again because a plan or proposal changed since HR first read it */
  changed: boolean;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const wanted = personIds ? new Set(personIds) : null;
  const items = impact.items.filter((i) => !wanted || wanted.has(i.personId));
  const count = (kind: TOptimiserImpactLine["kind"]) => items.filter((i) => i.kind === kind).length;
  const changes = count("direct") + count("proposal");
  return (
    <Stack gap="sm" component="section" aria-labelledby="impact-title">
      <Title order={2} id="impact-title">
        {t("optimiser.review.title")}
      </Title>
      <Text>{t("optimiser.review.intro")}</Text>
      {changed && (
        <Alert color="orange" role="alert">
          {t("optimiser.review.changed")}
        </Alert>
      )}
      <Alert color="blue" role="status">
        {t("optimiser.review.summary", { direct: count("direct"), proposal: count("proposal"), unchanged: count("unchanged") })}
      </Alert>
      <CaptionedTable id="optimiser-impact" caption={t("optimiser.review.title")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("optimiser.person")}</Table.Th>
            <Table.Th scope="col">{t("optimiser.review.change")}</Table.Th>
            <Table.Th scope="col">{t("optimiser.review.planStatus")}</Table.Th>
            <Table.Th scope="col">{t("optimiser.review.before")}</Table.Th>
            <Table.Th scope="col">{t("optimiser.review.after")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.personId}>
              <Table.Th scope="row">{i.personName}</Table.Th>
              <Table.Td>
                <Badge color={KIND_COLOURS[i.kind]} variant="light">
                  {t(KIND_LABELS[i.kind])}
                </Badge>
                {i.replacesProposal && (
                  <Text size="xs" c="dimmed">
                    {t("optimiser.review.replacesProposal")}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{i.planStatus ? t(STATUS_LABELS[i.planStatus]) : t("optimiser.review.noPlan")}</Table.Td>
              <Table.Td>{titles(i.oldModules, "—")}</Table.Td>
              <Table.Td>{titles(i.newModules, "—")}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </CaptionedTable>
      <Group gap="sm">
        <Button loading={busy} disabled={changes === 0} onClick={onConfirm}>
          {t("optimiser.review.confirm", { count: changes })}
        </Button>
        <Button variant="default" disabled={busy} onClick={onCancel}>
          {t("optimiser.review.cancel")}
        </Button>
      </Group>
    </Stack>
  );
}
