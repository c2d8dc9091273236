/** A two-sided confidence interval for a proportion or a quantity derived from one. */
export interface Interval {
  lower: number;
  upper: number;
  /** Confidence level, e.g. 0.95. */
  level: number;
}

/** z for a two-sided interval; only the levels users ask for, so no inverse-normal approximation. */
const zByLevel: Record<string, number> = {
  "0.9": 1.6448536269514722,
  "0.95": 1.959963984540054,
  "0.99": 2.5758293035489004,
};

/** The confidence levels the hub computes intervals for. */
export const confidenceLevels: readonly number[] = Object.keys(zByLevel).map(Number);

export function zForLevel(level: number): number {
  const z = zByLevel[String(level)];
  if (z === undefined) throw new RangeError(`Unsupported confidence level ${level}; use 0.9, 0.95 or 0.99.`);
  return z;
}

/**
 * Wilson score interval for `successes` out of `trials`. Unlike the normal (Wald) interval it stays
 * inside [0, 1] and is honest for small counts and for 0 or n successes — exactly the cells that matter
 * here (one Black chief officer). Null when there are no trials: 0/0 has no proportion.
 */
export function wilsonInterval(successes: number, trials: number, level = 0.95): Interval | null {
  if (!Number.isFinite(trials) || trials <= 0) return null;
  if (successes < 0 || successes > trials)
    throw new RangeError(`${successes} successes out of ${trials} trials`);
  const z = zForLevel(level);
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials))) / (1 + z2n);
  return {
    lower: successes === 0 ? 0 : Math.max(0, centre - half),
    upper: successes === trials ? 1 : Math.min(1, centre + half),
    level,
  };
}

/** Divides both ends by a positive constant (a ratio to a fixed baseline keeps the interval's coverage). */
export function scaleInterval(interval: Interval | null, divisor: number | null): Interval | null {
  if (!interval || divisor == null || !(divisor > 0)) return null;
  return { lower: interval.lower / divisor, upper: interval.upper / divisor, level: interval.level };
}
