// The platform's own work (the operator) and the organisation's administration (HR admins and the operator).
import { administers, hasRole, inOrganisation, isMemberWithRole, personOf } from "../actor";
import { allow, forbid, hide } from "../decision";
import { rule } from "../rule";

const operatorOnly = (what: string) =>
  rule(`The operator only.`, (actor) => (actor.isOperator ? allow("the operator") : forbid(`only the operator may ${what}`)));

const administratorOnly = (what: string) =>
  rule(`HR admins of the organisation and the operator.`, (actor) => (administers(actor) ? allow("administers the organisation") : forbid(`only HR admins ${what}`)));

export const PLATFORM_RULES = {
  "organisation.create": operatorOnly("create organisations"),
  "organisation.list": operatorOnly("list organisations"),
  "insights.manage": operatorOnly("manage insights"),
  "newsletter.manage": operatorOnly("manage the newsletter and its subscribers"),
  "outbox.read": rule("HR admins read their organisation's emails; the operator every organisation's and the platform's.", (actor) =>
    actor.isOperator || administers(actor) ? allow("administers the organisation") : forbid("only HR admins and the operator read the outbox"),
  ),
  "outbox.read_platform": operatorOnly("read every organisation's and the platform's emails"),
};

export const ADMINISTRATION_RULES = {
  "security.manage": administratorOnly("and the operator set the organisation's security"),
  "sso.manage": administratorOnly("manage single sign-on"),
  "scim.manage": rule("HR admins and the operator create provisioning tokens; a provisioning token works only while its creator still may.", (actor) =>
    administers(actor) ? allow("administers the organisation") : forbid("only HR admins create SCIM provisioning tokens", "scope"),
  ),
  "invitation.manage": administratorOnly("manage the organisation's accounts"),
  "token.create": rule("Anyone inside the organisation, for themself.", (actor) =>
    inOrganisation(actor) ? allow("a member of the organisation") : forbid("you have no organisation in Sterk yet"),
  ),
  "person.read": rule("The operator and anyone holding a role in the organisation.", (actor) =>
    isMemberWithRole(actor) ? allow("holds a role in the organisation") : forbid("no access to this organisation's directory"),
  ),
  "person.org_chart.read": rule("HR admins, the operator and executives the whole chart; a manager their own line (mentors: no chart).", (actor) =>
    administers(actor) || (inOrganisation(actor) && (hasRole(actor, "manager") || hasRole(actor, "executive"))) ? allow("reads a reporting line") : forbid("no organisation chart for you"),
  ),
  "person.manage": administratorOnly("change the people directory"),
  "person.account.read": rule("HR admins and the operator see a person's account in full (invitation, roles); other readers only its state.", (actor) =>
    administers(actor) ? allow("administers the organisation") : forbid("only HR admins see a person's account"),
  ),
  "person.pick": rule("Anyone holding a role, the operator, and people of the organisation: colleagues by name and department, to choose one.", (actor) =>
    isMemberWithRole(actor) || (inOrganisation(actor) && personOf(actor) !== null) ? allow("a member of the organisation") : forbid("no access to this organisation's people"),
  ),
  "catalogue.read": rule("The operator and anyone holding a role in the organisation (archived modules: catalogue.manage).", (actor) =>
    isMemberWithRole(actor) ? allow("holds a role in the organisation") : forbid("no access to this organisation's catalogue"),
  ),
  "catalogue.archived.read": rule("HR admins and the operator also see archived modules.", (actor) =>
    administers(actor) ? allow("administers the organisation") : hide("module", "archived modules are HR's"),
  ),
  "catalogue.manage": administratorOnly("manage the catalogue and the planning settings"),
  "planning.settings.manage": administratorOnly("manage the catalogue and the planning settings"),
  "optimiser.run": administratorOnly("run the optimiser"),
  "job.read": rule("HR admins read their organisation's background jobs; the operator every organisation's and the platform's.", (actor) =>
    actor.isOperator || administers(actor) ? allow("administers the organisation") : forbid("only HR admins and the operator read the jobs"),
  ),
  "job.read_all": operatorOnly("read every organisation's background jobs"),
  "person.data.manage": administratorOnly("export or erase a person's data"),
};
