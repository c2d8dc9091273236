/**
 * Progress of a measure towards its target: the fraction of the way from the baseline to the target
 * that the latest observation has travelled.
 *
 *   progress = (latest − baseline) ÷ (target − baseline)
 *
 * 0 = still at the baseline, 1 = target reached, above 1 = target exceeded, below 0 = moved away from
 * the target. Works for targets below the baseline (a reduction) as well as above it. Not clamped: an
 * overshoot or a move the wrong way is information, not an error.
 *
 * Returns null — never a made-up 0 — when the baseline, the target or the observation is missing, when
 * a value is not a finite number, or when the target equals the baseline (there is no distance to
 * travel, so the fraction is undefined).
 */
export function progressTowardsTarget(
  baseline: number | null | undefined,
  target: number | null | undefined,
  latest: number | null | undefined,
): number | null {
  if (baseline == null || target == null || latest == null) return null;
  if (!Number.isFinite(baseline) || !Number.isFinite(target) || !Number.isFinite(latest)) return null;
  const distance = target - baseline;
  if (distance === 0) return null;
  return (latest - baseline) / distance;
}

/** Where a measure stands against its target and due date. */
export type MeasureStatus = "MET" | "ON_TRACK" | "AT_RISK" | "LATE";

export interface MeasureTrack {
  baseline: number | null | undefined;
  baselineDate: Date | null | undefined;
  target: number | null | undefined;
  dueDate: Date | null | undefined;
  latest: number | null | undefined;
  latestDate: Date | null | undefined;
  /** The day the status is judged on (today, or a report's as-at date). */
  asOf: Date;
}

/**
 * The share of the way from baseline to target a straight line from the baseline date to the due date
 * would have reached at `at` (0–1). Null without both dates or when the due date is not after the baseline.
 */
export function expectedProgress(
  baselineDate: Date | null | undefined,
  dueDate: Date | null | undefined,
  at: Date | null | undefined,
): number | null {
  if (!baselineDate || !dueDate || !at) return null;
  const span = dueDate.getTime() - baselineDate.getTime();
  if (!(span > 0)) return null;
  return Math.min(1, Math.max(0, (at.getTime() - baselineDate.getTime()) / span));
}

/**
 * MET: the latest observation reached the target (progress ≥ 1), whenever it was.
 * LATE: not met and the due date has passed.
 * ON_TRACK / AT_RISK: the latest observation is at or behind the straight line from baseline to target
 * over baseline date → due date, at the observation's date.
 * Null (not assessable, never a guess) without an observation, a numeric baseline and target, or —
 * for on track / at risk — the baseline and due dates that define the line.
 */
export function measureStatus(track: MeasureTrack): MeasureStatus | null {
  const progress = progressTowardsTarget(track.baseline, track.target, track.latest);
  if (progress === null) return null;
  if (progress >= 1) return "MET";
  if (track.dueDate && track.asOf.getTime() > track.dueDate.getTime()) return "LATE";
  const expected = expectedProgress(track.baselineDate, track.dueDate, track.latestDate);
  if (expected === null) return null;
  return progress >= expected ? "ON_TRACK" : "AT_RISK";
}

/** Evidence statuses that count as delivered for national progress. */
export const deliveredStatuses = ["DELIVERED", "VERIFIED"] as const;
