import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { TDb } from "./client";
import { listLatestCompletedAssessments } from "./reports-repo";
import { people, reportSharing } from "./schema/index";

// The reading side of the team strengths grid. Every query names the organisation.

/** One member of a team as the grid needs them: who, whom they answer to, whom they share with, their answers. */
export type TTeamMemberRow = {
  personId: string;
  firstName: string;
  lastName: string;
  managerId: string | null;
  sharing: { mentor: boolean; lineManager: boolean; hr: boolean };
  /** the newest completed IPIP-NEO-120 answers, or null */
  ipip: { answers: unknown; completedAt: Date } | null;
};

/** Which team: a manager's direct reports, or everyone of a department. */
export type TTeamSelector = { managerPersonId: string } | { department: string };

/** The active members of a team with their sharing choice (defaults when they never chose) and newest profile. */
export async function listTeamMembers(db: TDb, organisationId: string, team: TTeamSelector): Promise<TTeamMemberRow[]> {
  const who = "managerPersonId" in team ? eq(people.managerId, team.managerPersonId) : eq(people.department, team.department);
  const rows = await db
    .select({
      personId: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      managerId: people.managerId,
      mentor: reportSharing.mentor,
      lineManager: reportSharing.lineManager,
      hr: reportSharing.hr,
    })
    .from(people)
    .leftJoin(reportSharing, and(eq(reportSharing.organisationId, people.organisationId), eq(reportSharing.personId, people.id)))
    .where(and(eq(people.organisationId, organisationId), eq(people.active, true), who))
    .orderBy(asc(people.lastName), asc(people.firstName), asc(people.id));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.personId);
  const profiles = new Map(
    (await listLatestCompletedAssessments(db, organisationId, "ipip-neo-120"))
      .filter((row) => ids.includes(row.personId))
      .map((row) => [row.personId, { answers: row.answers, completedAt: row.completedAt }]),
  );
  return rows.map((row) => ({
    personId: row.personId,
    firstName: row.firstName,
    lastName: row.lastName,
    managerId: row.managerId,
    sharing: { mentor: row.mentor ?? true, lineManager: row.lineManager ?? false, hr: row.hr ?? false },
    ipip: profiles.get(row.personId) ?? null,
  }));
}

/** The organisation's departments (non-empty, active people), alphabetically: what HR picks a team from. */
export async function listDepartments(db: TDb, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ department: people.department })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), eq(people.active, true), ne(people.department, "")))
    .orderBy(asc(people.department));
  return rows.map((row) => row.department);
}

/** The organisation's active people who have active direct reports: the managers whose teams HR can pick. */
export async function listTeamManagers(db: TDb, organisationId: string): Promise<{ personId: string; name: string }[]> {
  const managerIds = await db
    .selectDistinct({ managerId: people.managerId })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), eq(people.active, true)));
  const ids = managerIds.flatMap((row) => (row.managerId ? [row.managerId] : []));
  if (ids.length === 0) return [];
  const rows = await db
    .select({ personId: people.id, firstName: people.firstName, lastName: people.lastName })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), inArray(people.id, ids)))
    .orderBy(asc(people.lastName), asc(people.firstName), asc(people.id));
  return rows.map((row) => ({ personId: row.personId, name: `${row.firstName} ${row.lastName}`.trim() }));
}
