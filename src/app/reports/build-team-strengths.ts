import type { TTeamStrengths, TTeamStrengthsQuery } from "../../contracts/team-strengths";
import { findMembership } from "../../db/organisations-repo";
import { findReportPerson } from "../../db/reports-repo";
import { listDepartments, listTeamManagers, listTeamMembers, type TTeamMemberRow, type TTeamSelector } from "../../db/team-strengths-repo";
import { can, reportViewer } from "../../domain/policy/index";
import { invalid, notFound } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { TEAM_GRID_MINIMUM, teamStrengthsGrid } from "./shape-team-strengths";

type TReader = TActor & { personId: string | null };

/**
 * A member counts for the reader when the policy lets the reader read their report as line manager or HR (the
 * person's own sharing choice, decision 0005); the mentor relation is one person at a time, not a team.
 */
function sharesWithReader(reader: TReader, member: TTeamMemberRow): boolean {
  const viewer = reportViewer(reader, { personId: member.personId, lineManagerPersonId: member.managerId, mentorUserIds: [], sharing: member.sharing });
  return viewer === "line_manager" || viewer === "hr";
}

/** Which team the reader asked for; HR alone may pick another manager's team or a department (else 404). */
async function chooseTeam(ctx: Pick<TAppContext, "db">, reader: TReader, query: TTeamStrengthsQuery) {
  const isHr = can(reader, "report.team.choose");
  if (query.managerPersonId && query.department) throw invalid("department", "choose a manager's team or a department, not both");
  // HR without a person record (or a team of its own) starts on the first department rather than on nothing
  const department = query.department ?? (isHr && !query.managerPersonId && !reader.personId ? (await listDepartments(ctx.db, reader.organisationId))[0] : undefined);
  if (department) {
    if (!isHr) throw notFound("team");
    if (!(await listDepartments(ctx.db, reader.organisationId)).includes(department)) throw notFound("team");
    const selector: TTeamSelector = { department };
    return { selector, team: { kind: "department" as const, label: department, managerPersonId: null, department } };
  }
  const managerPersonId = query.managerPersonId ?? reader.personId;
  if (!managerPersonId) throw notFound("your person record");
  if (managerPersonId !== reader.personId && !isHr) throw notFound("team");
  const manager = await findReportPerson(ctx.db, reader.organisationId, managerPersonId);
  if (!manager) throw notFound("team");
  const label = `${manager.firstName} ${manager.lastName}`.trim();
  return { selector: { managerPersonId } as TTeamSelector, team: { kind: "direct-reports" as const, label, managerPersonId, department: null } };
}

/**
 * The team strengths grid for a line manager (their direct reports) or HR (any manager's team or a department):
 * the talents of the members who share their report with the reader, side by side — nothing when fewer than three
 * of them share a completed profile, and the counts say why.
 */
export async function getTeamStrengths(
  ctx: Pick<TAppContext, "db" | "now">,
  actor: TActor,
  query: TTeamStrengthsQuery,
  locale: TLocale,
): Promise<TTeamStrengths> {
  const reader: TReader = { ...actor, personId: (await findMembership(ctx.db, actor.organisationId, actor.userId))?.personId ?? null };
  const { selector, team } = await chooseTeam(ctx, reader, query);
  const rows = (await listTeamMembers(ctx.db, actor.organisationId, selector)).filter((row) => row.personId !== reader.personId);
  const sharing = rows.filter((row) => sharesWithReader(reader, row));
  const grid = teamStrengthsGrid(
    sharing.flatMap((row) => (row.ipip ? [{ personId: row.personId, name: `${row.firstName} ${row.lastName}`.trim(), answers: row.ipip.answers }] : [])),
    locale,
  );
  const choices = can(reader, "report.team.choose")
    ? { departments: await listDepartments(ctx.db, actor.organisationId), managers: await listTeamManagers(ctx.db, actor.organisationId) }
    : null;
  return {
    locale,
    generatedAt: ctx.now().toISOString(),
    team,
    counts: { members: rows.length, sharing: sharing.length, withProfile: grid.scored },
    minimum: TEAM_GRID_MINIMUM,
    shown: grid.scored >= TEAM_GRID_MINIMUM,
    members: grid.members,
    talents: grid.talents,
    choices,
  };
}
