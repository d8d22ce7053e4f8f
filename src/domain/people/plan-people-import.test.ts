import { describe, expect, it } from "vitest";
import { apply, codes, HEADERS, plan, row, rows, stored } from "./plan-people-import.test-helpers";

describe("planPeopleImport: reading rows", () => {
  it("creates new people with every value read, and the organisation's language when none is given", () => {
    const result = plan(rows(
      row("E1", { "Start date": "03/01/2022", "Role start date": "2023-06-15", "Job title": "CFO", Department: "Finance", Language: "Frans" }),
      row("E2"),
    ));
    expect(result.errors).toEqual([]);
    expect(result.creates).toEqual([
      { id: expect.stringMatching(/^new-/), employeeNumber: "E1", firstName: "FirstE1", lastName: "LastE1", email: "e1@acme.be", jobTitle: "CFO",
        department: "Finance", managerId: null, startDate: "2022-01-03", roleStartDate: "2023-06-15", language: "fr", active: true },
      expect.objectContaining({ employeeNumber: "E2", language: "nl", startDate: null }),
    ]);
    expect([result.rowCount, result.unchangedCount, result.rejectedCount, result.updates.length]).toEqual([2, 0, 0, 0]);
  });

  it("reports each problem of a row once, on the row's line, naming the value", () => {
    const result = plan(rows(row("E1"), {
      "Employee number": "", "First name": "Jan", Email: "jan@@acme.be", "Start date": "31/02/2023", Language: "Klingon",
    }));
    expect(codes(result)).toEqual([[3, "REQUIRED"], [3, "REQUIRED"], [3, "INVALID_EMAIL"], [3, "INVALID_DATE"], [3, "UNKNOWN_LANGUAGE"]]);
    expect(result.errors.map((e) => e.field)).toEqual(["employeeNumber", "lastName", "email", "startDate", "language"]);
    expect(result.errors[2]?.message).toContain('"jan@@acme.be"');
    expect(result.errors[3]?.message).toContain('"31/02/2023"');
    expect(result.errors[4]?.message).toContain('"Klingon"');
    expect([result.creates.length, result.rejectedCount]).toEqual([1, 1]);
  });

  it("refuses a name with a line break (it would end up in email headers)", () => {
    expect(codes(plan(rows(row("E1", { "First name": "Jan\r\nBcc: x@evil.be" }))))).toEqual([[2, "INVALID_TEXT"]]);
  });

  it("refuses a row with values beyond the last column", () => {
    const [r] = rows(row("E1"));
    const result = plan([{ line: 2, cells: [...(r?.cells ?? []), "Jr"] }]);
    expect(codes(result)).toEqual([[2, "EXTRA_VALUES"]]);
  });

  it("warns, without rejecting, when the role started before the employment", () => {
    const result = plan(rows(row("E1", { "Start date": "01/02/2022", "Role start date": "01/01/2022" })));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([expect.objectContaining({ row: 2, code: "ROLE_START_BEFORE_START" })]);
    expect(result.creates).toHaveLength(1);
  });

  it("reads a neutralised export value back as the original", () => {
    const result = plan(rows(row("E1", { "Job title": "'=cmd|' /C calc'!A0", Department: "'-2" })));
    expect(result.creates[0]).toMatchObject({ jobTitle: "=cmd|' /C calc'!A0", department: "-2" });
  });
});

describe("planPeopleImport: columns", () => {
  it("plans nothing and reports each missing required column on the header line", () => {
    const result = plan([{ line: 2, cells: ["E1", "Jan"] }], [], { headers: ["Personeelsnummer", "Voornaam"] });
    expect(result.missingFields).toEqual(["lastName", "email"]);
    expect(codes(result)).toEqual([[1, "MISSING_COLUMN"], [1, "MISSING_COLUMN"]]);
    expect([result.creates.length, result.updates.length, result.rejectedCount, result.rowCount]).toEqual([0, 0, 1, 1]);
  });

  it("follows the user's mapping", () => {
    const headers = ["Code", "Roepnaam", "Naam", "Mail", "Functie"];
    const result = plan([{ line: 2, cells: ["7", "Jan", "Peeters", "jan@acme.be", "CEO"] }], [], {
      headers, mapping: { Code: "employeeNumber", Roepnaam: "firstName", Functie: null },
    });
    expect(result.mapping).toEqual({ Code: "employeeNumber", Roepnaam: "firstName", Naam: "lastName", Mail: "email", Functie: null });
    expect(result.creates[0]).toMatchObject({ employeeNumber: "7", firstName: "Jan", jobTitle: "" });
  });
});

