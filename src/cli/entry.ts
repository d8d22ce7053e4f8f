import { runCli } from "./main";
import { EXIT, processIo } from "./io";

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    processIo.err(`sterk: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT.usage;
  },
);
