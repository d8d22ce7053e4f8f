/** Roles a member can hold in one organisation. The operator is a platform-wide flag, not a role. */
export const ORG_ROLES = ["hr_admin", "manager", "mentor", "executive"] as const;
export type TOrgRole = (typeof ORG_ROLES)[number];

/** Who is acting: the platform operator flag and the roles held in the current organisation. */
export type TActor = {
  userId: string;
  isOperator: boolean;
  organisationId: string;
  roles: readonly TOrgRole[];
};

/** True when the actor may administer the organisation's people and settings. */
export function canAdministerOrganisation(actor: TActor): boolean {
  return actor.isOperator || actor.roles.includes("hr_admin");
}

/** True when the actor may read the people directory of the organisation. */
export function canReadDirectory(actor: TActor): boolean {
  return canAdministerOrganisation(actor) || actor.roles.length > 0;
}
