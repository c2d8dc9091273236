import type { Interval } from "./intervals.ts";

// Change of a measure between two dates: as a difference ("points") and as a ratio, and whether it is
// larger than the uncertainty of the two estimates.

export interface Change {
  /** to − from, in the measure's units (percentage points for shares and gaps). */
  difference: number;
  /** to ÷ from; null when from is 0. */
  ratio: number | null;
}

export function change(from: number | null | undefined, to: number | null | undefined): Change | null {
  if (from == null || to == null || !Number.isFinite(from) || !Number.isFinite(to)) return null;
  return { difference: to - from, ratio: from === 0 ? null : to / from };
}

/**
 * Interval for the difference of two independent proportions p2 − p1 from their own intervals
 * (Newcombe's hybrid score method, "method 10", when the inputs are Wilson intervals):
 *   lower = d − √((p2 − l2)² + (u1 − p1)²),  upper = d + √((u2 − p2)² + (p1 − l1)²).
 * Null when either side has no estimate.
 */
export function differenceInterval(
  from: { estimate: number; interval: Interval } | null,
  to: { estimate: number; interval: Interval } | null,
): Interval | null {
  if (!from || !to) return null;
  const d = to.estimate - from.estimate;
  const lower = d - Math.hypot(to.estimate - to.interval.lower, from.interval.upper - from.estimate);
  const upper = d + Math.hypot(to.interval.upper - to.estimate, from.estimate - from.interval.lower);
  return { lower, upper, level: to.interval.level };
}

/** A change is larger than the uncertainty when its interval leaves out "no change" (0). */
export function exceedsUncertainty(interval: Interval | null): boolean | null {
  if (!interval) return null;
  return interval.lower > 0 || interval.upper < 0;
}
