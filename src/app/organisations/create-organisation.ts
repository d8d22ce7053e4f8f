import type { TCreateOrganisationRequest } from "../../contracts/organisations";
import { findOrganisationBySlug, insertOrganisation, listOrganisationsWithCounts } from "../../db/organisations-repo";
import { authorise } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import { DomainError, notFound } from "../../domain/shared/errors";
import { addStarterCatalogue } from "../plans/planning-data";
import type { TAppContext } from "../shared/context";

/** The operator creates a client organisation; slugs are unique. */
export async function createOrganisation(
  ctx: Pick<TAppContext, "db">,
  actor: { isOperator: boolean },
  input: TCreateOrganisationRequest,
) {
  authorise(actor, "organisation.create");
  if (await findOrganisationBySlug(ctx.db, input.slug)) {
    throw new DomainError("CONFLICT", `an organisation with slug ${input.slug} exists`, "slug");
  }
  // a new organisation starts with the starter catalogue, in the same transaction
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await insertOrganisation(tx, input);
    await addStarterCatalogue({ db: tx }, inserted.id);
    return inserted;
  });
  return { id: row.id, slug: row.slug, name: row.name, defaultLocale: row.defaultLocale as "nl" | "fr" | "en", peopleCount: 0 };
}

/** Every client organisation, for the operator. */
export async function listOrganisationsForOperator(ctx: Pick<TAppContext, "db">, actor: { isOperator: boolean }) {
  authorise(actor, "organisation.list");
  const rows = await listOrganisationsWithCounts(ctx.db);
  return rows.map((r) => ({ ...r, defaultLocale: r.defaultLocale as "nl" | "fr" | "en", peopleCount: Number(r.peopleCount) }));
}

/** The command line acts with the operator's rights inside one organisation, named by slug. */
export async function operatorActorFor(ctx: Pick<TAppContext, "db">, slug: string): Promise<TActor> {
  const organisation = await findOrganisationBySlug(ctx.db, slug);
  if (!organisation) throw notFound(`organisation ${slug}`);
  return { userId: "cli", isOperator: true, organisationId: organisation.id, roles: ["hr_admin"] };
}
