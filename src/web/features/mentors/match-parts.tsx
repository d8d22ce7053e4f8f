import { List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TMatchScore } from "../../../contracts/mentors";
import { currentLocale } from "../../i18n";

export function points(value: number): string {
  return new Intl.NumberFormat(currentLocale(), { minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(value);
}

/**
 * The explained parts of a match score: expertise (with the challenges the mentor knows, unless the person does not
 * share them with the reader), language, industry, free places.
 */
export function MatchParts({ score, challengesShared = true }: { score: TMatchScore; challengesShared?: boolean }) {
  const { t } = useTranslation();
  return (
    <List size="sm" aria-label={t("mentors.parts")}>
      {score.parts.map((part) => (
        <List.Item key={part.kind}>
          {t(`mentors.part.${part.kind}`, { points: points(part.points), max: points(part.max) })}
          {part.kind === "expertise" && (
            <Text span size="sm" c="dimmed">
              {" — "}
              {!challengesShared
                ? t("mentors.expertiseNotShared")
                : part.challenges.length > 0
                  ? t("mentors.matchedChallenges", { list: part.challenges.map((c) => c.name).join(", ") })
                  : t("mentors.nothingMatched")}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
