import { readFileSync, statSync, writeFileSync } from "node:fs";
import { SingleBar } from "cli-progress";
import { exportPeople } from "../../app/people/export-people";
import { importPeople, type TImportPhase } from "../../app/people/import-people";
import { MAX_IMPORT_BYTES } from "../../app/people/read-table-file";
import type { TImportReport } from "../../contracts/people";
import { operatorActorFor } from "../../app/organisations/create-organisation";
import { DomainError } from "../../domain/shared/errors";
import type { TActor } from "../../domain/shared/roles";
import type { TRuntime } from "../../runtime";
import { CliUsageError, EXIT, type TCliIo, type TRegisterCommand } from "../io";
import { withRuntime } from "../with-runtime";

async function cliActor(rt: TRuntime, slug: string): Promise<TActor> {
  return operatorActorFor(rt.ctx, slug).catch(() => {
    throw new CliUsageError(`unknown organisation: ${slug}`);
  });
}

function readInput(file: string): Uint8Array {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new CliUsageError(`cannot read ${file}`);
  }
  if (size > MAX_IMPORT_BYTES) throw new CliUsageError(`${file} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  return readFileSync(file);
}

function printReport(io: TCliIo, report: TImportReport, dryRun: boolean) {
  const verb = dryRun ? "would be" : "";
  io.out(
    `${report.rows} rows: ${report.created} ${verb} created, ${report.updated} ${verb} updated, ${report.unchanged} unchanged, ${report.rejected} rejected`.replace(/ {2}/g, " "),
  );
  for (const e of report.errors) io.out(`  line ${e.row}, ${e.field}: ${e.message} [${e.code}]`);
  for (const w of report.warnings) io.out(`  warning, line ${w.row}, ${w.field}: ${w.message} [${w.code}]`);
  if (report.missingFields.length) io.out(`missing columns: ${report.missingFields.join(", ")}`);
  if (!dryRun && !report.committed) io.out("nothing was written");
}

/** A phase bar on stderr for files over 1 MB (cli-progress prints nothing without a TTY unless told). */
function progressFor(size: number, json: boolean) {
  if (json || size < 1024 * 1024) return undefined;
  const bar = new SingleBar({ format: "{bar} {percentage}% | {phase}", noTTYOutput: true, notTTYSchedule: 1000, stream: process.stderr });
  const steps: Record<TImportPhase, number> = { reading: 0, validating: 1, writing: 2, done: 3 };
  bar.start(3, 0, { phase: "reading" });
  return (phase: TImportPhase) => {
    bar.update(steps[phase], { phase });
    if (phase === "done") bar.stop();
  };
}

/** `sterk import people` and `sterk export people`. */
export const registerPeopleCommands: TRegisterCommand = (program, io, setExitCode) => {
  program
    .command("import")
    .description("import data")
    .command("people <file>")
    .description("import people from a CSV or XLSX file (Dutch, French or English headers)")
    .requiredOption("--org <slug>", "organisation slug")
    .option("--dry-run", "check the file and report, write nothing")
    .option("--json", "print one JSON object")
    .action((file: string, options: { org: string; dryRun?: boolean; json?: boolean }) =>
      withRuntime(async (rt) => {
        const bytes = readInput(file);
        const actor = await cliActor(rt, options.org);
        let report: TImportReport;
        try {
          report = await importPeople(rt.ctx, actor, {
            bytes,
            fileName: file,
            commit: !options.dryRun,
            onPhase: progressFor(bytes.length, Boolean(options.json)),
          });
        } catch (error) {
          if (error instanceof DomainError) throw new CliUsageError(error.message);
          throw error;
        }
        if (options.json) {
          const { created, updated, unchanged, rejected, errors, warnings } = report;
          io.out(JSON.stringify({ created, updated, unchanged, rejected, errors, warnings, committed: report.committed, missingFields: report.missingFields }));
        } else {
          printReport(io, report, Boolean(options.dryRun));
        }
        if (report.rejected > 0 || report.missingFields.length > 0) setExitCode(EXIT.rejected);
      }),
    );

  program
    .command("export")
    .description("export data")
    .command("people")
    .description("export people as CSV or XLSX (formula-safe)")
    .requiredOption("--org <slug>", "organisation slug")
    .option("--format <format>", "csv or xlsx", "csv")
    .option("--out <file>", "write to a file instead of standard output")
    .action((options: { org: string; format: string; out?: string }) =>
      withRuntime(async (rt) => {
        if (options.format !== "csv" && options.format !== "xlsx") throw new CliUsageError("--format must be csv or xlsx");
        if (options.format === "xlsx" && !options.out) throw new CliUsageError("--format xlsx needs --out FILE");
        const file = await exportPeople(rt.ctx, await cliActor(rt, options.org), options.format);
        if (options.out) {
          writeFileSync(options.out, file.body);
          io.out(`written ${options.out}`);
        } else {
          io.out(new TextDecoder().decode(file.body));
        }
      }),
    );
};
