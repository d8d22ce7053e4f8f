import { Button, Group } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TEngagementDetail } from "../../../contracts/mentoring";
import { challengeLabel } from "./challenge-label";
import { Section } from "./engagement-section";
import { canEditGoals, GoalsEditor } from "./goals-editor";

/** The goals with each one's latest progress, and the goals editor for those who may change them. */
export function GoalsSection({ engagement, onDone }: { engagement: TEngagementDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Section id="goals-title" title={t("mentoring.goals")}>
      <ul>
        {engagement.goals.map((g) => (
          <li key={g.challengeId}>
            <strong>{challengeLabel(g.challengeId)}</strong>
            {g.objective ? ` — ${g.objective}` : ""}: {g.progress === null ? t("mentoring.noProgress") : t("mentoring.progressValue", { value: g.progress })}
          </li>
        ))}
      </ul>
      {canEditGoals(engagement) &&
        (editing ? (
          <GoalsEditor
            engagement={engagement}
            onCancel={() => setEditing(false)}
            onDone={() => {
              setEditing(false);
              onDone();
            }}
          />
        ) : (
          <Group>
            <Button variant="default" onClick={() => setEditing(true)}>
              {t("mentoring.goalsEdit.open")}
            </Button>
          </Group>
        ))}
    </Section>
  );
}
