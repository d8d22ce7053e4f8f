import { CaptionedTable } from "../../components/captioned-table";
import { Badge, List, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TChallengesSection, TReportRaterGroup } from "../../../contracts/reports";
import { tk } from "../../i18n";
import { formatScore, ScoreBar } from "./score-bar";

const GROUP_LABELS: Record<TReportRaterGroup, string> = {
  line_manager: tk("report.feedback.groups.line_manager"),
  peer: tk("report.feedback.groups.peer"),
  direct_report: tk("report.feedback.groups.direct_report"),
  other: tk("profile.challenges.otherRaters"),
};

const TENURE_TEXT: Record<Exclude<TChallengesSection["situationFit"]["tenure"], "agrees">, string> = {
  "newcomer-challenges-despite-tenure": tk("profile.challenges.tenure.newcomer-challenges-despite-tenure"),
  "new-but-other-challenges": tk("profile.challenges.tenure.new-but-other-challenges"),
  "unknown-tenure": tk("profile.challenges.tenure.unknown-tenure"),
};

/** Challenge scores are needs: one warm hue everywhere, never green (a bigger need is not "good"). */
const NEED_COLOUR = "orange.8";

function ChallengeList({ items, gap }: { items: TChallengesSection["topChallenges"]; gap?: boolean }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text c="gray.7">{t("report.challenges.none")}</Text>;
  return (
    <List>
      {items.map((item) => (
        <List.Item key={item.challengeId}>
          {item.name} ({gap ? t("report.challenges.gap", { gap: formatScore(item.score) }) : formatScore(item.score)})
        </List.Item>
      ))}
    </List>
  );
}

/** Situation, top challenges, blind spots, hidden strengths and the self-vs-others profile. */
export function ChallengesSection({ section, dateFormat }: { section: TChallengesSection; dateFormat: (iso: string) => string }) {
  const { t } = useTranslation();
  const fit = section.situationFit;
  const withOthers = section.othersBasis !== "none";
  return (
    <Stack gap="md" component="section" aria-labelledby="challenges-title">
      <Title order={2} id="challenges-title">
        {t("report.challenges.title")}
      </Title>
      <Title order={3}>{t("report.challenges.situation")}</Title>
      <Text fw={fit.bestFit.length ? 700 : 400}>
        {fit.bestFit.length ? fit.bestFit.map((s) => s.name).join(", ") : t("report.challenges.noSituation")}
      </Text>
      {fit.monthsInRole !== null && <Text size="sm">{t("profile.challenges.monthsInRole", { count: fit.monthsInRole })}</Text>}
      {fit.tenure !== "agrees" && fit.bestFit.length > 0 && <Text size="sm">{t(TENURE_TEXT[fit.tenure], { months: fit.monthsInRole ?? 0 })}</Text>}
      <Title order={3}>{t("report.challenges.top")}</Title>
      {section.topChallengesBasis === "others" && <Text size="sm">{t("report.challenges.topFromOthers")}</Text>}
      <ChallengeList items={section.topChallenges} />
      {withOthers && (
        <>
          <Title order={3}>{t("report.challenges.blindSpots")}</Title>
          <Text size="sm">{t("report.challenges.blindSpotsText")}</Text>
          <ChallengeList items={section.blindSpots} gap />
          <Title order={3}>{t("report.challenges.hiddenStrengths")}</Title>
          <Text size="sm">{t("report.challenges.hiddenStrengthsText")}</Text>
          <ChallengeList items={section.hiddenStrengths} gap />
        </>
      )}
      {(section.selfCompletedAt !== null || withOthers) && <ChallengeProfile section={section} />}
      {section.feedback && <FeedbackGroups feedback={section.feedback} dateFormat={dateFormat} />}
    </Stack>
  );
}

function ScoreCell({ value, color }: { value: number | null; color: string }) {
  const { t } = useTranslation();
  if (value === null) return <Text size="sm" c="gray.7">{t("report.challenges.notScored")}</Text>;
  return <ScoreBar value={value} min={1} max={5} label={formatScore(value)} color={color} />;
}

