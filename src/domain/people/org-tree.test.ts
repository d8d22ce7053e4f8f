import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildOrgTree, findReportingCycle, findReportingCycles, wouldCreateCycle, type TOrgTreeNode, type TOrgTreePerson } from "./org-tree";

function person(id: string, managerId: string | null, lastName = id, extra: Partial<TOrgTreePerson> = {}): TOrgTreePerson {
  return { id, managerId, firstName: "", lastName, jobTitle: "", department: "", ...extra };
}

function shape(nodes: TOrgTreeNode[]): unknown[] {
  return nodes.map((n) => (n.children.length ? { [n.id]: shape(n.children) } : n.id));
}

describe("findReportingCycles", () => {
  it("finds none in a forest", () => {
    expect(findReportingCycle(new Map([["a", null], ["b", "a"], ["c", "b"], ["d", "a"]]))).toBeNull();
  });

  it("finds a three-person cycle and a self-manager", () => {
    const edges = new Map<string, string | null>([["a", "b"], ["b", "c"], ["c", "a"], ["d", "a"], ["e", "e"]]);
    const cycles = findReportingCycles(edges).map((c) => [...c].sort());
    expect(cycles).toEqual([["a", "b", "c"], ["e"]]);
  });

  it("ends a chain at a manager it does not know", () => {
    expect(findReportingCycle(new Map([["a", "zz"], ["b", "a"]]))).toBeNull();
  });

  it("reports every member of every cycle exactly when following managers returns to them", () => {
    const edgesArb = fc.integer({ min: 1, max: 30 }).chain((n) =>
      fc.array(fc.option(fc.nat({ max: n - 1 }), { nil: null }), { minLength: n, maxLength: n }),
    );
    fc.assert(
      fc.property(edgesArb, (managers) => {
        const edges = new Map(managers.map((m, i) => [`p${i}`, m === null ? null : `p${m}`]));
        const onCycle = new Set(findReportingCycles(edges).flat());
        for (const id of edges.keys()) {
          let current = edges.get(id) ?? null;
          let returns = false;
          for (let step = 0; step < managers.length && current !== null; step++) {
            if (current === id) returns = true;
            current = edges.get(current) ?? null;
          }
          expect(onCycle.has(id)).toBe(returns);
        }
      }),
    );
  });
});

describe("wouldCreateCycle", () => {
  const people = [
    { id: "ceo", managerId: null },
    { id: "cfo", managerId: "ceo" },
    { id: "acct", managerId: "cfo" },
    { id: "other", managerId: null },
  ];
  it.each([
    ["ceo", "acct", true],
    ["ceo", "cfo", true],
    ["ceo", "ceo", true],
    ["acct", "ceo", false],
    ["cfo", "other", false],
    ["other", "acct", false],
    ["acct", null, false],
  ] as const)("%s reporting to %s creates a cycle: %s", (personId, managerId, expected) => {
    expect(wouldCreateCycle(people, personId, managerId)).toBe(expected);
  });

  it("stops on an existing cycle that does not involve the person", () => {
    const broken = [{ id: "a", managerId: "b" }, { id: "b", managerId: "a" }, { id: "c", managerId: null }];
    expect(wouldCreateCycle(broken, "c", "a")).toBe(false);
  });
});

describe("buildOrgTree", () => {
  it("puts people under their managers, each level sorted by last name then first name", () => {
    const tree = buildOrgTree([
      person("wouters", "claes", "Wouters"),
      person("claes", null, "Claes"),
      person("peeters-jan", "claes", "Peeters", { firstName: "Jan" }),
      person("peeters-an", "claes", "Peeters", { firstName: "An" }),
      person("aerts", "peeters-jan", "Aerts"),
      person("de-smet", null, "de Smet"),
    ]);
    expect(shape(tree)).toEqual([{ claes: ["peeters-an", { "peeters-jan": ["aerts"] }, "wouters"] }, "de-smet"]);
    expect(tree[0]?.children[1]?.name).toBe("Jan Peeters");
  });

  it("makes roots of people whose manager is unknown or inactive, and leaves inactive people out", () => {
    const tree = buildOrgTree([
      person("a", null, "A"),
      person("b", "gone", "B"),
      person("c", "a", "C", { active: false }),
      person("d", "c", "D"),
    ]);
    expect(shape(tree)).toEqual(["a", "b", "d"]);
  });

  it("still shows everyone when stored data holds a cycle, cut above the first member by name", () => {
    const tree = buildOrgTree([person("b", "a", "B"), person("a", "b", "A"), person("c", "a", "C")]);
    expect(shape(tree)).toEqual([{ a: ["b", "c"] }]);
  });

  it("handles a 20,000-deep reporting line without recursion", () => {
    const people = Array.from({ length: 20_000 }, (_, i) => person(`p${i}`, i === 0 ? null : `p${i - 1}`));
    let node = buildOrgTree(people)[0];
    let depth = 0;
    while (node) {
      depth += 1;
      node = node.children[0];
    }
    expect(depth).toBe(20_000);
  });
});
