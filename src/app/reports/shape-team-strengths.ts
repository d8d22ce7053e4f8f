import type { TTeamStrengths } from "../../contracts/team-strengths";
import { facetTalents, ipipNorm, strengthsProfile } from "../../domain/assessment/index";
import type { TLocale } from "../../domain/shared/locale";
import { scoreStoredIpip, storedAnswers } from "./shape-strengths";

/** A team grid is never shown for fewer members than this (they would be recognisable one by one). */
export const TEAM_GRID_MINIMUM = 3;

/** A member whose report the reader may read, with their stored IPIP-NEO-120 answers. */
export type TGridMember = { personId: string; name: string; answers: unknown };

type TGrid = Pick<TTeamStrengths, "members" | "talents">;

/**
 * The grid itself: each member's (up to) five most distinctive normed talents (decision 0014, working-age norm),
 * and one row per talent that anyone brings, the talents most members share first. Members whose answers cannot be
 * scored are left out. Fewer than `TEAM_GRID_MINIMUM` scorable members: an empty grid (the caller says why).
 */
export function teamStrengthsGrid(candidates: readonly TGridMember[], locale: TLocale): TGrid & { scored: number } {
  const norm = ipipNorm();
  const members = candidates.flatMap((member) => {
    const scores = scoreStoredIpip(storedAnswers(member.answers));
    if (!scores) return [];
    const top = strengthsProfile(scores, norm).topFive.flatMap((strength, index) => {
      const talent = strength.talents[0];
      if (!talent) return [];
      const facetName = facetTalents(strength.domain, strength.facet).name[locale];
      return [{ talentId: talent.id, name: talent.name[locale], description: talent.description[locale], facetName, rank: index + 1, percentile: strength.percentile ?? 50 }];
    });
    return [{ personId: member.personId, name: member.name, top }];
  });
  if (members.length < TEAM_GRID_MINIMUM) return { members: [], talents: [], scored: members.length };
  const rows = new Map<string, TGrid["talents"][number]>();
  for (const member of members) {
    for (const talent of member.top) {
      const row = rows.get(talent.talentId) ?? { talentId: talent.talentId, name: talent.name, description: talent.description, facetName: talent.facetName, holders: [] };
      row.holders.push({ personId: member.personId, rank: talent.rank, percentile: talent.percentile });
      rows.set(talent.talentId, row);
    }
  }
  const bestRank = (row: TGrid["talents"][number]) => Math.min(...row.holders.map((holder) => holder.rank));
  const talents = [...rows.values()].sort(
    (a, b) => b.holders.length - a.holders.length || bestRank(a) - bestRank(b) || a.name.localeCompare(b.name, locale),
  );
  return {
    members: members.map((member) => ({
      personId: member.personId,
      name: member.name,
      topTalents: member.top.map(({ talentId, name, rank, percentile }) => ({ talentId, name, rank, percentile })),
    })),
    talents,
    scored: members.length,
  };
}