describe("planPeopleImport: duplicates within the file", () => {
  it("rejects every later row with an email already used (in any case) or an employee number already used", () => {
    const result = plan(rows(
      row("E1"),
      row("E2", { Email: "E1@ACME.BE" }),
      row("E1", { Email: "other@acme.be" }),
      row("E3", { Email: "e1@acme.be" }),
    ));
    expect(codes(result)).toEqual([[3, "DUPLICATE_EMAIL"], [4, "DUPLICATE_EMPLOYEE_NUMBER"], [5, "DUPLICATE_EMAIL"]]);
    expect(result.errors[0]?.message).toContain("line 2");
    expect(result.creates.map((p) => p.employeeNumber)).toEqual(["E1"]);
  });
});

describe("planPeopleImport: existing people", () => {
  it("matches by employee number first and updates what changed", () => {
    const result = plan(rows(row("E1", { Email: "jan.new@acme.be", "Job title": "CFO" })), [stored("E1")]);
    expect(result.updates).toEqual([{ ...stored("E1"), email: "jan.new@acme.be", jobTitle: "CFO" }]);
    expect(result.creates).toEqual([]);
  });

  it("matches by email (any case) when the employee number is new, and warns that the number changes", () => {
    const result = plan(rows(row("E9", { Email: "E1@Acme.be" })), [stored("E1")]);
    expect(result.updates).toEqual([{ ...stored("E1"), employeeNumber: "E9", firstName: "FirstE9", lastName: "LastE9", email: "E1@Acme.be" }]);
    expect(result.warnings).toEqual([expect.objectContaining({ code: "EMPLOYEE_NUMBER_CHANGED" })]);
  });

  it("rejects a row whose email belongs to another existing person", () => {
    const result = plan(rows(row("E1", { Email: "e2@acme.be" })), [stored("E1"), stored("E2")]);
    expect(codes(result)).toEqual([[2, "EMAIL_BELONGS_TO_OTHER_PERSON"]]);
    expect(result.errors[0]?.message).toContain("E2");
  });

  it("rejects a new row taking the email of an existing person another row already updates", () => {
    const result = plan(rows(row("E1", { Email: "jan.new@acme.be" }), row("E9", { Email: "e1@acme.be" })), [stored("E1")]);
    expect(codes(result)).toEqual([[3, "EMAIL_BELONGS_TO_OTHER_PERSON"]]);
  });

  it("reactivates an inactive person found in the file", () => {
    const result = plan(rows(row("E1")), [stored("E1", { active: false })]);
    expect(result.updates).toEqual([stored("E1")]);
  });

  it("keeps stored values of columns the file does not have, and the stored language for an empty cell", () => {
    const existing = [stored("E1", { jobTitle: "CFO", startDate: "2020-01-01", language: "fr", managerId: "id-E0" }), stored("E0")];
    const onlyIdentity = plan(rows(row("E1")), existing, { headers: HEADERS.slice(0, 4) });
    expect([onlyIdentity.unchangedCount, onlyIdentity.updates.length]).toEqual([1, 0]);
    const emptyCells = plan(rows(row("E1", { Manager: "E0", "Start date": "01/01/2020", "Job title": "CFO" })), existing);
    expect(emptyCells.unchangedCount).toBe(1);
  });

  it("clears a job title, dates and the manager when their cells are empty", () => {
    const existing = [stored("E1", { jobTitle: "CFO", startDate: "2020-01-01", managerId: "id-E0" }), stored("E0")];
    const result = plan(rows(row("E1")), existing);
    expect(result.updates).toEqual([{ ...existing[0], jobTitle: "", startDate: null, managerId: null }]);
  });

  it("changes nothing when the same file is imported again", () => {
    const file = rows(
      row("E2", { Manager: "e1@acme.be", "Start date": "03/01/2022", Language: "English", "Job title": "Head of Sales\nBenelux" }),
      row("E1", { Department: "Board", "Role start date": "2021-05-01" }),
      row("E3", { Manager: "E2", Language: "fr-BE" }),
    );
    const first = plan(file);
    expect(first.creates).toHaveLength(3);
    const second = plan(file, apply([], first));
    expect([second.creates.length, second.updates.length, second.unchangedCount, second.rejectedCount]).toEqual([0, 0, 3, 0]);
  });
});

