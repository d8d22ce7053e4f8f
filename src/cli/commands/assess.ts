import { readFile, stat } from "node:fs/promises";
import {
  DOMAIN_NAMES,
  challengeMeans,
  challengeScanStatements,
  compareChallengeScan,
  AGE_BANDS,
  ipipNeo120Items,
  ipipNorm,
  isAgeBand,
  normIpipScores,
  scoreIpipNeo120,
  situationFit,
  topChallenges,
  type TIpipAnswer,
  type TRaterAnswers,
  type TScanAnswer,
  type TAgeBand,
  type TScanForm,
} from "../../domain/assessment/index";
import { DomainError } from "../../domain/shared/errors";
import { isLocale, type TLocale } from "../../domain/shared/locale";
import { CliUsageError, EXIT, type TCliIo, type TRegisterCommand } from "../io";

const INSTRUMENTS = ["ipip-neo-120", "challenge-scan"] as const;
type TInstrument = (typeof INSTRUMENTS)[number];
const MAX_ANSWER_FILE_BYTES = 5 * 1024 * 1024;

/** Bad content in a readable JSON file: exit 1, like an invalid answer. */
class InvalidAnswersError extends Error {}

function instrumentOf(value: string): TInstrument {
  if (!(INSTRUMENTS as readonly string[]).includes(value)) {
    throw new CliUsageError(`unknown instrument: ${value} (use ${INSTRUMENTS.join(" or ")})`);
  }
  return value as TInstrument;
}

function localeOf(value: string): TLocale {
  if (!isLocale(value)) throw new CliUsageError(`unknown language: ${value} (use nl, fr or en)`);
  return value;
}

function formsOf(value: string | undefined): TScanForm[] {
  if (value === undefined) return ["self", "rater"];
  if (value !== "self" && value !== "rater") throw new CliUsageError(`unknown form: ${value} (use self or rater)`);
  return [value];
}

async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    if ((await stat(file)).size > MAX_ANSWER_FILE_BYTES) throw new CliUsageError(`${file} is larger than 5 MB`);
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof CliUsageError) throw error;
    throw new CliUsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new CliUsageError(`${file} is not valid JSON`);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function answersIn(value: unknown, where: string): { id: string; score: unknown }[] {
  if (!Array.isArray(value)) throw new InvalidAnswersError(`${where} must be an array of {"id", "score"}`);
  return value.map((entry, index) => {
    if (!isObject(entry) || typeof entry.id !== "string") throw new InvalidAnswersError(`${where}[${index}] has no item id`);
    return { id: entry.id, score: entry.score };
  });
}

function ipipAnswers(data: unknown): TIpipAnswer[] {
  if (!isObject(data)) throw new InvalidAnswersError(`expected {"answers": [{"id", "score"}]}`);
  return answersIn(data.answers, "answers").map(({ id, score }) => {
    if (typeof score !== "number") throw new InvalidAnswersError(`item ${id} needs a score from 1 to 5`);
    return { id, score };
  });
}

function scanAnswers(value: unknown, where: string): TScanAnswer[] {
  return answersIn(value, where).map(({ id, score }) => {
    if (score !== null && typeof score !== "number") throw new InvalidAnswersError(`statement ${id} needs a score from 1 to 5, or null`);
    return { id, score };
  });
}

function scanInput(data: unknown): { self: TScanAnswer[] | null; others: TRaterAnswers[]; monthsInRole: number | null } {
  if (!isObject(data)) throw new InvalidAnswersError(`expected {"self": [...], "others": [{"raterGroup", "answers"}], "monthsInRole"}`);
  const others = data.others === undefined ? [] : data.others;
  if (!Array.isArray(others)) throw new InvalidAnswersError(`others must be an array of {"raterGroup", "answers"}`);
  const months = data.monthsInRole ?? null;
  if (months !== null && typeof months !== "number") throw new InvalidAnswersError("monthsInRole must be a number");
  return {
    self: data.self === undefined || data.self === null ? null : scanAnswers(data.self, "self"),
    others: others.map((rater: unknown, index) => {
      if (!isObject(rater) || typeof rater.raterGroup !== "string") throw new InvalidAnswersError(`others[${index}] has no raterGroup`);
      return { raterGroup: rater.raterGroup, answers: scanAnswers(rater.answers, `others[${index}].answers`) };
    }),
    monthsInRole: months,
  };
}

