import type { TPersonDataExport } from "../../contracts/person-data";
import { findOrganisationById } from "../../db/organisations-repo";
import {
  findPersonAccount,
  findPersonRecord,
  listAccountExtras,
  listCampaignsAbout,
  listEmailsTo,
  listMenteeEngagements,
  listNotesWrittenElsewhere,
  listOwnRaterAnswers,
  listPersonInvitations,
  listPersonRows,
} from "../../db/person-data-repo";
import { notFound } from "../../domain/shared/errors";
import { authorise } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";

type TRow = Record<string, unknown>;

/** A stored value as JSON: dates as ISO strings, objects and arrays walked; the organisation id left out. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value as TRow).filter(([key]) => key !== "organisationId").map(([key, v]) => [key, plain(v)]));
  }
  return value;
}
const row = (value: object): TRow => plain(value) as TRow;
const rows = (values: object[]): TRow[] => values.map(row);
const orNull = (value: object | null): TRow | null => (value ? row(value) : null);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** HR admins of the organisation (and the operator) export and erase a person's data. */
export function mustManagePersonData(actor: TActor) {
  authorise(actor, "person.data.manage");
}

/** Everything Sterk holds about one person of the actor's organisation (decision 0021); another organisation's id is "not found". */
export async function exportPersonData(ctx: Pick<TAppContext, "db" | "now">, actor: TActor, personId: string): Promise<TPersonDataExport> {
  mustManagePersonData(actor);
  const { db } = ctx;
  const organisationId = actor.organisationId;
  const person = await findPersonRecord(db, organisationId, personId);
  if (!person) throw notFound("person");
  const organisation = await findOrganisationById(db, organisationId);
  const account = await findPersonAccount(db, organisationId, personId);
  const extras = account ? await listAccountExtras(db, organisationId, account.userId) : null;
  const own = await listPersonRows(db, organisationId, personId);
  const mentoring = await listMenteeEngagements(db, organisationId, personId, account?.userId ?? null);
  return {
    format: "sterk-person-data",
    version: 1,
    exportedAt: ctx.now().toISOString(),
    organisation: { slug: organisation?.slug ?? "", name: organisation?.name ?? "" },
    person: {
      id: person.id,
      employeeNumber: person.employeeNumber,
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      jobTitle: person.jobTitle,
      department: person.department,
      managerId: person.managerId,
      startDate: person.startDate,
      roleStartDate: person.roleStartDate,
      language: person.language,
      active: person.active,
      externalId: person.externalId,
      createdAt: person.createdAt.toISOString(),
      updatedAt: person.updatedAt.toISOString(),
    },
    account:
      account && extras
        ? {
            email: account.email,
            displayName: account.displayName,
            locale: account.locale,
            createdAt: account.createdAt.toISOString(),
            hasPassword: Boolean(account.hasPassword),
            passwordChangedAt: iso(account.passwordChangedAt),
            twoFactorEnabledAt: iso(account.totpEnabledAt),
            roles: account.roles,
            memberSince: account.memberSince.toISOString(),
            deactivatedAt: iso(account.deactivatedAt),
            openSessions: extras.openSessions,
            signInIdentities: rows(extras.identities),
            apiTokens: rows(extras.tokens),
            mentorProfile: orNull(extras.mentorProfile),
            mentoringPreferences: orNull(extras.mentoringPreferences),
          }
        : null,
    invitations: rows(await listPersonInvitations(db, organisationId, personId)),
    assessments: rows(own.assessments),
    reportSharing: orNull(own.reportSharing),
    feedback: {
      campaignsAboutThem: rows(await listCampaignsAbout(db, organisationId, personId)),
      ownRatings: rows(await listOwnRaterAnswers(db, organisationId, personId)),
    },
    plans: { plans: rows(own.plans), versions: rows(own.planVersions), events: rows(own.planEvents), proposals: rows(own.planProposals), personBudget: orNull(own.personBudget) },
    mentoring: {
      engagements: rows(mentoring.engagements),
      sessions: rows(mentoring.sessions),
      actionItems: rows(mentoring.actionItems),
      checkIns: rows(mentoring.checkIns),
      closureFeedback: rows(mentoring.closureFeedback),
      notes: rows(mentoring.notes),
      notesWrittenElsewhere: account ? rows(await listNotesWrittenElsewhere(db, organisationId, personId, account.userId)) : [],
      enrolments: rows(own.enrolments),
      reactions: rows(own.reactions),
    },
    evaluation: { programmeMemberships: rows(own.programmeMemberships), measureValues: rows(own.measureValues), benefitEstimates: rows(own.benefitEstimates) },
    emails: rows(await listEmailsTo(db, organisationId, person.email)),
  };
}
