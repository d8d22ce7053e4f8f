import { listStoredTombstones } from "../../app/gdpr/apply-tombstones";
import { erasePerson } from "../../app/gdpr/erase-person";
import { exportPersonData } from "../../app/gdpr/export-person-data";
import { operatorActorFor } from "../../app/organisations/create-organisation";
import { findPersonByKey } from "../../app/gdpr/find-person-by-key";
import { DomainError } from "../../domain/shared/errors";
import type { TActor } from "../../domain/shared/roles";
import type { TRuntime } from "../../runtime";
import { CliUsageError, type TRegisterCommand } from "../io";
import { withRuntime } from "../with-runtime";

/** The operator acting in the organisation, and the person named by employee number or email. */
async function resolve(rt: TRuntime, slug: string, key: string): Promise<{ actor: TActor; person: { id: string; employeeNumber: string } }> {
  const actor = await operatorActorFor(rt.ctx, slug).catch(() => {
    throw new CliUsageError(`unknown organisation: ${slug}`);
  });
  const person = await findPersonByKey(rt.ctx, actor.organisationId, key);
  if (!person) throw new CliUsageError(`organisation ${slug} has no person with employee number or email ${key}`);
  return { actor, person };
}

const usageErrors = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) throw new CliUsageError(error.message);
    throw error;
  }
};

/** `sterk person export|erase|tombstones`: person-level GDPR for the operator (decision 0021). */
export const registerPersonCommands: TRegisterCommand = (program, io) => {
  const person = program.command("person").description("one person's data: export it, erase the person (GDPR)");

  person
    .command("export")
    .description("print everything Sterk holds about one person as JSON")
    .requiredOption("--org <slug>", "organisation slug")
    .requiredOption("--person <key>", "employee number or email")
    .action((options: { org: string; person: string }) =>
      withRuntime(async (rt) => {
        const { actor, person: found } = await resolve(rt, options.org, options.person);
        io.out(JSON.stringify(await usageErrors(() => exportPersonData(rt.ctx, actor, found.id)), null, 2));
      }),
    );

  person
    .command("erase")
    .description("erase one person (profile, answers, plans, notes, measure values, account); logged without the erased data")
    .requiredOption("--org <slug>", "organisation slug")
    .requiredOption("--person <key>", "employee number or email")
    .option("--yes", "confirm: the erasure cannot be undone")
    .action((options: { org: string; person: string; yes?: boolean }) =>
      withRuntime(async (rt) => {
        if (!options.yes) throw new CliUsageError("erasing a person cannot be undone: pass --yes to confirm");
        const { actor, person: found } = await resolve(rt, options.org, options.person);
        const erasure = await usageErrors(() => erasePerson(rt.ctx, actor, found.id, { confirmation: found.employeeNumber, via: "cli" }));
        io.out(`erased; reference ${erasure.reference} (${erasure.erasedAt})`);
      }),
    );

  person
    .command("tombstones")
    .description("print the tombstones of every erased person (JSON lines): keep them with your backups; `sterk restore --tombstones FILE` re-applies them")
    .action(() =>
      withRuntime(async (rt) => {
        for (const tombstone of await listStoredTombstones(rt.ctx)) io.out(JSON.stringify(tombstone));
      }),
    );
};
