import { findOrganisationById } from "../../db/organisations-repo";
import type { TScimPersonRow } from "../../db/scim-repo";
import { toScimUser, type TScimPerson } from "../../domain/scim/index";
import { isLocale, type TLocale } from "../../domain/shared/locale";
import type { TAppContext } from "../shared/context";

/** Who calls /scim/v2: a provisioning token's organisation, never a person. */
export type TScimCaller = { organisationId: string; tokenId: string };

/** The base of every SCIM location, e.g. https://sterk.example/scim/v2. */
export function scimBaseUrl(ctx: Pick<TAppContext, "config">): string {
  return `${ctx.config.publicUrl}/scim/v2`;
}

/** The organisation's default language: the language of a user whose preferredLanguage Sterk does not speak. */
export async function organisationLanguage(ctx: Pick<TAppContext, "db">, organisationId: string): Promise<TLocale> {
  const organisation = await findOrganisationById(ctx.db, organisationId);
  return isLocale(organisation?.defaultLocale) ? organisation.defaultLocale : "nl";
}

/** A stored person as SCIM's person. */
export function scimPersonOf(row: TScimPersonRow): TScimPerson {
  return { ...row, language: isLocale(row.language) ? row.language : "nl" };
}

/** A stored person as a SCIM User resource. */
export function presentScimUser(ctx: Pick<TAppContext, "config">, row: TScimPersonRow) {
  return toScimUser(scimPersonOf(row), { baseUrl: scimBaseUrl(ctx), createdAt: row.createdAt, updatedAt: row.updatedAt, managerName: row.managerName });
}
