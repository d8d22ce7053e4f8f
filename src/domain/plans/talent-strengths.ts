import type { TStrengthsProfile } from "../assessment/strengths-profile";

/** Strength per talent id: 0 = not a talent of this person; higher = more distinctive. Absent ids count as 0. */
export type TTalentStrengths = Readonly<Partial<Record<string, number>>>;

/**
 * Turns a strengths profile into strengths per talent: the talent at the pole a facet leans to gets the facet's
 * distance from the reference point (raw points or SD units); the opposite pole and balanced facets get 0.
 */
export function talentStrengthsFromProfile(profile: Pick<TStrengthsProfile, "ranked">): TTalentStrengths {
  const strengths: Record<string, number> = {};
  for (const facet of profile.ranked) {
    if (facet.pole === "balanced") continue;
    for (const talent of facet.talents) strengths[talent.id] = Math.abs(facet.distance);
  }
  return strengths;
}

/** The `count` strongest talent ids (strength > 0), strongest first; ties by id so the result is deterministic. */
export function strongestTalents(strengths: TTalentStrengths, count: number): string[] {
  return Object.entries(strengths)
    .filter((entry): entry is [string, number] => typeof entry[1] === "number" && Number.isFinite(entry[1]) && entry[1] > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, Math.max(0, count))
    .map(([id]) => id);
}
