import { operatorActorFor } from "../../app/organisations/create-organisation";
import { listCatalogue } from "../../app/plans/catalogue";
import type { TCatalogueModule } from "../../contracts/catalogue";
import { isLocale } from "../../domain/shared/locale";
import { CliUsageError, type TRegisterCommand } from "../io";
import { withRuntime } from "../with-runtime";

/** One module as the CLI prints it in JSON (snake_case, seats null = unlimited). */
export function catalogueJson(m: TCatalogueModule) {
  return {
    id: m.id,
    format: m.format,
    title: m.display.title,
    cost_cents: m.costCents,
    currency: m.currency,
    seats: m.seatsPerPeriod,
    hours: m.hours,
    languages: m.languages,
    challenges: m.challenges.map((c) => ({ challenge_id: c.challengeId, weight: c.weight })),
  };
}

/** A readable table: id, format, hours, cost, seats, title. */
export function catalogueTable(modules: readonly TCatalogueModule[]): string {
  if (modules.length === 0) return "The catalogue is empty.";
  const rows = modules.map((m) => [
    m.id,
    m.format,
    String(m.hours),
    `${(m.costCents / 100).toFixed(2)} ${m.currency}`,
    m.seatsPerPeriod === null ? "unlimited" : String(m.seatsPerPeriod),
    m.display.title,
  ]);
  const header = ["ID", "FORMAT", "HOURS", "COST", "SEATS", "TITLE"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 2 || i === 3 || i === 4 ? cell.padStart(widths[i] ?? 0) : i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join("  ");
  return [line(header), ...rows.map(line), `${modules.length} modules`].join("\n");
}

/** `sterk catalogue list --org SLUG [--json] [--lang nl|fr|en] [--archived]`. */
export const registerCatalogueCommand: TRegisterCommand = (program, io) => {
  program
    .command("catalogue")
    .description("the development catalogue of an organisation")
    .command("list")
    .description("list the catalogue's modules")
    .requiredOption("--org <slug>", "organisation slug")
    .option("--json", "print a JSON array")
    .option("--lang <lang>", "language of the titles: nl, fr or en", "en")
    .option("--archived", "include archived modules")
    .action((options: { org: string; json?: boolean; lang: string; archived?: boolean }) =>
      withRuntime(async (rt) => {
        if (!isLocale(options.lang)) throw new CliUsageError("--lang must be nl, fr or en");
        const actor = await operatorActorFor(rt.ctx, options.org).catch(() => {
          throw new CliUsageError(`unknown organisation: ${options.org}`);
        });
        const { items } = await listCatalogue(rt.ctx, actor, { includeArchived: Boolean(options.archived), locale: options.lang });
        io.out(options.json ? JSON.stringify(items.map(catalogueJson)) : catalogueTable(items));
      }),
    );
};
