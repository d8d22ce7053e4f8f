import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TOrgRole } from "../shared/roles";
import { inDirectoryScope, reportingLine, type TDirectoryScope, type TDirectoryViewer, type TReportingEdge } from "../people/directory-scope";
import { directoryScope, needsReportingEdges, orgChartScope } from "./rules/people";

// ceo
// ├── sales (manager)
// │   ├── rep1
// │   │   └── intern
// │   └── rep2
// └── ops
//     └── op1
// loner (no manager)
const EDGES: TReportingEdge[] = [
  { id: "ceo", managerId: null },
  { id: "sales", managerId: "ceo" },
  { id: "rep1", managerId: "sales" },
  { id: "intern", managerId: "rep1" },
  { id: "rep2", managerId: "sales" },
  { id: "ops", managerId: "ceo" },
  { id: "op1", managerId: "ops" },
  { id: "loner", managerId: null },
];

const viewer = (roles: TOrgRole[], personId: string | null, extra: Partial<TDirectoryViewer> = {}): TDirectoryViewer => ({
  isOperator: false,
  roles,
  personId,
  menteeIds: [],
  ...extra,
});

const ids = (scope: TDirectoryScope) => (scope.everyone ? "everyone" : [...scope.personIds].sort());

describe("reportingLine", () => {
  it("holds the person, everyone below them and their own manager, not their manager's other reports", () => {
    expect([...reportingLine(EDGES, "sales")].sort()).toEqual(["ceo", "intern", "rep1", "rep2", "sales"]);
  });

  it("is only the person (and their manager) for someone who leads nobody", () => {
    expect([...reportingLine(EDGES, "rep2")].sort()).toEqual(["rep2", "sales"]);
    expect([...reportingLine(EDGES, "loner")]).toEqual(["loner"]);
  });

  it("ends in a reporting cycle instead of looping", () => {
    const cycle = [
      { id: "a", managerId: "b" },
      { id: "b", managerId: "a" },
      { id: "c", managerId: "a" },
    ];
    expect([...reportingLine(cycle, "a")].sort()).toEqual(["a", "b", "c"]);
  });

  it("holds exactly the people whose manager chain reaches the person, plus the person's manager", () => {
    const forest = fc.integer({ min: 1, max: 25 }).chain((n) =>
      fc.tuple(
        fc.array(fc.option(fc.nat({ max: n - 1 }), { nil: null }), { minLength: n, maxLength: n }),
        fc.nat({ max: n - 1 }),
      ),
    );
    fc.assert(
      fc.property(forest, ([managers, who]) => {
        const edges = managers.map((m, i) => ({ id: `p${i}`, managerId: m === null ? null : `p${m}` }));
        const manager = new Map(edges.map((e) => [e.id, e.managerId]));
        const reachesWho = (id: string) => {
          const seen = new Set<string>();
          for (let at: string | null | undefined = id; at != null && !seen.has(at); at = manager.get(at)) {
            if (at === `p${who}`) return true;
            seen.add(at);
          }
          return false;
        };
        const expected = new Set(edges.filter((e) => reachesWho(e.id)).map((e) => e.id));
        const own = manager.get(`p${who}`);
        if (own) expected.add(own);
        expect([...reportingLine(edges, `p${who}`)].sort()).toEqual([...expected].sort());
      }),
    );
  });
});

describe("directoryScope", () => {
  it.each([
    ["an HR admin", viewer(["hr_admin"], null), "everyone"],
    ["an HR admin who is also a manager", viewer(["hr_admin", "manager"], "rep2"), "everyone"],
    ["the operator", { ...viewer([], null), isOperator: true }, "everyone"],
    ["a manager", viewer(["manager"], "sales"), ["ceo", "intern", "rep1", "rep2", "sales"]],
    ["a manager who leads nobody", viewer(["manager"], "rep2"), ["rep2", "sales"]],
    ["a manager without a person record", viewer(["manager"], null), []],
    ["an executive (directory: their own line)", viewer(["executive"], "ops"), ["ceo", "op1", "ops"]],
    ["an external mentor with two mentees", viewer(["mentor"], null, { menteeIds: ["rep1", "op1"] }), ["op1", "rep1"]],
    ["an external mentor without mentees", viewer(["mentor"], null), []],
    ["an internal mentor: themselves and their mentees, not their reports", viewer(["mentor"], "ops", { menteeIds: ["rep2"] }), ["ops", "rep2"]],
    ["a manager who also mentors", viewer(["manager", "mentor"], "ops", { menteeIds: ["rep2"] }), ["ceo", "op1", "ops", "rep2"]],
    ["a person without roles", viewer([], "loner"), ["loner"]],
    ["mentees count only for the mentor role", viewer(["manager"], "rep2", { menteeIds: ["op1"] }), ["rep2", "sales"]],
  ] as const)("scopes %s", (_who, reader, expected) => {
    expect(ids(directoryScope(reader, EDGES))).toEqual(expected);
  });
});

describe("orgChartScope", () => {
  it("shows executives the whole organisation (the chart holds no contact data)", () => {
    expect(orgChartScope(viewer(["executive"], null), EDGES)).toEqual({ everyone: true });
    expect(orgChartScope(viewer(["executive"], "ops"), EDGES)).toEqual({ everyone: true });
  });

  it("shows everyone else their directory scope", () => {
    expect(ids(orgChartScope(viewer(["manager"], "ops"), EDGES))).toEqual(["ceo", "op1", "ops"]);
    expect(ids(orgChartScope(viewer(["mentor"], null, { menteeIds: ["intern"] }), EDGES))).toEqual(["intern"]);
    expect(orgChartScope(viewer(["hr_admin"], null), EDGES)).toEqual({ everyone: true });
  });
});

describe("inDirectoryScope and needsReportingEdges", () => {
  it("answers membership of a scope", () => {
    expect(inDirectoryScope({ everyone: true }, "anyone")).toBe(true);
    expect(inDirectoryScope({ everyone: false, personIds: new Set(["a"]) }, "a")).toBe(true);
    expect(inDirectoryScope({ everyone: false, personIds: new Set(["a"]) }, "b")).toBe(false);
  });

  it.each([
    [viewer(["manager"], "x"), true],
    [viewer(["executive"], "x"), true],
    [viewer(["manager"], null), false],
    [viewer(["mentor"], "x"), false],
    [viewer(["hr_admin", "manager"], "x"), false],
    [{ ...viewer(["manager"], "x"), isOperator: true }, false],
  ] as const)("loads the reporting edges only when they matter (%#)", (reader, expected) => {
    expect(needsReportingEdges(reader)).toBe(expected);
  });
});
