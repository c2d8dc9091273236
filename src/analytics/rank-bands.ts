import type { Rank } from "../generated/prisma/enums.ts";

// The rank bands the national programme reports by. "Superintendent and above" is what it says and
// includes chief officers; CHIEF_OFFICERS is also a band of its own because the Home Office publishes
// chief officers for far more years (2003–2021) than the other ranks (2003–2006).

/** Police officer ranks, most senior first (police staff have the one rank NOT_APPLICABLE). */
export const officerRanks: readonly Rank[] = [
  "CHIEF_OFFICER",
  "CHIEF_SUPERINTENDENT",
  "SUPERINTENDENT",
  "CHIEF_INSPECTOR",
  "INSPECTOR",
  "SERGEANT",
  "CONSTABLE",
];

export const rankBands = {
  CONSTABLES: ["CONSTABLE"],
  SERGEANT_TO_CHIEF_INSPECTOR: ["SERGEANT", "INSPECTOR", "CHIEF_INSPECTOR"],
  SUPERINTENDENT_AND_ABOVE: ["SUPERINTENDENT", "CHIEF_SUPERINTENDENT", "CHIEF_OFFICER"],
  CHIEF_OFFICERS: ["CHIEF_OFFICER"],
} as const satisfies Record<string, readonly Rank[]>;

export type RankBand = keyof typeof rankBands;

/** The ranks of a band, or of an explicit list (deduplicated); null when neither is given. */
export function ranksFor(
  band: RankBand | null | undefined,
  ranks: readonly Rank[] | null | undefined,
): Rank[] | null {
  if (band && ranks?.length) throw new RangeError("Give a rank band or a list of ranks, not both.");
  if (band) return [...rankBands[band]];
  return ranks?.length ? [...new Set(ranks)] : null;
}
