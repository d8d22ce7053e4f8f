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

  const token = program.command("token").description("API tokens (personal, or SCIM provisioning with --scim)");
  token
    .command("create")
    .description("create an API token for a user in an organisation; prints it once")
    .requiredOption("--org <slug>", "organisation slug")
    .requiredOption("--user <email>", "the user's email (for --scim: an HR admin of the organisation, or the operator)")
    .option("--name <name>", "a label for the token", "cli")
    .option("--scim", "a provisioning token for /scim/v2 instead of a personal API token")
    .option("--days <n>", "days until the token expires (1-365)", "90")
    .action((options: { org: string; user: string; name: string; scim?: boolean; days: string }) =>
      withRuntime(async (rt) => {
        const days = Number(options.days);
        if (!/^\d+$/.test(options.days) || days < 1 || days > 365) throw new CliUsageError("--days: a whole number from 1 to 365");
        const input = { organisationSlug: options.org, email: options.user, name: options.name, scope: options.scim ? ("scim" as const) : ("api" as const), expiresInDays: days };
        const created = await createApiTokenFor(rt.ctx, input).catch((error: Error) => {
          throw new CliUsageError(error.message);
        });
        io.out(created.token);
      }),
    );
};
