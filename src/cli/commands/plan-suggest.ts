import { operatorActorFor } from "../../app/organisations/create-organisation";
import { suggestForPerson } from "../../app/plans/menu";
import type { TMenu } from "../../contracts/plans";
import { DomainError } from "../../domain/shared/errors";
import { isLocale } from "../../domain/shared/locale";
import { CliUsageError, type TCliIo, type TRegisterCommand } from "../io";
import { withRuntime } from "../with-runtime";

type TSuggestResult = Awaited<ReturnType<typeof suggestForPerson>>;

/** The issue's JSON shape, snake_case: ranked modules with score, structured reason and reason text. */
export function suggestJson({ person, menu }: TSuggestResult) {
  return {
    person: { id: person.id, employee_number: person.employeeNumber, name: person.name, email: person.email, department: person.department, language: person.language },
    status: menu.status,
    language: menu.language,
    menu: menu.menu.map((s) => ({
      rank: s.rank,
      module: s.module.id,
      title: s.module.title,
      score: s.score,
      talent_multiplier: s.talentMultiplier,
      effort_factor: s.effortFactor,
      reason: s.reason.kind === "builds-on-talent" ? { kind: s.reason.kind, challenge_id: s.reason.challengeId, talent_id: s.reason.talentId } : { kind: s.reason.kind, challenge_id: s.reason.challengeId },
      reason_text: s.reasonText,
      cost_cents: s.module.cost.cents,
      currency: s.module.cost.currency,
      hours: s.module.hours,
      format: s.module.format,
    })),
    left_out: {
      language: menu.leftOut.language,
      format: menu.leftOut.format,
      budget: menu.leftOut.budget,
      hours: menu.leftOut.hours,
      no_seats: menu.leftOut.noSeats,
      no_need: menu.leftOut.noNeed,
      diversity: menu.leftOut.diversity,
    },
  };
}

const STATUS_TEXT: Record<TMenu["status"], string> = {
  ok: "",
  "no-profile": "no challenge scan completed yet: there is nothing to base a menu on",
  "nothing-fits": "no module passes the filters (language, format, budget, hours, seats); see left out",
};

function printMenu(io: TCliIo, result: TSuggestResult) {
  const { person, menu } = result;
  io.out(`${person.name} (${person.employeeNumber}), ${menu.status}`);
  if (STATUS_TEXT[menu.status]) io.out(STATUS_TEXT[menu.status]);
  for (const s of menu.menu) {
    io.out(`${String(s.rank).padStart(2)}. ${s.module.title} [${s.module.id}] score ${s.score.toFixed(3)}, ${s.module.hours} h, ${(s.module.cost.cents / 100).toFixed(2)} ${s.module.cost.currency}`);
    io.out(`    ${s.reasonText}`);
  }
  const left = Object.entries(menu.leftOut).filter(([, n]) => n > 0);
  if (left.length) io.out(`left out: ${left.map(([k, n]) => `${k} ${n}`).join(", ")}`);
}

/** `sterk plan suggest`: one person's à la carte menu with scores and reasons. */
export const registerPlanSuggestCommand: TRegisterCommand = (program, io) => {
  // `plan` is shared with `plan optimise`: attach to the group when another command created it
  const plan = program.commands.find((c) => c.name() === "plan") ?? program.command("plan").description("development plans");
  plan
    .command("suggest")
    .description("a person's à la carte menu: ranked modules with score and reason")
    .requiredOption("--org <slug>", "organisation slug")
    .requiredOption("--person <ref>", "employee number or email")
    .option("--lang <locale>", "language of titles and reasons (nl, fr, en); default the person's")
    .option("--json", "print one JSON object")
    .action((options: { org: string; person: string; lang?: string; json?: boolean }) =>
      withRuntime(async (rt) => {
        if (options.lang !== undefined && !isLocale(options.lang)) throw new CliUsageError("--lang must be nl, fr or en");
        const actor = await operatorActorFor(rt.ctx, options.org).catch(() => {
          throw new CliUsageError(`unknown organisation: ${options.org}`);
        });
        let result: TSuggestResult;
        try {
          result = await suggestForPerson(rt.ctx, actor, options.person, { lang: isLocale(options.lang) ? options.lang : undefined });
        } catch (error) {
          if (error instanceof DomainError && error.code === "NOT_FOUND") throw new CliUsageError(`unknown person in ${options.org}: ${options.person} (give an employee number or email)`);
          if (error instanceof DomainError) throw new CliUsageError(error.message);
          throw error;
        }
        if (options.json) io.out(JSON.stringify(suggestJson(result)));
        else printMenu(io, result);
      }),
    );
};
