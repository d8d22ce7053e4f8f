import { canonicalMailbox } from "../shared/email-alias";
import type { TRaterGroup } from "./types";

/**
 * Who may rate in a 360 campaign — the rules that keep one person from answering as several
 * (sock puppets) and so subtracting a real rater out of a group mean:
 * - not the subject: their own person, address or an alias of it (`canonicalMailbox`);
 * - every mailbox once: a second nominee with the same person or mailbox is refused;
 * - a direct report is someone whose manager in the directory is the subject;
 * - a nominee found nowhere in the organisation's directory is an external rater: allowed, but
 *   flagged to the approver, who can judge whether that person exists.
 * A nominee given only by address who is in the directory counts as that directory person.
 */

/** A directory person, as these rules need them. */
export type TDirectoryPerson = { id: string; email: string; managerId: string | null };

/** A nominee: a directory person (`personId`) or an address. */
export type TNomineeCandidate = { group: Exclude<TRaterGroup, "self">; email: string; personId: string | null };

/** Why a nominee is refused. */
export type TNomineeProblem = "self" | "duplicate" | "not_a_direct_report";

/** The verdict on one nominee: refused with a problem or not, and whether they are outside the directory. */
export type TNomineeCheck = { problem: TNomineeProblem | null; external: boolean; directoryPersonId: string | null };

/** The campaign's subject: their directory person and every address known to be theirs. */
export type TNominationSubject = { personId: string; emails: readonly string[] };

/** English explanations for the refusals (the web shows its own, localised by code). */
export const NOMINEE_PROBLEM_MESSAGES: Readonly<Record<TNomineeProblem, string>> = {
  self: "the person cannot rate themself, under any of their addresses: their own challenge scan is the self-assessment",
  duplicate: "this person is already nominated (the same person or mailbox)",
  not_a_direct_report: "a direct report must report to the person in the directory",
};

/**
 * Checks nominees in the order they were nominated; a later row that repeats an earlier person or
 * mailbox is the duplicate. A refused row does not take a mailbox away from later rows.
 */
export function checkNominees(
  subject: TNominationSubject,
  nominees: readonly TNomineeCandidate[],
  directory: readonly TDirectoryPerson[],
): TNomineeCheck[] {
  const byId = new Map(directory.map((person) => [person.id, person]));
  const byMailbox = new Map<string, TDirectoryPerson>();
  for (const person of directory) if (person.email && !byMailbox.has(canonicalMailbox(person.email))) byMailbox.set(canonicalMailbox(person.email), person);
  const subjectPerson = byId.get(subject.personId);
  const subjectMailboxes = new Set([...subject.emails, ...(subjectPerson ? [subjectPerson.email] : [])].filter((e) => e !== "").map(canonicalMailbox));
  const seenPeople = new Set<string>();
  const seenMailboxes = new Set<string>();

  return nominees.map((nominee): TNomineeCheck => {
    const mailbox = canonicalMailbox(nominee.email);
    const person = (nominee.personId ? byId.get(nominee.personId) : undefined) ?? byMailbox.get(mailbox) ?? null;
    const mailboxes = new Set([mailbox, ...(person ? [canonicalMailbox(person.email)] : [])]);
    const base = { external: person === null, directoryPersonId: person?.id ?? null };
    if (nominee.personId === subject.personId || person?.id === subject.personId || [...mailboxes].some((m) => subjectMailboxes.has(m))) {
      return { ...base, problem: "self" };
    }
    if ((person && seenPeople.has(person.id)) || [...mailboxes].some((m) => seenMailboxes.has(m))) return { ...base, problem: "duplicate" };
    if (nominee.group === "direct_report" && person?.managerId !== subject.personId) return { ...base, problem: "not_a_direct_report" };
    if (person) seenPeople.add(person.id);
    for (const m of mailboxes) seenMailboxes.add(m);
    return { ...base, problem: null };
  });
}
