import { findUserByEmail } from "../../db/auth-repo";
import { listAllPeople } from "../../db/people-repo";
import { insertMentorship, saveReportSharing } from "../../db/reports-repo";
import { saveCompletedAssessment } from "../assessments/read-assessments";
import { seedClosedCampaign } from "../feedback/report-source";
import type { TAppContext } from "../shared/context";
import {
  demoCampaignRaters,
  demoChallengeLevels,
  demoIpipAnswers,
  demoScanAnswers,
  demoSubjectSelfScan,
  type TDemoRater,
} from "./demo-diagnosis-answers";
import { DEMO_PEOPLE, demoEmail } from "./demo-people";

/** People who have not started their assessments yet, so a newcomer also sees that state. */
export const DEMO_NOT_ASSESSED = ["E003", "E038", "E039", "E040"] as const;
/** The subject of the demo's closed 360 campaign (An Peeters, sales manager). */
export const DEMO_360_SUBJECT = "E004";

const DAY = 86_400_000;

function asList(answers: Readonly<Record<string, number | null>>): { id: string; score: number | null }[] {
  return Object.entries(answers).map(([id, score]) => ({ id, score }));
}

function emailOf(employeeNumber: string): string {
  const person = DEMO_PEOPLE.find((p) => p.employeeNumber === employeeNumber);
  if (!person) throw new Error(`demo person ${employeeNumber} missing`);
  return demoEmail(person);
}

function nameOf(employeeNumber: string): string {
  const person = DEMO_PEOPLE.find((p) => p.employeeNumber === employeeNumber);
  return person ? `${person.firstName} ${person.lastName}` : employeeNumber;
}

function languageOf(employeeNumber: string): TDemoRater["language"] {
  return DEMO_PEOPLE.find((p) => p.employeeNumber === employeeNumber)?.language ?? "nl";
}

/** Direct reports of An Peeters who share their report with her and with HR (the demo's team strengths grid). */
export const DEMO_TEAM_SHARING = ["E017", "E018", "E019", "E022"] as const;

/**
 * The diagnosis part of the demo: completed strengths questionnaires and challenge scans for all
 * but four people (enough for reliability figures and heatmaps), one closed 360 about An Peeters
 * with a group of direct reports below its minimum (hidden in her report), and her mentor.
 */
export async function seedDemoDiagnosis(ctx: Pick<TAppContext, "db" | "now">, organisationId: string): Promise<void> {
  const now = ctx.now();
  const people = await listAllPeople(ctx.db, organisationId);
  const idOf = new Map(people.map((p) => [p.employeeNumber, p.id]));
  for (const [index, person] of DEMO_PEOPLE.entries()) {
    if ((DEMO_NOT_ASSESSED as readonly string[]).includes(person.employeeNumber)) continue;
    const personId = idOf.get(person.employeeNumber);
    if (!personId) continue;
    const completedAt = new Date(now.getTime() - (30 + index) * DAY);
    const label = person.employeeNumber;
    await saveCompletedAssessment(ctx, organisationId, personId, "ipip-neo-120", asList(demoIpipAnswers(label)), completedAt);
    const scan = label === DEMO_360_SUBJECT ? demoSubjectSelfScan(label) : demoScanAnswers(label, demoChallengeLevels(label));
    await saveCompletedAssessment(ctx, organisationId, personId, "challenge-scan", asList(scan), completedAt);
  }

  // An Peeters' sales team: four share their report with her and HR (her team strengths grid), one with nobody
  for (const employeeNumber of DEMO_TEAM_SHARING) {
    const personId = idOf.get(employeeNumber);
    if (personId) await saveReportSharing(ctx.db, organisationId, personId, { mentor: true, lineManager: true, hr: true }, now);
  }

  const subjectId = idOf.get(DEMO_360_SUBJECT);
  if (!subjectId) return;
  const fromDirectory = (group: TDemoRater["group"], employeeNumber: string) => ({
    group,
    name: nameOf(employeeNumber),
    email: emailOf(employeeNumber),
    language: languageOf(employeeNumber),
  });
  const raters = demoCampaignRaters(DEMO_360_SUBJECT, [
    fromDirectory("line_manager", "E001"),
    fromDirectory("peer", "E003"),
    fromDirectory("peer", "E005"),
    fromDirectory("peer", "E006"),
    fromDirectory("peer", "E002"),
    fromDirectory("direct_report", "E017"),
    fromDirectory("direct_report", "E018"),
    { group: "other", name: "Marie Dumont", email: "marie.dumont@horeca-partner.be", language: "fr" },
    { group: "other", name: "Luc Verstraete", email: "luc.verstraete@transport-verstraete.be", language: "nl" },
    { group: "other", name: "Emma Clarke", email: "emma.clarke@uk-importer.co.uk", language: "en" },
  ]);
  await seedClosedCampaign(ctx, { organisationId, subjectPersonId: subjectId, closesAt: new Date(now.getTime() - 10 * DAY), raters });

  const mentor = await findUserByEmail(ctx.db, "mentor.geert@sterk.demo");
  if (mentor) await insertMentorship(ctx.db, organisationId, subjectId, mentor.id, new Date(now.getTime() - 20 * DAY));
}
