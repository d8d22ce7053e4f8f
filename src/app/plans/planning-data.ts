// What every planning use case reads: the organisation's catalogue (validated domain modules) and, per person,
// the needs the recommendation engine takes (challenge scan means, talent strengths, situations, language).
// No actor checks here: the calling use case decides who may see what.
import { insertMissingCatalogueModules, listCatalogueRows } from "../../db/catalogue-repo";
import { listAllPeople, type TPersonValues } from "../../db/people-repo";
import { challengeMeans, scoreIpipNeo120, situationFit, strengthsProfile, type TChallengeMeans } from "../../domain/assessment/index";
import { STARTER_CATALOGUE, talentStrengthsFromProfile, validateModule, type TDevelopmentModule, type TPersonNeeds } from "../../domain/plans/index";
import { isLocale } from "../../domain/shared/locale";
import { completedAssessmentsForOrganisation } from "../assessments/read-assessments";
import { monthsBetween } from "../reports/shape-challenges";
import type { TAppContext } from "../shared/context";

/** The organisation's catalogue as domain modules (archived ones only when asked), sorted by id. */
export async function loadCatalogue(ctx: Pick<TAppContext, "db"> & Partial<Pick<TAppContext, "log">>, organisationId: string, options: { includeArchived?: boolean } = {}): Promise<TDevelopmentModule[]> {
  const rows = await listCatalogueRows(ctx.db, organisationId, options);
  return rows.flatMap((row) => {
    try {
      return [validateModule(row.module)];
    } catch (error) {
      // written through validateModule, so only a hand-edited row lands here; leave it out rather than fail the menu
      ctx.log?.warn({ err: error, organisationId, moduleId: row.id }, "catalogue module no longer validates; left out");
      return [];
    }
  });
}

/** Copies the starter modules the organisation does not have yet into its catalogue; returns how many were added. */
export async function addStarterCatalogue(ctx: Pick<TAppContext, "db">, organisationId: string): Promise<number> {
  return insertMissingCatalogueModules(
    ctx.db,
    organisationId,
    STARTER_CATALOGUE.map((m) => ({ id: m.id, module: m, starter: true })),
  );
}

export type TPlanningPerson = {
  person: Pick<TPersonValues, "id" | "employeeNumber" | "firstName" | "lastName" | "email" | "department" | "managerId" | "language" | "roleStartDate">;
  needs: TPersonNeeds;
  /** Which parts of the profile exist: without a completed scan the engine has no needs ("no-profile"). */
  hasScan: boolean;
  hasStrengths: boolean;
};

/** The engine's view of one person from their newest completed strengths questionnaire and challenge scan. */
export function needsOf(
  person: TPlanningPerson["person"],
  ipip: readonly { id: string; score: number }[] | null,
  scan: readonly { id: string; score: number | null }[] | null,
  now: Date,
): TPlanningPerson {
  let means: TChallengeMeans = {};
  if (scan) {
    try {
      means = challengeMeans(scan);
    } catch {
      means = {};
    }
  }
  let talentStrengths = {};
  if (ipip) {
    try {
      talentStrengths = talentStrengthsFromProfile(strengthsProfile(scoreIpipNeo120(ipip)));
    } catch {
      talentStrengths = {};
    }
  }
  const hasScan = Object.values(means).some((v) => typeof v === "number");
  const situations = hasScan ? situationFit(means, monthsBetween(person.roleStartDate, now)).bestFit : [];
  return {
    person,
    needs: { id: person.id, challengeMeans: means, talentStrengths, language: isLocale(person.language) ? person.language : "nl", situations },
    hasScan,
    hasStrengths: Object.keys(talentStrengths).length > 0,
  };
}

/** Every active person of the organisation (or only the given ids) with their needs; sorted by last, first name. */
export async function loadPlanningPeople(ctx: Pick<TAppContext, "db" | "now">, organisationId: string, personIds?: readonly string[]): Promise<TPlanningPerson[]> {
  const wanted = personIds ? new Set(personIds) : null;
  const [everyone, ipips, scans] = await Promise.all([
    listAllPeople(ctx.db, organisationId),
    completedAssessmentsForOrganisation(ctx, organisationId, "ipip-neo-120"),
    completedAssessmentsForOrganisation(ctx, organisationId, "challenge-scan"),
  ]);
  const ipipBy = new Map(ipips.map((a) => [a.personId, a.answers]));
  const scanBy = new Map(scans.map((a) => [a.personId, a.answers]));
  const now = ctx.now();
  return everyone
    .filter((p) => p.active && (wanted === null || wanted.has(p.id)))
    .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName) || (a.id < b.id ? -1 : 1))
    .map((p) => needsOf(p, ipipBy.get(p.id) ?? null, scanBy.get(p.id) ?? null, now));
}
