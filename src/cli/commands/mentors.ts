import { matchForCli } from "../../app/mentors/matching";
import { operatorActorFor } from "../../app/organisations/create-organisation";
import { DomainError } from "../../domain/shared/errors";
import { CliUsageError, type TRegisterCommand } from "../io";
import { withRuntime } from "../with-runtime";

/** `sterk mentors match`: HR's whole-pool mentor proposal (writes nothing). */
export const registerMentorsCommand: TRegisterCommand = (program, io) => {
  program
    .command("mentors")
    .description("mentor matching")
    .command("match")
    .description("propose a mentor for everyone with a completed challenge scan and no mentor (most people matched, then highest total score)")
    .requiredOption("--org <slug>", "organisation slug")
    .option("--json", "print one JSON object")
    .action((options: { org: string; json?: boolean }) =>
      withRuntime(async (rt) => {
        const actor = await operatorActorFor(rt.ctx, options.org).catch(() => {
          throw new CliUsageError(`unknown organisation: ${options.org}`);
        });
        let result: Awaited<ReturnType<typeof matchForCli>>;
        try {
          result = await matchForCli(rt.ctx, actor);
        } catch (error) {
          if (error instanceof DomainError) throw new CliUsageError(error.message);
          throw error;
        }
        if (options.json) {
          io.out(JSON.stringify(result));
          return;
        }
        io.out(`${result.matched} of ${result.matches.length} people matched; total score ${result.total_score}`);
        for (const m of result.matches) {
          const top = m.top_three.map((t) => `${t.mentor} ${t.score}`).join(", ");
          io.out(`  ${m.person}: ${m.mentor ? `${m.mentor} (${m.score})` : `unmatched (${m.unmatched_reason})`}${top ? ` — top three: ${top}` : ""}`);
        }
      }),
    );
};
