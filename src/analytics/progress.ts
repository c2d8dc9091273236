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
