// The sock-puppet rules (domain/feedback360/nominations) applied to a campaign's stored nominees: on every
// nomination, and again on submit, approval and launch — the directory may have changed meanwhile, and rows
// nominated before these rules existed must not slip through.
import { findUserById } from "../../db/auth-repo";
import { listRaters } from "../../db/feedback-repo";
import { findMembershipOfPerson } from "../../db/organisations-repo";
import { listAllPeople } from "../../db/people-repo";
import {
  checkNominees,
  NOMINEE_PROBLEM_MESSAGES,
  type TDirectoryPerson,
  type TNominationSubject,
  type TNomineeCandidate,
  type TNomineeCheck,
} from "../../domain/feedback360/nominations";
import { invalid } from "../../domain/shared/errors";
import type { TAppContext } from "../shared/context";

type TCtx = Pick<TAppContext, "db">;

/** What the rules need: the subject with every address of theirs (directory and account) and the active directory. */
export type TNominationFacts = { subject: TNominationSubject; directory: TDirectoryPerson[] };

/** Loads the subject's addresses and the organisation's active directory. */
export async function loadNominationFacts(ctx: TCtx, organisationId: string, subjectPersonId: string): Promise<TNominationFacts> {
  const [people, membership] = await Promise.all([listAllPeople(ctx.db, organisationId), findMembershipOfPerson(ctx.db, organisationId, subjectPersonId)]);
  const account = membership ? await findUserById(ctx.db, membership.userId) : undefined;
  const own = people.find((p) => p.id === subjectPersonId);
  return {
    subject: { personId: subjectPersonId, emails: [own?.email ?? "", account?.email ?? ""].filter((e) => e !== "") },
    directory: people.filter((p) => p.active).map((p) => ({ id: p.id, email: p.email, managerId: p.managerId })),
  };
}

/** The stored nominees of a campaign as candidates, in nomination order. */
function candidatesOf(raters: Awaited<ReturnType<typeof listRaters>>): TNomineeCandidate[] {
  return raters.map((r) => ({ group: r.group as TNomineeCandidate["group"], email: r.email, personId: r.personId }));
}

/** A campaign's stored nominees (in nomination order) with the verdict on each. */
export async function checkStoredNominees(ctx: TCtx, organisationId: string, campaignId: string, subjectPersonId: string) {
  const [facts, raters] = await Promise.all([loadNominationFacts(ctx, organisationId, subjectPersonId), listRaters(ctx.db, organisationId, campaignId)]);
  return { raters, checks: checkNominees(facts.subject, candidatesOf(raters), facts.directory) };
}

/** Refuses (400, naming `nominees[i]`) a campaign that holds a nominee the rules refuse. */
export async function requireValidNominees(ctx: TCtx, organisationId: string, campaignId: string, subjectPersonId: string): Promise<void> {
  const { checks } = await checkStoredNominees(ctx, organisationId, campaignId, subjectPersonId);
  const index = checks.findIndex((c) => c.problem !== null);
  const problem = checks[index]?.problem;
  if (problem) throw invalid(`nominees[${index}]`, `${NOMINEE_PROBLEM_MESSAGES[problem]}: remove this nominee`);
}

/** The verdict on a new nominee next to the stored ones; refuses it (400, naming `field`) when the rules do. */
export async function checkNewNominee(
  ctx: TCtx,
  organisationId: string,
  campaignId: string,
  subjectPersonId: string,
  nominee: TNomineeCandidate,
  field: string,
): Promise<TNomineeCheck> {
  const [facts, raters] = await Promise.all([loadNominationFacts(ctx, organisationId, subjectPersonId), listRaters(ctx.db, organisationId, campaignId)]);
  const checks = checkNominees(facts.subject, [...candidatesOf(raters), nominee], facts.directory);
  const check = checks[checks.length - 1] as TNomineeCheck;
  if (check.problem) throw invalid(field, NOMINEE_PROBLEM_MESSAGES[check.problem]);
  return check;
}
