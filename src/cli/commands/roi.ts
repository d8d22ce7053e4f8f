import { readFile } from "node:fs/promises";
import {
  computeRoi,
  readWorksheetFile,
  toWorksheetOutput,
  type TWorksheetIssue,
  type TWorksheetOutput,
} from "../../domain/roi/index";
import { describeRoiWarning } from "../../domain/roi/describe-warning";
import { DomainError, ErrorCodes } from "../../domain/shared/errors";
import { CliUsageError, EXIT, type TCliIo, type TRegisterCommand } from "../io";

const number = (value: number, digits = 2) =>
  new Intl.NumberFormat("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

type TReport = { output: TWorksheetOutput; currency: string | undefined };

function table(report: TReport, position: number): string {
  const { output, currency } = report;
  const figure = (value: number | null, unit = "", digits = 2) => (value === null ? "n/a" : `${number(value, digits)}${unit}`);
  const rows: [string, string][] = [
    ["Total costs", figure(output.total_costs)],
    ["Total benefits", figure(output.total_benefits)],
    ["Net benefits", figure(output.net_benefits)],
    ["ROI", figure(output.roi_pct, " %")],
    ["Benefit-cost ratio", figure(output.bcr)],
    ["Payback", figure(output.payback_months, " months", 1)],
  ];
  if (output.did_effect_per_participant_per_period !== undefined) {
    rows.push(["Effect per participant per period", figure(output.did_effect_per_participant_per_period)]);
  }
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  const title = output.id ?? `Worksheet ${position + 1}`;
  return [
    currency ? `${title} (${currency})` : title,
    ...rows.map(([label, value]) => `  ${label.padEnd(labelWidth)}  ${value.padStart(valueWidth)}`),
    ...output.warnings.map((w) => `  Warning: ${w}`),
  ].join("\n");
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new CliUsageError(`roi: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliUsageError(`roi: ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function reportInvalid(error: DomainError, file: string, io: TCliIo) {
  const issues = (error.details as TWorksheetIssue[] | undefined) ?? [{ field: error.field ?? "(root)", message: error.message }];
  for (const issue of issues) io.err(`sterk roi: ${file}: invalid worksheet: ${issue.field}: ${issue.message}`);
}

async function runRoi(file: string, options: { json?: boolean }, io: TCliIo, setExitCode: (code: number) => void) {
  const json = await readJson(file);
  let reports: TReport[];
  try {
    reports = readWorksheetFile(json).map(({ id, worksheet }) => ({
      output: toWorksheetOutput(id, computeRoi(worksheet), describeRoiWarning),
      currency: worksheet.currency,
    }));
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== ErrorCodes.VALIDATION) throw error;
    reportInvalid(error, file, io);
    setExitCode(EXIT.rejected);
    return;
  }
  if (options.json) {
    const outputs = reports.map((r) => r.output);
    io.out(`${JSON.stringify(Array.isArray(json) ? outputs : outputs[0], null, 2)}\n`);
    return;
  }
  io.out(`${reports.length === 0 ? "No worksheets." : reports.map(table).join("\n\n")}\n`);
}

/** `sterk roi FILE [--json]`: the Phillips ROI of each worksheet in an exchange file. */
export const registerRoiCommand: TRegisterCommand = (program, io, setExitCode) => {
  program
    .command("roi")
    .description("Compute the Phillips ROI of the worksheets in a JSON exchange file")
    .argument("<file>", "a worksheet, a case object, or an array of them (JSON)")
    .option("--json", "print the results as JSON (the exchange format)")
    .action(async (file: string, options: { json?: boolean }) => runRoi(file, options, io, setExitCode));
};
