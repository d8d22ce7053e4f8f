import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { testDatabaseKind } from "../test-support/test-database";
import { sterk as runSterk, useCliDatabase } from "../test-support/cli";

const files = useCliDatabase("sterk-cli-");
const dir = files.dir;

async function sterk(...argv: string[]) {
  const { code, stdout, stderr } = await runSterk(...argv);
  return { code, out: stdout, err: stderr };
}

const file = (name: string, content: string) => files.write(content, true, name);

const GOOD = [
  "Personeelsnummer;Voornaam;Achternaam;E-mail;Functie;Afdeling;Leidinggevende;Startdatum;Taal",
  "P1;Hilde;Vermeulen;hilde@acme.be;CEO;Directie;;01/03/2009;nl",
  "P2;Sophie;Dubois;sophie@acme.be;HR;HR;P1;03/01/2022;fr",
  "P3;Olivia;Brown;olivia@acme.be;=HYPERLINK(\"http://x\");Sales;P1;2021-01-11;en",
].join("\r\n");

describe(`the sterk command (${testDatabaseKind})`, () => {
  it("creates an organisation once and refuses the same slug again", async () => {
    expect((await sterk("org", "create", "acme", "--name", "Acme NV")).code).toBe(0);
    const again = await sterk("org", "create", "acme", "--name", "Acme NV");
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/exists/);
  });

  it("imports people, then re-imports the same file without changing anything", async () => {
    const path = file("good.csv", GOOD);
    const first = await sterk("import", "people", path, "--org", "acme", "--json");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ created: 3, updated: 0, unchanged: 0, rejected: 0, errors: [] });
    const second = await sterk("import", "people", path, "--org", "acme", "--json");
    expect(JSON.parse(second.out)).toMatchObject({ created: 0, updated: 0, unchanged: 3, rejected: 0 });
  });

  it("reports rejected rows by file line and field, exits 1, and writes the valid rows", async () => {
    const path = file(
      "bad.csv",
      [
        "Employee number,First name,Last name,Email,Manager,Start date",
        "Q1,Ann,Ok,ann@acme.be,P1,31/12/2020",
        "Q2,Bad,Email,not-an-email,P1,01/01/2021",
        "Q3,Bad,Date,q3@acme.be,P1,31/02/2023",
        "Q4,No,Boss,q4@acme.be,NOPE,01/01/2021",
      ].join("\n"),
    );
    const dry = await sterk("import", "people", path, "--org", "acme", "--json", "--dry-run");
    expect(dry.code).toBe(1);
    const result = JSON.parse(dry.out);
    expect(result).toMatchObject({ created: 1, rejected: 3 });
    const where = result.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`);
    expect(where).toEqual(expect.arrayContaining(["3:email", "4:startDate", "5:managerRef"]));
    const commit = await sterk("import", "people", path, "--org", "acme", "--json");
    expect(commit.code).toBe(1);
    expect(JSON.parse(commit.out)).toMatchObject({ created: 1, rejected: 3 });
    const again = await sterk("import", "people", path, "--org", "acme", "--json");
    expect(JSON.parse(again.out)).toMatchObject({ created: 0, unchanged: 1, rejected: 3 });
  });

  it("exits 2 for a missing file or an unknown organisation", async () => {
    expect((await sterk("import", "people", join(dir, "nope.csv"), "--org", "acme")).code).toBe(2);
    expect((await sterk("import", "people", file("x.csv", GOOD), "--org", "nope")).code).toBe(2);
    expect((await sterk("export", "people", "--org", "acme", "--format", "pdf")).code).toBe(2);
  });

  it("exports people as CSV and XLSX with formula triggers neutralised", async () => {
    const csv = await sterk("export", "people", "--org", "acme", "--format", "csv");
    expect(csv.code).toBe(0);
    expect(csv.out).toContain("olivia@acme.be");
    expect(csv.out).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const out = join(dir, "people.xlsx");
    expect((await sterk("export", "people", "--org", "acme", "--format", "xlsx", "--out", out)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value ?? ""))));
    expect(cells).toContain("olivia@acme.be");
    expect(cells.filter((v) => /^[=+\-@\t\r]/.test(v))).toEqual([]);
  });

  it("prints a new API token once, different each time", async () => {
    expect((await sterk("demo")).code).toBe(0);
    const a = await sterk("token", "create", "--org", "demo", "--user", "sophie.dubois@brouwerij-demo.be");
    const b = await sterk("token", "create", "--org", "demo", "--user", "sophie.dubois@brouwerij-demo.be");
    expect(a.code).toBe(0);
    expect(a.out.trim()).toMatch(/^sterk_[A-Za-z0-9_-]{43}$/);
    expect(a.out).not.toBe(b.out);
    expect((await sterk("token", "create", "--org", "demo", "--user", "nobody@x.be")).code).toBe(2);
  });
});
