import { Card, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TStrengthsSection } from "../../../contracts/reports";
import { tk } from "../../i18n";
import { formatPercentile, PercentileBar } from "./percentile-bar";
import { formatScore } from "./score-bar";

type TTop = TStrengthsSection["topTalents"][number];

export const POLE_LABELS: Record<TTop["pole"], string> = {
  high: tk("profile.strengths.poles.high"),
  low: tk("profile.strengths.poles.low"),
  balanced: tk("profile.strengths.poles.balanced"),
};

/** One top talent: name, position against the reference, narrative, manager benefit, ideas, watch-out and links. */
export function TopTalentCard({ top, rank }: { top: TTop; rank: number }) {
  const { t } = useTranslation();
  const talent = top.talents[0];
  const headingId = `talent-${top.domain}${top.facet}`;
  return (
    <Card withBorder padding="md" component="li" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Text size="xs" c="gray.7">
          {t("profile.strengths.rank", { rank })}
        </Text>
        <Title order={4} id={headingId}>
          {top.talents.map((x) => x.name).join(" / ")}
        </Title>
        {talent && !top.advice && <Text size="sm">{talent.description}</Text>}
        {top.advice && <Text size="sm">{top.advice.narrative}</Text>}
        <Text size="xs" c="gray.7">
          {t("profile.strengths.facetLine", { facet: top.facetName, pole: t(POLE_LABELS[top.pole]) })}
        </Text>
        <PercentileBar value={top.percentile} label={t("profile.strengths.percentile", { value: formatPercentile(top.percentile) })} />
        <Text size="xs" c="gray.7">
          {t("profile.strengths.tScore", { value: formatScore(top.t) })}
          {top.organisationPercentile !== null && ` · ${t("profile.strengths.organisationPercentile", { value: formatPercentile(top.organisationPercentile) })}`}
        </Text>
        {top.advice && (
          <>
            <Title order={5}>{t("profile.strengths.howItHelps")}</Title>
            <Text size="sm">{top.advice.helps}</Text>
            <Title order={5}>{t("profile.strengths.actions")}</Title>
            <List size="sm" spacing={4}>
              {top.advice.actions.map((action) => (
                <List.Item key={action}>{action}</List.Item>
              ))}
            </List>
            <Title order={5}>{t("profile.strengths.watchOut")}</Title>
            <Text size="sm">{top.advice.watchOut}</Text>
          </>
        )}
        {top.challenges.length > 0 && (
          <>
            <Title order={5}>{t("profile.strengths.linkedChallenges")}</Title>
            <List size="sm" spacing={4}>
              {top.challenges.map((challenge) => (
                <List.Item key={challenge.challengeId}>{challenge.name}</List.Item>
              ))}
            </List>
          </>
        )}
        <Title order={5}>{t("profile.strengths.linkedModules")}</Title>
        {top.modules.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t("profile.strengths.noModules")}
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {top.modules.map((module) => (
              <List.Item key={module.moduleId}>{module.title}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
