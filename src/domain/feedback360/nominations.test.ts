import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalMailbox } from "../shared/email-alias";
import { checkNominees, type TDirectoryPerson, type TNomineeCandidate } from "./nominations";

const directory: TDirectoryPerson[] = [
  { id: "boss", email: "boss@brouwerij.test", managerId: null },
  { id: "an", email: "an.peeters@brouwerij.test", managerId: "boss" },
  { id: "koen", email: "koen@brouwerij.test", managerId: "an" },
  { id: "lies", email: "lies@brouwerij.test", managerId: "an" },
  { id: "marc", email: "marc@brouwerij.test", managerId: "boss" },
  { id: "gmailer", email: "jo.smit@gmail.com", managerId: "an" },
];
const an = { personId: "an", emails: ["an.peeters@brouwerij.test"] };
const row = (group: TNomineeCandidate["group"], email: string, personId: string | null = null): TNomineeCandidate => ({ group, email, personId });

describe("checkNominees", () => {
  it("refuses the subject's own person, address and its aliases, in any group", () => {
    const checks = checkNominees(
      an,
      [
        row("peer", "an.peeters@brouwerij.test", "an"),
        row("direct_report", "AN.PEETERS+dr1@brouwerij.test"),
        row("other", "an.peeters+x@Brouwerij.Test."),
        row("direct_report", "koen@brouwerij.test", "koen"),
      ],
      directory,
    );
    expect(checks.map((c) => c.problem)).toEqual(["self", "self", "self", null]);
  });

  it("refuses a subject address that is only on their account, not in the directory", () => {
    const checks = checkNominees({ personId: "an", emails: ["an@private.test"] }, [row("peer", "an+1@private.test")], directory);
    expect(checks[0]?.problem).toBe("self");
  });

  it("refuses the second nominee with the same person or mailbox, after normalising", () => {
    const checks = checkNominees(
      an,
      [
        row("direct_report", "koen@brouwerij.test", "koen"),
        row("peer", "Koen+again@brouwerij.test"),
        row("direct_report", "jo.smit@gmail.com", "gmailer"),
        row("other", "josmit+x@googlemail.com"),
        row("peer", "olga@elsewhere.test"),
        row("other", "OLGA@elsewhere.test"),
      ],
      directory,
    );
    expect(checks.map((c) => c.problem)).toEqual([null, "duplicate", null, "duplicate", null, "duplicate"]);
  });

  it("accepts as direct reports only people whose manager in the directory is the subject", () => {
    const checks = checkNominees(
      an,
      [
        row("direct_report", "koen@brouwerij.test", "koen"),
        row("direct_report", "lies+work@brouwerij.test"),
        row("direct_report", "marc@brouwerij.test", "marc"),
        row("direct_report", "boss@brouwerij.test", "boss"),
        row("direct_report", "stranger@elsewhere.test"),
      ],
      directory,
    );
    expect(checks.map((c) => c.problem)).toEqual([null, null, "not_a_direct_report", "not_a_direct_report", "not_a_direct_report"]);
    // an address of a directory person counts as that person
    expect(checks[1]).toMatchObject({ external: false, directoryPersonId: "lies" });
  });

  it("flags nominees outside the directory as external, without refusing them", () => {
    const checks = checkNominees(an, [row("peer", "olga@elsewhere.test"), row("line_manager", "boss@brouwerij.test", "boss"), row("peer", "Marc@Brouwerij.test")], directory);
    expect(checks).toEqual([
      { problem: null, external: true, directoryPersonId: null },
      { problem: null, external: false, directoryPersonId: "boss" },
      { problem: null, external: false, directoryPersonId: "marc" },
    ]);
  });
});

// ---- the sock-puppet attack (TESTING.md item 20) as a property ----

const word = (max: number) => fc.array(fc.constantFrom("a", "b", "e", "k", "n", "o"), { minLength: 1, maxLength: max }).map((l) => l.join(""));
const localArb = fc.tuple(word(5), fc.option(word(4), { nil: undefined })).map(([a, b]) => (b ? `${a}.${b}` : a));
const domainArb = fc.constantFrom("brouwerij.test", "gmail.com", "example.org");

