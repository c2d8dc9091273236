// Workforce representation against the population, as defined in docs (domain notes, "Metrics"):
// shares use *stated* ethnicity (not stated is out of the denominator); population shares come from the
// census of the force's area. Every function returns null, never 0, when an input is missing.

/** part ÷ whole, or null when either is missing or the whole is 0 (0/0 is undefined, not zero). */
export function share(part: number | null | undefined, whole: number | null | undefined): number | null {
  if (part == null || whole == null || whole <= 0) return null;
  return part / whole;
}

/**
 * Representation ratio (a ratio, not a difference): workforce share ÷ population share. 1 means
 * representative; 0.5 means the group is half as present in the workforce as in the population.
 */
export function representationRatio(
  workforceShare: number | null,
  populationShare: number | null,
): number | null {
  if (workforceShare == null || populationShare == null || populationShare <= 0) return null;
  return workforceShare / populationShare;
}

/** Gap in percentage points (a difference): population share − workforce share. Positive = under-represented. */
export function representationGap(
  workforceShare: number | null,
  populationShare: number | null,
): number | null {
  if (workforceShare == null || populationShare == null) return null;
  return (populationShare - workforceShare) * 100;
}

/**
 * People the group would need to add for the workforce to be representative, at its current size:
 * population share × stated workforce − group headcount. Negative when the group is over-represented.
 */
export function headcountNeeded(
  groupHeadcount: number | null,
  statedHeadcount: number | null,
  populationShare: number | null,
): number | null {
  if (groupHeadcount == null || statedHeadcount == null || populationShare == null) return null;
  return populationShare * statedHeadcount - groupHeadcount;
}

/** The censuses the hub holds (importers census2011 and census2021). */
export const censusYears: readonly number[] = [2011, 2021];

/** The census whose reference date (27 March 2011, 21 March 2021) is nearest to an as-at date. */
export function nearestCensusYear(asAt: Date, years: readonly number[] = censusYears): number {
  const year = asAt.getUTCFullYear() + asAt.getUTCMonth() / 12;
  let best = years[0]!;
  for (const census of years) if (Math.abs(census - year) < Math.abs(best - year)) best = census;
  return best;
}

/** Census reference days: the gap between a workforce date and its census is measured to these. */
export const censusDays: Record<number, Date> = {
  2011: new Date(Date.UTC(2011, 2, 27)),
  2021: new Date(Date.UTC(2021, 2, 21)),
};

/** Years between a workforce as-at date and census day (always ≥ 0), or null for an unknown census. */
export function censusGapYears(asAt: Date, censusYear: number): number | null {
  const day = censusDays[censusYear];
  if (!day) return null;
  return Math.abs(asAt.getTime() - day.getTime()) / (365.2425 * 24 * 3600 * 1000);
}

/**
 * Bounds on a group's share of the WHOLE workforce from the people whose ethnicity is not stated:
 * lower = none of them is in the group, upper = all of them are. The workforce is a full count, not a
 * sample, so this — not sampling error — is the uncertainty in its share. Null when any input is
 * missing or there is nobody.
 */
export function notStatedBounds(
  groupHeadcount: number | null,
  statedHeadcount: number | null,
  notStatedHeadcount: number | null,
): { lower: number; upper: number } | null {
  if (groupHeadcount == null || statedHeadcount == null || notStatedHeadcount == null) return null;
  const everyone = statedHeadcount + notStatedHeadcount;
  if (everyone <= 0) return null;
  return { lower: groupHeadcount / everyone, upper: (groupHeadcount + notStatedHeadcount) / everyone };
}
