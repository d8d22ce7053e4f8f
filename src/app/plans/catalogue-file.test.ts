import { describe, expect, it } from "vitest";
import { STARTER_CATALOGUE } from "../../domain/plans/index";
import { readTableFile } from "../people/read-table-file";
import { CATALOGUE_COLUMNS, columnOfField, moduleCells, parseCatalogueTable, writeCatalogueCsv, writeCatalogueXlsx } from "./catalogue-file";

const sample = STARTER_CATALOGUE.slice(0, 5);

describe("catalogue files", () => {
  it.each(["csv", "xlsx"] as const)("reads back exactly what it wrote (%s)", async (format) => {
    const bytes = format === "csv" ? new TextEncoder().encode(writeCatalogueCsv(sample)) : await writeCatalogueXlsx(sample);
    const table = await readTableFile(bytes, `catalogue.${format}`);
    expect(table.headers).toEqual([...CATALOGUE_COLUMNS]);
    const parsed = parseCatalogueTable(table, "EUR");
    expect(parsed.errors).toEqual([]);
    expect(parsed.modules.map((m) => m.module)).toEqual(sample);
  });

  it("neutralises formula-like cells and restores them on import", async () => {
    const risky = { ...sample[0]!, provider: "=HYPERLINK(\"http://x\")", title: { ...sample[0]!.title, en: "+1 leadership" } };
    expect(moduleCells(risky)).toContain("'=HYPERLINK(\"http://x\")");
    const parsed = parseCatalogueTable(await readTableFile(new TextEncoder().encode(writeCatalogueCsv([risky])), "c.csv"), "EUR");
    expect(parsed.modules[0]?.module).toEqual(risky);
  });

  it("writes unlimited seats as an empty cell and lists with |", () => {
    const book = STARTER_CATALOGUE.find((m) => m.seatsPerPeriod === null)!;
    const cells = moduleCells(book);
    expect(cells[CATALOGUE_COLUMNS.indexOf("seats_per_period")]).toBe("");
    expect(cells[CATALOGUE_COLUMNS.indexOf("challenges")]).toBe(book.challenges.map((c) => `${c.challengeId}:${c.weight}`).join("|"));
  });

  it.each([
    ["cost.cents", "cost_cents"],
    ["cost.currency", "currency"],
    ["seatsPerPeriod", "seats_per_period"],
    ["title.fr", "title_fr"],
    ["description.nl", "description_nl"],
    ["challenges[2].weight", "challenges"],
    ["buildsOn[0]", "builds_on"],
    ["situations[1]", "situations"],
    ["languages[0]", "languages"],
    ["hours", "hours"],
  ])("names the column of %s as %s", (field, column) => {
    expect(columnOfField(field)).toBe(column);
  });

  it("refuses the rows of a file with missing columns at the header line", () => {
    const parsed = parseCatalogueTable({ headers: ["id", "format"], headerLine: 2, rows: [{ line: 3, cells: ["x", "book"] }] }, "EUR");
    expect(parsed.modules).toEqual([]);
    expect(parsed.errors.map((e) => `${e.row}:${e.field}`)).toContain("2:cost_cents");
  });
});