function ChallengeProfile({ section }: { section: TChallengesSection }) {
  const { t } = useTranslation();
  const withOthers = section.othersBasis !== "none";
  return (
    <Stack gap="xs">
      <Title order={3}>{t("report.challenges.profile")}</Title>
      <Text size="sm">
        {t("report.challenges.scaleNote")} {t("profile.challenges.needNote")}
      </Text>
      {section.othersBasis === "shown-groups" && <Text size="sm">{t("profile.challenges.othersShownGroupsNote")}</Text>}
      <CaptionedTable striped id="challenge-profile-caption" caption={t("report.challenges.profileCaption")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("report.challenges.challenge")}</Table.Th>
              <Table.Th scope="col">{t("report.challenges.self")}</Table.Th>
              {section.shownGroups.map((group) => (
                <Table.Th scope="col" key={group}>
                  {t(GROUP_LABELS[group])}
                </Table.Th>
              ))}
              {withOthers && (
                <Table.Th scope="col">
                  {section.othersBasis === "all-raters" ? t("profile.challenges.othersAllRaters") : t("profile.challenges.othersShownGroups")}
                </Table.Th>
              )}
              {withOthers && <Table.Th scope="col">{t("report.challenges.flag")}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {section.profile.map((row) => (
              <Table.Tr key={row.challengeId}>
                <Table.Th scope="row" fw={400}>
                  {row.name}
                </Table.Th>
                <Table.Td>
                  <ScoreCell value={row.self} color={NEED_COLOUR} />
                </Table.Td>
                {row.groups.map((group) => (
                  <Table.Td key={group.group}>
                    <ScoreCell value={group.score} color={NEED_COLOUR} />
                  </Table.Td>
                ))}
                {withOthers && (
                  <Table.Td>
                    <ScoreCell value={row.others} color={NEED_COLOUR} />
                  </Table.Td>
                )}
                {withOthers && (
                  <Table.Td>
                    {row.blindSpot && <Badge color="orange" variant="light">{t("report.challenges.blindSpot")}</Badge>}
                    {row.hiddenStrength && <Badge color="teal" variant="light">{t("report.challenges.hiddenStrength")}</Badge>}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
      </CaptionedTable>
    </Stack>
  );
}

function FeedbackGroups({ feedback, dateFormat }: { feedback: NonNullable<TChallengesSection["feedback"]>; dateFormat: (iso: string) => string }) {
  const { t } = useTranslation();
  const withComments = feedback.groups.flatMap((group) => (group.shown && group.comments.length > 0 ? [group] : []));
  return (
    <Stack gap="xs">
      <Title order={3}>{t("report.feedback.title", { date: dateFormat(feedback.closedAt) })}</Title>
      <List>
        {feedback.groups.map((group) => (
          <List.Item key={group.group}>
            <Text span fw={700}>
              {t(GROUP_LABELS[group.group])}:
            </Text>{" "}
            {group.shown ? t("profile.challenges.raters", { count: group.raterCount }) : t("report.feedback.hidden", { minimum: group.minimum })}
          </List.Item>
        ))}
        <List.Item>
          <Text span fw={700}>
            {t("report.feedback.allRaters")}:
          </Text>{" "}
          {feedback.allRaters.shown
            ? t("profile.challenges.raters", { count: feedback.allRaters.raterCount })
            : t("report.feedback.allRatersHidden", { minimum: feedback.allRaters.minimum })}
        </List.Item>
      </List>
      <Title order={3}>{t("report.feedback.comments")}</Title>
      <Text size="sm">{t("report.feedback.commentsNote")}</Text>
      {withComments.length === 0 && <Text c="gray.7">{t("report.feedback.noComments")}</Text>}
      {withComments.map((group) => (
        <Stack key={group.group} gap={4}>
          <Title order={4}>{t(GROUP_LABELS[group.group])}</Title>
          {group.comments.map((comment, index) => (
            <Paper key={index} withBorder p="sm">
              {comment.challengeName && (
                <Text size="xs" c="gray.7">
                  {comment.challengeName}
                </Text>
              )}
              {/* free text from raters: rendered as text, never as HTML */}
              <Text style={{ whiteSpace: "pre-wrap" }}>{comment.text}</Text>
            </Paper>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
