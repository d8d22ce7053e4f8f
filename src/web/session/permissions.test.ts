import { describe, expect, it } from "vitest";
import type { TSessionResponse } from "../../contracts/auth";
import { canSee, homePath, PAGES, showsOrganisationSwitcher, type TPage } from "./permissions";

type TRole = "hr_admin" | "manager" | "mentor" | "executive";
const org = (id: string, roles: TRole[]) => ({ id, slug: id, name: id, roles });

function session(isOperator: boolean, roles: TRole[] | null, organisationCount = 1): TSessionResponse {
  const current = roles === null ? null : org("00000000-0000-4000-8000-000000000001", roles);
  const others = Array.from({ length: Math.max(0, organisationCount - 1) }, (_, i) =>
    org(`00000000-0000-4000-8000-00000000010${i}`, ["manager"]),
  );
  return {
    user: { id: "00000000-0000-4000-8000-0000000000aa", email: "a@b.c", displayName: "A", locale: null, isOperator },
    organisations: current ? [current, ...others] : others,
    currentOrganisation: current,
    csrfToken: "t",
  };
}

/** The same session, with the user linked to a person record in the current organisation. */
function withPerson(s: TSessionResponse): TSessionResponse {
  const current = s.currentOrganisation && { ...s.currentOrganisation, personId: "00000000-0000-4000-8000-0000000000bb" };
  return { ...s, currentOrganisation: current, organisations: s.organisations.map((o) => (o.id === current?.id ? current : o)) };
}

const visible = (s: TSessionResponse) => PAGES.filter((page) => canSee(s, page));

describe("canSee", () => {
  it.each<[string, TSessionResponse, TPage[]]>([
    ["HR admin", session(false, ["hr_admin"]), ["people", "addPerson", "orgChart", "import", "invite", "outbox", "tokens", "feedback", "sharedReport", "teamStrengths", "diagnosis", "catalogue", "planningSettings", "plans", "optimiser", "mentors", "mentoring", "evaluation", "measures", "roi", "sso"]],
    ["manager", session(false, ["manager"]), ["people", "orgChart", "tokens", "sharedReport"]],
    ["mentor and executive", session(false, ["mentor", "executive"]), ["people", "orgChart", "tokens", "sharedReport", "diagnosis", "plans", "mentorProfile", "mentoring", "evaluation", "roi"]],
    ["executive", session(false, ["executive"]), ["people", "orgChart", "tokens", "sharedReport", "diagnosis", "plans", "mentoring", "evaluation", "roi"]],
    // the directory shows a mentor their mentees; they get no org chart
    ["mentor", session(false, ["mentor"]), ["people", "tokens", "sharedReport", "mentorProfile", "mentoring"]],
    ["member without roles", session(false, []), ["tokens", "sharedReport"]],
    ["member who is a person of the organisation", withPerson(session(false, ["manager"])), ["people", "orgChart", "tokens", "assessments", "feedback", "myReport", "sharedReport", "teamStrengths", "myPlan", "plans", "myMentor", "mentoring", "myEstimates"]],
    ["user without organisation", session(false, null, 0), []],
    ["operator without organisation", session(true, null, 0), ["outbox", "organisations", "insights", "newsletter"]],
    [
      "operator inside an organisation",
      session(true, []),
      ["people", "addPerson", "orgChart", "import", "invite", "outbox", "tokens", "organisations", "insights", "newsletter", "feedback", "sharedReport", "diagnosis", "catalogue", "planningSettings", "plans", "optimiser", "mentors", "mentoring", "evaluation", "measures", "roi", "sso"],
    ],
  ])("%s sees exactly the expected pages", (_who, s, pages) => {
    expect(visible(s)).toEqual(pages);
  });
});

describe("homePath", () => {
  it.each<[string, TSessionResponse, string | null]>([
    ["a member lands on the directory", session(false, ["manager"]), "/people"],
    ["an operator without organisation lands on organisations", session(true, null, 0), "/organisations"],
    ["a member without roles lands on tokens", session(false, []), "/settings/tokens"],
    ["a person without roles lands on their assessments", withPerson(session(false, [])), "/me/assessments"],
    ["a user without organisation has nowhere to go", session(false, null, 0), null],
  ])("%s", (_case, s, path) => {
    expect(homePath(s)).toBe(path);
  });
});

describe("showsOrganisationSwitcher", () => {
  it.each<[string, TSessionResponse, boolean]>([
    ["one organisation: hidden", session(false, ["manager"], 1), false],
    ["several organisations: shown", session(false, ["manager"], 2), true],
    ["operator: always shown", session(true, null, 0), true],
  ])("%s", (_case, s, shown) => {
    expect(showsOrganisationSwitcher(s)).toBe(shown);
  });
});
