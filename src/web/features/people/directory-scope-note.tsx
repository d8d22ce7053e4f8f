import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TSessionResponse } from "../../../contracts/auth";
import { sessionCan } from "../../session/permissions";
import { useSession } from "../../session/session-context";

type TScopeNote = "line" | "lineAndMentees" | "mentees" | "self" | "notLinked";

/**
 * Which part of the directory the server shows this reader (domain/policy/rules/people.ts), or null when it
 * shows everything: HR and the operator in the directory, executives too in the org chart.
 */
export function directoryScopeNote(session: TSessionResponse, view: "directory" | "orgChart"): TScopeNote | null {
  const organisation = session.currentOrganisation;
  if (!organisation || sessionCan(session, "person.directory.read_all")) return null;
  if (view === "orgChart" && sessionCan(session, "person.org_chart.read_all")) return null;
  const roles = organisation.roles;
  // a manager or executive's reporting line, whether or not their account is linked to a person yet
  const leads = roles.includes("manager") || roles.includes("executive");
  const mentors = sessionCan(session, "person.mentees.read");
  const person = Boolean(organisation.personId);
  if (leads && !person) return mentors ? "mentees" : "notLinked";
  if (leads) return mentors ? "lineAndMentees" : "line";
  if (mentors) return "mentees";
  return person ? "self" : "notLinked";
}

/** One sentence telling a reader outside HR whom the directory (or org chart) shows them. */
export function DirectoryScopeNote({ view }: { view: "directory" | "orgChart" }) {
  const { t } = useTranslation();
  const note = directoryScopeNote(useSession(), view);
  if (note === null) return null;
  return <Text size="sm">{t(`directory.scope.${note}`)}</Text>;
}
