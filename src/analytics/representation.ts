// Workforce representation against the population, as defined in docs (domain notes, "Metrics"):
// shares use *stated* ethnicity (not stated is out of the denominator); population shares come from the
// census of the force's area. Every function returns null, never 0, when an input is missing.

/** Counts of 1 to 4 identify people (one Black chief officer is a person); 0 identifies no one. */
export const smallNumberThreshold = 5;

export function isSmallNumber(count: number | null | undefined, threshold = smallNumberThreshold): boolean {
  return count != null && count > 0 && count < threshold;
}

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

/** The census whose reference date (27 March 2011, 21 March 2021) is nearest to an as-at date. */
export function nearestCensusYear(asAt: Date, censusYears: readonly number[] = [2011, 2021]): number {
  const year = asAt.getUTCFullYear() + asAt.getUTCMonth() / 12;
  let best = censusYears[0]!;
  for (const census of censusYears) if (Math.abs(census - year) < Math.abs(best - year)) best = census;
  return best;
}

/**
 * Cells to hide from viewers who may not see small numbers: every count of 1–4 (primary), and when
 * exactly one cell is hidden, the smallest other non-zero cell too (complementary), or the hidden one
 * could be read back as total − the rest. Zeros stay visible: they identify no one.
 */
export function cellsToSuppress<K>(
  counts: ReadonlyMap<K, number | null>,
  threshold = smallNumberThreshold,
): Set<K> {
  const hidden = new Set([...counts].filter(([, n]) => isSmallNumber(n, threshold)).map(([key]) => key));
  if (hidden.size === 1) {
    const complement = [...counts]
      .filter(([key, n]) => !hidden.has(key) && n != null && n > 0)
      .sort((a, b) => a[1]! - b[1]!)[0];
    if (complement) hidden.add(complement[0]);
  }
  return hidden;
}