/** An alias of an address the way an attacker would write one: tags, case, gmail dots and domain, trailing dot. */
function aliasArb(address: string): fc.Arbitrary<string> {
  const [local = "", domain = ""] = address.split("@");
  return fc
    .record({ tag: fc.option(word(3), { nil: undefined }), upper: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), dot: fc.nat(6), googlemail: fc.boolean(), trailing: fc.boolean() })
    .map(({ tag, upper, dot, googlemail, trailing }) => {
      let l = local;
      let d = domain;
      if (d === "gmail.com") {
        const at = Math.min(dot, l.length);
        l = `${l.slice(0, at)}.${l.slice(at)}`.replace(/^\.|\.$/g, "");
        if (googlemail) d = "googlemail.com";
      }
      if (tag) l = `${l}+${tag}`;
      l = [...l].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch)).join("");
      return `${l}@${d}${trailing ? "." : ""}`;
    });
}

const scenarioArb = fc
  .uniqueArray(fc.tuple(localArb, domainArb).map(([l, d]) => `${l}@${d}`), { minLength: 3, maxLength: 10, selector: canonicalMailbox })
  .chain((emails) =>
    fc.record({
      directory: fc.constant(emails).chain((list) =>
        fc.tuple(...list.map((email, i) => fc.option(fc.nat(list.length - 1), { nil: null }).map((m): TDirectoryPerson => ({ id: `p${i}`, email, managerId: m === null || m === i ? null : `p${m}` })))),
      ),
      nominees: fc.array(
        fc.oneof(
          fc.nat(emails.length - 1).chain((i) => fc.tuple(fc.constant(i), fc.boolean(), aliasArb(emails[i] ?? ""))),
          fc.tuple(fc.constant(-1), fc.constant(false), fc.tuple(localArb, domainArb).map(([l, d]) => `ext-${l}@${d}`)),
        ),
        { maxLength: 14 },
      ),
      groups: fc.array(fc.constantFrom("line_manager" as const, "peer" as const, "direct_report" as const, "other" as const), { minLength: 14, maxLength: 14 }),
    }),
  );

describe("sock puppets (property, TESTING.md item 20)", () => {
  it("accepted nominees are never the subject, never one mailbox twice, and direct reports are real reports", () => {
    fc.assert(
      fc.property(scenarioArb, ({ directory: people, nominees, groups }) => {
        const subject = people[0] as TDirectoryPerson;
        const rows = nominees.map(([index, byId, address], i): TNomineeCandidate => {
          const person = people[index];
          return { group: groups[i] ?? "peer", email: byId && person ? person.email : address, personId: byId && person ? person.id : null };
        });
        const checks = checkNominees({ personId: subject.id, emails: [subject.email] }, rows, people);
        const accepted = rows.flatMap((r, i) => (checks[i]?.problem === null ? [{ row: r, check: checks[i] }] : []));
        const mailboxes = accepted.map((a) => canonicalMailbox(a.check.directoryPersonId ? (people.find((p) => p.id === a.check.directoryPersonId)?.email ?? "") : a.row.email));
        // one voice per mailbox, none of them the subject's
        expect(new Set(mailboxes).size).toBe(accepted.length);
        expect(mailboxes).not.toContain(canonicalMailbox(subject.email));
        for (const a of accepted) expect(canonicalMailbox(a.row.email)).not.toBe(canonicalMailbox(subject.email));
        // every accepted direct report is a distinct directory person whose manager is the subject
        const reports = accepted.filter((a) => a.row.group === "direct_report").map((a) => people.find((p) => p.id === a.check.directoryPersonId));
        for (const report of reports) expect(report?.managerId).toBe(subject.id);
        // a directory person's own address, in any spelling, is never external
        rows.forEach((r, i) => {
          if (people.some((p) => canonicalMailbox(p.email) === canonicalMailbox(r.email))) expect(checks[i]?.external).toBe(false);
        });
        // the first mention of each real report by any alias is accepted: the rule refuses puppets, not people
        const firstMention = new Map<string, number>();
        rows.forEach((r, i) => {
          const person = people.find((p) => p.id === r.personId || canonicalMailbox(p.email) === canonicalMailbox(r.email));
          if (person && person.id !== subject.id && !firstMention.has(person.id)) firstMention.set(person.id, i);
        });
        for (const [personId, i] of firstMention) {
          const person = people.find((p) => p.id === personId);
          if (rows[i]?.group !== "direct_report" || person?.managerId === subject.id) expect(checks[i]?.problem).toBeNull();
        }
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);
});
