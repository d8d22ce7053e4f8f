import { describe, expect, it } from "vitest";
import type { TPersonField } from "./fields";
import { recogniseHeader, resolveColumns } from "./header-recognition";

describe("recogniseHeader", () => {
  const table: [string, TPersonField | null][] = [
    ["Personeelsnummer", "employeeNumber"],
    ["personeelsnr.", "employeeNumber"],
    ["PERSONEELS_NR", "employeeNumber"],
    ["Matricule", "employeeNumber"],
    ["Numéro d'employé", "employeeNumber"],
    ["numero d employe", "employeeNumber"],
    ["Employee number", "employeeNumber"],
    ["employee_id", "employeeNumber"],
    ["Employee #", "employeeNumber"],
    ["Voornaam", "firstName"],
    ["Prénom", "firstName"],
    ["PRENOM", "firstName"],
    ["first-name", "firstName"],
    ["FirstName", "firstName"],
    ["Achternaam", "lastName"],
    ["Familienaam", "lastName"],
    ["Naam", "lastName"],
    ["Nom", "lastName"],
    ["Nom de famille", "lastName"],
    ["Last name", "lastName"],
    ["Surname", "lastName"],
    ["E-mail", "email"],
    ["E-mailadres", "email"],
    ["Courriel", "email"],
    ["Adresse e-mail", "email"],
    ["email", "email"],
    ["E-mail (werk)", "email"],
    ["Functie", "jobTitle"],
    ["Fonction", "jobTitle"],
    ["Poste", "jobTitle"],
    ["Job title", "jobTitle"],
    ["Title", "jobTitle"],
    ["Afdeling", "department"],
    ["Département", "department"],
    ["Service", "department"],
    ["Department", "department"],
    ["Leidinggevende", "managerRef"],
    ["Manager", "managerRef"],
    ["Responsable", "managerRef"],
    ["Chef", "managerRef"],
    ["Line manager", "managerRef"],
    ["Manager email", "managerRef"],
    ["Manager employee number", "managerRef"],
    ["Startdatum", "startDate"],
    ["In dienst sinds", "startDate"],
    ["Date d'entrée", "startDate"],
    ["Date d’embauche", "startDate"],
    ["Start date", "startDate"],
    ["Hire date", "startDate"],
    ["Start date (dd/mm/yyyy)", "startDate"],
    ["Startdatum huidige functie", "roleStartDate"],
    ["In functie sinds", "roleStartDate"],
    ["Date de début dans la fonction", "roleStartDate"],
    ["Role start date", "roleStartDate"],
    ["Start date in current role", "roleStartDate"],
    ["Taal", "language"],
    ["Langue", "language"],
    ["Language", "language"],
    ["  LANGUAGE  ", "language"],
    ["Telefoon", null],
    ["Name", null],
    ["", null],
  ];
  it.each(table)("recognises %j as %s", (header, field) => {
    expect(recogniseHeader(header)).toBe(field);
  });
});

describe("resolveColumns", () => {
  const headers = ["Personeelsnummer", "Voornaam", "Naam", "E-mail", "Opmerking"];

  it("maps recognised headers to their fields and ignores the others", () => {
    const result = resolveColumns(headers);
    expect(result.mapping).toEqual({
      Personeelsnummer: "employeeNumber",
      Voornaam: "firstName",
      Naam: "lastName",
      "E-mail": "email",
      Opmerking: null,
    });
    expect(result.columns).toEqual({ employeeNumber: 0, firstName: 1, lastName: 2, email: 3 });
    expect(result.missingFields).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it("lets the user's mapping override recognition, including ignoring a column", () => {
    const result = resolveColumns(headers, { Opmerking: "jobTitle", Naam: null, "E-mail": null, Voornaam: "lastName" });
    expect(result.mapping).toMatchObject({ Opmerking: "jobTitle", Naam: null, "E-mail": null, Voornaam: "lastName" });
    expect(result.missingFields).toEqual(["firstName", "email"]);
  });

  it("reports each missing required column at the header line", () => {
    const result = resolveColumns(["Voornaam", "Functie"], undefined, 3);
    expect(result.missingFields).toEqual(["employeeNumber", "lastName", "email"]);
    expect(result.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, "employeeNumber", "MISSING_COLUMN"],
      [3, "lastName", "MISSING_COLUMN"],
      [3, "email", "MISSING_COLUMN"],
    ]);
  });

  it("keeps the first of two recognised columns for one field and warns about the second", () => {
    const result = resolveColumns([...headers, "Email address"]);
    expect(result.mapping["Email address"]).toBeNull();
    expect(result.columns.email).toBe(3);
    expect(result.warnings).toEqual([expect.objectContaining({ field: "Email address", code: "IGNORED_COLUMN" })]);
  });

  it("gives a user-mapped column priority over a recognised one for the same field", () => {
    const result = resolveColumns([...headers, "Mail privé"], { "Mail privé": "email" });
    expect(result.columns.email).toBe(5);
    expect(result.mapping["E-mail"]).toBeNull();
  });

  it("refuses two columns the user mapped to one field", () => {
    const result = resolveColumns([...headers, "Mail"], { Mail: "email", "E-mail": "email" });
    expect(result.errors).toEqual([expect.objectContaining({ code: "DUPLICATE_COLUMN", field: "email" })]);
  });

  it("refuses a header that appears twice", () => {
    const result = resolveColumns([...headers, "Voornaam"]);
    expect(result.errors).toEqual([expect.objectContaining({ code: "DUPLICATE_COLUMN", field: "Voornaam" })]);
  });
});
