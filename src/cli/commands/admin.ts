import { createApiTokenFor } from "../../app/tokens/api-tokens";
import { createOrganisation } from "../../app/organisations/create-organisation";
import { seedDemo } from "../../app/demo/seed-demo";
import { ZCreateOrganisationRequest } from "../../contracts/organisations";
import { CliUsageError, type TRegisterCommand } from "../io";
import { withRuntime } from "../with-runtime";
import { printDemoAccounts } from "./serve";

/** `sterk migrate`, `sterk demo`, `sterk org create`, `sterk token create`. */
export const registerAdminCommands: TRegisterCommand = (program, io) => {
  program
    .command("migrate")
    .description("apply the database migrations (the server also does this at start)")
    .action(() =>
      withRuntime(async (rt) => {
        io.out(`migrations applied (${rt.database.kind})`);
      }),
    );

  program
    .command("demo")
    .description("seed the demo organisation and accounts if they are missing")
    .action(() =>
      withRuntime(async (rt) => {
        const seeded = await seedDemo(rt.ctx);
        io.out(seeded ? "demo seeded" : "demo already present");
        printDemoAccounts(io, rt.ctx.config.publicUrl);
      }),
    );

  const org = program.command("org").description("client organisations");
  org
    .command("create <slug>")
    .description("create a client organisation")
    .requiredOption("--name <name>", "the organisation's name")
    .option("--locale <locale>", "default language nl|fr|en", "nl")
    .action((slug: string, options: { name: string; locale: string }) =>
      withRuntime(async (rt) => {
        const parsed = ZCreateOrganisationRequest.safeParse({ slug, name: options.name, defaultLocale: options.locale });
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new CliUsageError(`${issue?.path.join(".") ?? "input"}: ${issue?.message ?? "invalid"}`);
        }
        const created = await createOrganisation(rt.ctx, { isOperator: true }, parsed.data).catch((error: Error) => {
          throw new CliUsageError(error.message);
        });
        io.out(`organisation ${created.slug} created (${created.id})`);
      }),
    );

  const token = program.command("token").description("personal API tokens");
  token
    .command("create")
    .description("create an API token for a user in an organisation; prints it once")
    .requiredOption("--org <slug>", "organisation slug")
    .requiredOption("--user <email>", "the user's email")
    .option("--name <name>", "a label for the token", "cli")
    .action((options: { org: string; user: string; name: string }) =>
      withRuntime(async (rt) => {
        const created = await createApiTokenFor(rt.ctx, { organisationSlug: options.org, email: options.user, name: options.name }).catch(
          (error: Error) => {
            throw new CliUsageError(error.message);
          },
        );
        io.out(created.token);
      }),
    );
};