function printJson(io: TCliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

function listItems(io: TCliIo, instrument: TInstrument, options: { lang: string; form?: string; json?: boolean }): void {
  const locale = localeOf(options.lang);
  if (instrument === "ipip-neo-120") {
    const items = ipipNeo120Items(locale);
    if (options.json) return printJson(io, items);
    for (const item of items) io.out(`${item.domain}${item.facet} ${item.keyed === "plus" ? "+" : "-"} ${item.id}  ${item.text}`);
    return;
  }
  const statements = challengeScanStatements(locale, formsOf(options.form));
  if (options.json) return printJson(io, statements);
  for (const s of statements) io.out(`${s.form.padEnd(5)} ${s.id.padEnd(36)} ${s.text}`);
}

function ageBandOf(value: string | undefined): TAgeBand | null {
  if (value === undefined) return null;
  if (!isAgeBand(value)) throw new CliUsageError(`unknown age band: ${value} (use ${AGE_BANDS.join(", ")})`);
  return value;
}

function scoreIpip(io: TCliIo, data: unknown, json: boolean, ageBand: TAgeBand | null): void {
  const norm = ipipNorm(ageBand);
  const domains = normIpipScores(scoreIpipNeo120(ipipAnswers(data)), norm);
  if (json) return printJson(io, { reference: norm.reference, normSource: norm.source, domains });
  io.out(`IPIP-NEO-120: raw score (facets 4–20, domains 24–120), percentile and T against the ${norm.reference} reference`);
  io.out(`norms: ${norm.source}`);
  for (const domain of domains) {
    const name = DOMAIN_NAMES[domain.domain].en;
    io.out(`${domain.domain} ${name.padEnd(24)} ${String(domain.score).padStart(3)}  P${domain.percentile.toFixed(1).padStart(5)}  T${domain.t.toFixed(1).padStart(5)}`);
    for (const f of domain.facets) io.out(`    ${domain.domain}${f.facet} ${String(f.score).padStart(2)}  P${f.percentile.toFixed(1).padStart(5)}  T${f.t.toFixed(1).padStart(5)}`);
  }
}

function scoreScan(io: TCliIo, data: unknown, json: boolean): void {
  const input = scanInput(data);
  const comparison = compareChallengeScan({ self: input.self, others: input.others });
  const selfMeans = input.self ? challengeMeans(input.self) : null;
  const othersMeans = Object.fromEntries(comparison.challenges.map((c) => [c.challengeId, c.others]));
  const view = (means: typeof selfMeans) =>
    means ? { topChallenges: topChallenges(means), situationFit: situationFit(means, input.monthsInRole) } : null;
  const result = { ...comparison, self: view(selfMeans), others: input.others.length > 0 ? view(othersMeans) : null };
  if (json) return printJson(io, result);
  for (const [label, part] of [["self", result.self], ["others", result.others]] as const) {
    if (!part) continue;
    io.out(`${label}: best fit ${part.situationFit.bestFit.join(", ") || "none"}; top challenges ${part.topChallenges.map((t) => t.challengeId).join(", ") || "none"}`);
  }
  io.out(`blind spots: ${comparison.blindSpots.join(", ") || "none"}`);
  io.out(`hidden strengths: ${comparison.hiddenStrengths.join(", ") || "none"}`);
}

/** `sterk assess items` and `sterk assess score`: the strengths instrument and the challenge scan, offline. */
export const registerAssessCommand: TRegisterCommand = (program, io, setExitCode) => {
  const assess = program.command("assess").description("the strengths instrument (IPIP-NEO-120) and the manager challenge scan");
  assess
    .command("items")
    .description("print the items of an instrument in one language")
    .requiredOption("--instrument <id>", INSTRUMENTS.join(" | "))
    .option("--lang <locale>", "nl | fr | en", "en")
    .option("--form <form>", "challenge-scan only: self | rater (default both)")
    .option("--json", "print JSON")
    .action((options: { instrument: string; lang: string; form?: string; json?: boolean }) => {
      listItems(io, instrumentOf(options.instrument), options);
    });
  assess
    .command("score <file>")
    .description('score a JSON answer file: ipip-neo-120 {"answers":[{"id","score":1..5}]}; challenge-scan {"self","others","monthsInRole"}')
    .requiredOption("--instrument <id>", INSTRUMENTS.join(" | "))
    .option("--age-band <band>", `ipip-neo-120 only: norm against one age band (${AGE_BANDS.join(" | ")}) instead of the working-age reference`)
    .option("--json", "print JSON")
    .action(async (file: string, options: { instrument: string; ageBand?: string; json?: boolean }) => {
      const instrument = instrumentOf(options.instrument);
      const ageBand = ageBandOf(options.ageBand);
      const data = await readJsonFile(file);
      try {
        if (instrument === "ipip-neo-120") scoreIpip(io, data, options.json === true, ageBand);
        else scoreScan(io, data, options.json === true);
      } catch (error) {
        if (!(error instanceof DomainError || error instanceof InvalidAnswersError)) throw error;
        io.err(`sterk: ${error.message}`);
        setExitCode(EXIT.rejected);
      }
    });
};
