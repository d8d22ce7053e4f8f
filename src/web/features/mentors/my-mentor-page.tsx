import { Alert, Button, Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ZMentorship, ZMyMentorMatch } from "../../../contracts/mentors";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { formatDateTime } from "../../components/format-date";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { currentLocale, LANGUAGE_NAMES } from "../../i18n";
import { MatchParts, points } from "./match-parts";

/** A person's three best-matching mentors with the reasons; they choose one (choice is motivation). */
export function MyMentorPage() {
  const { t } = useTranslation();
  usePageTitle(t("mentors.myTitle"));
  const match = useResource(`/api/me/mentor-match?lang=${currentLocale()}`, ZMyMentorMatch);
  const { busy, error, run } = useSubmission();
  const [chosen, setChosen] = useState<string | null>(null);

  async function choose(mentorUserId: string) {
    setChosen(null);
    const result = await run(() => api.post("/api/me/mentor-match", { mentorUserId }, { schema: ZMentorship }));
    if (result) {
      setChosen(t("mentors.chosen", { name: result.mentorName }));
      match.reload();
    }
  }

  const data = match.data;
  return (
    <Stack gap="md">
      <Title order={1}>{t("mentors.myTitle")}</Title>
      <Text>{t("mentors.myIntro")}</Text>
      <ProblemAlert error={error ?? match.error} />
      {chosen && (
        <Alert color="green" role="status">
          {chosen}
        </Alert>
      )}
      {match.loading && !data && <LoadingState />}
      {data && (
        <>
          {!data.hasScan && (
            <Alert color="yellow" role="status">
              {t("mentors.noScan")}
            </Alert>
          )}
          <Title order={2}>{t("mentors.current")}</Title>
          <Text>{data.current ? `${data.current.mentorName} (${t("mentors.since", { date: formatDateTime(data.current.since) })})` : t("mentors.noCurrent")}</Text>
          <Title order={2}>{t("mentors.topThree")}</Title>
          {data.topThree.length === 0 && <Text>{t("mentors.noMatches")}</Text>}
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            {data.topThree.map((s) => (
              <Card key={s.mentorUserId} withBorder component="section" aria-labelledby={`mentor-${s.mentorUserId}`}>
                <Stack gap="xs">
                  <Title order={3} id={`mentor-${s.mentorUserId}`}>
                    {s.mentorName}
                  </Title>
                  <Text fw={600}>{t("mentors.score", { score: points(s.total) })}</Text>
                  <MatchParts score={s} />
                  <Text size="sm">
                    {t("mentors.languages")}: {s.languages.map((l) => LANGUAGE_NAMES[l]).join(", ")}
                  </Text>
                  {s.expertise.length > 0 && (
                    <Text size="sm">
                      {t("mentors.expertise")}: {s.expertise.map((e) => e.name).join("; ")}
                    </Text>
                  )}
                  {s.bio && (
                    <Text size="sm">
                      {t("mentors.bio")}: {s.bio}
                    </Text>
                  )}
                  {data.current?.mentorUserId !== s.mentorUserId && (
                    <Button loading={busy} onClick={() => void choose(s.mentorUserId)}>
                      {t("mentors.choose", { name: s.mentorName })}
                    </Button>
                  )}
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
