import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TEngagementDetail } from "../../../contracts/mentoring";
import { Section } from "./engagement-section";
import { ProposeSession } from "./propose-session";
import { SessionRow } from "./session-row";

/** The engagement's sessions, and proposing a new one while the engagement is active. */
export function Sessions({ engagement, onDone }: { engagement: TEngagementDetail; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Section id="sessions-title" title={t("mentoring.sessions")}>
      {engagement.sessions.length === 0 && <Text c="dimmed">{t("mentoring.noSessions")}</Text>}
      {engagement.sessions.map((s) => (
        <SessionRow key={s.id} session={s} engagement={engagement} onDone={onDone} />
      ))}
      {engagement.status === "active" && <ProposeSession engagement={engagement} onDone={onDone} />}
    </Section>
  );
}
