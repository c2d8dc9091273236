import { type Interval, scaleInterval, wilsonInterval } from "./intervals.ts";
import { representationGap, representationRatio, share } from "./representation.ts";

// One workforce measure of one group from raw counts: the value and its interval in the measure's
// units. The interval carries only the workforce's uncertainty (Wilson score on the share); the census
// population is a count of everyone, taken as fixed.

export type WorkforceMeasure = "HEADCOUNT" | "SHARE" | "REPRESENTATION_RATIO" | "GAP_PERCENTAGE_POINTS";

export interface MeasureInputs {
  /** Headcount of the group. */
  headcount: number | null;
  /** Headcount with a stated ethnicity (the denominator of shares). */
  stated: number | null;
  /** The group's share of the census population of the same forces. */
  populationShare: number | null;
  level: number;
}

export interface MeasureValue {
  value: number | null;
  interval: Interval | null;
}

/** Maps a share interval into the measure's units (exactly: each measure is monotone in the share). */
export function shareIntervalIn(
  measure: WorkforceMeasure,
  interval: Interval | null,
  populationShare: number | null,
): Interval | null {
  if (!interval) return null;
  switch (measure) {
    case "HEADCOUNT":
      return null;
    case "SHARE":
      return interval;
    case "REPRESENTATION_RATIO":
      return scaleInterval(interval, populationShare);
    case "GAP_PERCENTAGE_POINTS": {
      if (populationShare == null) return null;
      // The gap falls as the share rises: the share's upper end gives the gap's lower end.
      return {
        lower: (populationShare - interval.upper) * 100,
        upper: (populationShare - interval.lower) * 100,
        level: interval.level,
      };
    }
  }
}

export function workforceMeasure(measure: WorkforceMeasure, inputs: MeasureInputs): MeasureValue {
  const { headcount, stated, populationShare, level } = inputs;
  if (measure === "HEADCOUNT") return { value: headcount, interval: null };
  const groupShare = share(headcount, stated);
  const shareInterval =
    headcount == null || stated == null || headcount > stated
      ? null
      : wilsonInterval(headcount, stated, level);
  const value =
    measure === "SHARE"
      ? groupShare
      : measure === "REPRESENTATION_RATIO"
        ? representationRatio(groupShare, populationShare)
        : representationGap(groupShare, populationShare);
  return {
    value,
    interval: value === null ? null : shareIntervalIn(measure, shareInterval, populationShare),
  };
}

/**
 * Maps an interval for a difference of shares into the measure's units, for a population share that
 * is the same at both ends: ×1 (share), ÷ population share (ratio), −100× (gap, whose sign flips).
 */
export function shareDifferenceIn(
  measure: WorkforceMeasure,
  interval: Interval | null,
  populationShare: number | null,
): Interval | null {
  if (!interval || measure === "HEADCOUNT") return null;
  if (measure === "SHARE") return interval;
  if (measure === "REPRESENTATION_RATIO") return scaleInterval(interval, populationShare);
  return { lower: -interval.upper * 100, upper: -interval.lower * 100, level: interval.level };
}
