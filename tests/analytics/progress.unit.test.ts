import { describe, expect, it } from "vitest";
import { progressTowardsTarget } from "../../src/analytics/progress.ts";

describe("progressTowardsTarget", () => {
  it("is the fraction of the way from baseline to target", () => {
    expect(progressTowardsTarget(0, 24, 6)).toBe(0.25);
    expect(progressTowardsTarget(10, 20, 15)).toBe(0.5);
    expect(progressTowardsTarget(10, 20, 10)).toBe(0);
    expect(progressTowardsTarget(10, 20, 20)).toBe(1);
  });

  it("works for a target below the baseline (a reduction)", () => {
    // e.g. a disproportionality ratio from 4.0 down to 2.0, now 3.5
    expect(progressTowardsTarget(4, 2, 3.5)).toBe(0.25);
    expect(progressTowardsTarget(4, 2, 2)).toBe(1);
  });

  it("is not clamped: overshoot is above 1, moving away from the target is negative", () => {
    expect(progressTowardsTarget(0, 24, 30)).toBe(1.25);
    expect(progressTowardsTarget(10, 20, 5)).toBe(-0.5);
    expect(progressTowardsTarget(4, 2, 5)).toBe(-0.5);
  });

  it("is null, not 0, when a value is missing", () => {
    expect(progressTowardsTarget(null, 24, 6)).toBeNull();
    expect(progressTowardsTarget(0, null, 6)).toBeNull();
    expect(progressTowardsTarget(0, 24, null)).toBeNull();
    expect(progressTowardsTarget(undefined, undefined, undefined)).toBeNull();
  });

  it("is null when the target equals the baseline or a value is not finite", () => {
    expect(progressTowardsTarget(5, 5, 5)).toBeNull();
    expect(progressTowardsTarget(5, 5, 7)).toBeNull();
    expect(progressTowardsTarget(Number.NaN, 10, 5)).toBeNull();
    expect(progressTowardsTarget(0, Number.POSITIVE_INFINITY, 5)).toBeNull();
  });
});