describe("planPeopleImport: managers", () => {
  it("resolves managers by employee number or email, in the file or among existing people, managers created first", () => {
    const result = plan(
      rows(row("E3", { Manager: "E2" }), row("E2", { Manager: "BOSS@acme.be" }), row("E4", { Manager: "E1" })),
      [stored("E1"), stored("BOSS")],
    );
    expect(result.errors).toEqual([]);
    const byNumber = new Map(result.creates.map((p) => [p.employeeNumber, p]));
    expect(byNumber.get("E3")?.managerId).toBe(byNumber.get("E2")?.id);
    expect(byNumber.get("E2")?.managerId).toBe("id-BOSS");
    expect(byNumber.get("E4")?.managerId).toBe("id-E1");
    expect(result.creates.map((p) => p.employeeNumber)).toEqual(["E2", "E4", "E3"]);
  });

  it("rejects an unknown manager, naming the reference", () => {
    const result = plan(rows(row("E1", { Manager: "E404" }), row("E2", { Manager: "ghost@acme.be" })));
    expect(codes(result)).toEqual([[2, "UNKNOWN_MANAGER"], [3, "UNKNOWN_MANAGER"]]);
    expect(result.errors[0]?.message).toContain('"E404"');
  });

  it("rejects a person managing themselves, by number or by email", () => {
    const result = plan(rows(row("E1", { Manager: "E1" }), row("E2", { Manager: "E2@acme.be" })), [stored("E2")]);
    expect(codes(result)).toEqual([[2, "SELF_MANAGER"], [3, "SELF_MANAGER"]]);
  });

  it("rejects every row of a reporting cycle within the file", () => {
    const result = plan(rows(row("A", { Manager: "B" }), row("B", { Manager: "C" }), row("C", { Manager: "A" }), row("D", { Manager: "A" })));
    expect(codes(result)).toEqual([[2, "MANAGER_CYCLE"], [3, "MANAGER_CYCLE"], [4, "MANAGER_CYCLE"], [5, "UNKNOWN_MANAGER"]]);
    expect(result.errors[0]?.message).toMatch(/FirstA LastA \(A\) → .* → FirstA LastA \(A\)/);
    expect(result.errors[3]?.message).toContain("line 2, which was rejected");
  });

  it("rejects a cycle closed through existing people", () => {
    const existing = [stored("X"), stored("Y", { managerId: "id-X" })];
    const result = plan(rows(row("X", { Manager: "N" }), row("N", { Manager: "Y" })), existing);
    expect(codes(result)).toEqual([[2, "MANAGER_CYCLE"], [3, "MANAGER_CYCLE"]]);
  });

  it("spreads a rejection down the reporting line until stable", () => {
    const result = plan(rows(
      row("A", { "Start date": "31/02/2023" }),
      row("B", { Manager: "a@acme.be" }),
      row("C", { Manager: "B" }),
      row("D", { Manager: "C" }),
      row("E"),
    ));
    expect(codes(result)).toEqual([[2, "INVALID_DATE"], [3, "UNKNOWN_MANAGER"], [4, "UNKNOWN_MANAGER"], [5, "UNKNOWN_MANAGER"]]);
    expect(result.creates.map((p) => p.employeeNumber)).toEqual(["E"]);
    expect(result.rejectedCount).toBe(4);
  });

  it("keeps rows whose rejected manager row is an existing person still reachable by number", () => {
    const result = plan(rows(row("A", { "Start date": "31/02/2023" }), row("B", { Manager: "A" })), [stored("A")]);
    expect(codes(result)).toEqual([[2, "INVALID_DATE"]]);
    expect(result.creates[0]?.managerId).toBe("id-A");
  });

  it("rejects a reference to the old email of a person the file gives a new one", () => {
    const result = plan(rows(row("E1", { Email: "jan.new@acme.be" }), row("E2", { Manager: "e1@acme.be" })), [stored("E1")]);
    expect(codes(result)).toEqual([[3, "UNKNOWN_MANAGER"]]);
    expect(result.errors[0]?.message).toContain('"jan.new@acme.be"');
  });

  it("warns when the manager is an inactive person", () => {
    const result = plan(rows(row("B", { Manager: "A" })), [stored("A", { active: false })]);
    expect(result.warnings).toEqual([expect.objectContaining({ code: "INACTIVE_MANAGER" })]);
    expect(result.creates[0]?.managerId).toBe("id-A");
  });
});
