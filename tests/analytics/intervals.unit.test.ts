import { describe, expect, it } from "vitest";
import { scaleInterval, wilsonInterval, zForLevel } from "../../src/analytics/intervals.ts";

describe("wilsonInterval", () => {
  it("matches the textbook values for 5 of 10 and 0 of 10 (95%)", () => {
    const half = wilsonInterval(5, 10)!;
    expect(half.lower).toBeCloseTo(0.2366, 4);
    expect(half.upper).toBeCloseTo(0.7634, 4);
    const none = wilsonInterval(0, 10)!;
    expect(none.lower).toBe(0);
    expect(none.upper).toBeCloseTo(0.2775, 4);
  });

  it("is 1 at the top for n of n and narrows as the sample grows", () => {
    expect(wilsonInterval(10, 10)!.upper).toBe(1);
    const small = wilsonInterval(12, 100)!;
    const large = wilsonInterval(120, 1000)!;
    expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
    expect(small.lower).toBeLessThan(0.12);
    expect(small.upper).toBeGreaterThan(0.12);
  });

  it("has no interval for 0 trials and refuses impossible counts", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
  });

  it("widens with the confidence level and refuses levels it has no z for", () => {
    const ninety = wilsonInterval(30, 100, 0.9)!;
    const ninetyNine = wilsonInterval(30, 100, 0.99)!;
    expect(ninetyNine.upper - ninetyNine.lower).toBeGreaterThan(ninety.upper - ninety.lower);
    expect(zForLevel(0.95)).toBeCloseTo(1.96, 2);
    expect(() => zForLevel(0.8)).toThrow(/0.9, 0.95 or 0.99/);
  });
});

describe("scaleInterval", () => {
  it("divides both ends, and has nothing to scale by 0 or null", () => {
    expect(scaleInterval({ lower: 0.1, upper: 0.2, level: 0.95 }, 0.4)).toEqual({
      lower: 0.25,
      upper: 0.5,
      level: 0.95,
    });
    expect(scaleInterval({ lower: 0.1, upper: 0.2, level: 0.95 }, 0)).toBeNull();
    expect(scaleInterval(null, 0.4)).toBeNull();
  });
});
