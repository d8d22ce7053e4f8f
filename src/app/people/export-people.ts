import { listPeopleForExport } from "../../db/people-repo";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { mustAdminister } from "./manage-people";
import { writePeopleCsv, writePeopleXlsx } from "./write-people-file";

/** The directory as a file; cells that a spreadsheet would run as formulas are neutralised. */
export async function exportPeople(ctx: Pick<TAppContext, "db">, actor: TActor, format: "csv" | "xlsx") {
  mustAdminister(actor);
  const rows = await listPeopleForExport(ctx.db, actor.organisationId);
  if (format === "csv") {
    return { body: new TextEncoder().encode(writePeopleCsv(rows)), contentType: "text/csv; charset=utf-8", extension: "csv" };
  }
  return {
    body: await writePeopleXlsx(rows),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
  };
}
