import { Command, CommanderError } from "commander";
import { registerAdminCommands } from "./commands/admin";
import { registerAssessCommand } from "./commands/assess";
import { registerBackupCommands } from "./commands/backup";
import { registerMentorsCommand } from "./commands/mentors";
import { registerOptimiseCommand } from "./commands/optimise";
import { registerPlanSuggestCommand } from "./commands/plan-suggest";
import { registerCatalogueCommand } from "./commands/catalogue";
import { registerPeopleCommands } from "./commands/people";
import { registerPersonCommands } from "./commands/person";
import { registerRoiCommand } from "./commands/roi";
import { registerServeCommand } from "./commands/serve";
import { CliUsageError, EXIT, processIo, type TCliIo, type TRegisterCommand } from "./io";

/** Builds the `sterk` program; every command registers itself here. Returns the exit code. */
export async function runCli(argv: string[], io: TCliIo = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExitCode = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  const program = new Command("sterk")
    .description("Sterk — strengths-based, à la carte manager development with measured ROI")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  const commands: TRegisterCommand[] = [registerServeCommand, registerAdminCommands, registerBackupCommands, registerPeopleCommands, registerPersonCommands, registerRoiCommand, registerAssessCommand, registerCatalogueCommand, registerMentorsCommand, registerOptimiseCommand, registerPlanSuggestCommand];
  for (const register of commands) register(program, io, setExitCode);
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliUsageError) {
      io.err(`sterk: ${error.message}`);
      return EXIT.usage;
    }
    throw error;
  }
  return exitCode;
}
