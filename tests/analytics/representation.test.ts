import { describe, expect, it } from "vitest";
import {
  headcountNeeded,
  isSmallNumber,
  nearestCensusYear,
  representationGap,
  representationRatio,
  share,
} from "../../src/analytics/representation.ts";

// Hertfordshire, all ranks, 31 March 2006 (Home Office table): 12 Black officers of 2,196 with a stated
// ethnicity; Census 2011 Black population share of the PFA taken as 2.8% for the arithmetic.
describe("representation formulas", () => {
  it("shares exclude nothing themselves and are null for 0/0 or missing inputs", () => {
    expect(share(12, 2196)).toBeCloseTo(0.005464, 6);
    expect(share(0, 0)).toBeNull();
    expect(share(null, 10)).toBeNull();
    expect(share(3, null)).toBeNull();
  });

  it("ratio is workforce share over population share", () => {
    expect(representationRatio(0.005464, 0.028)).toBeCloseTo(0.19514, 5);
    expect(representationRatio(0.1, 0.1)).toBe(1);
    expect(representationRatio(0.1, 0)).toBeNull();
    expect(representationRatio(null, 0.1)).toBeNull();
  });

  it("gap is population share minus workforce share, in percentage points", () => {
    expect(representationGap(0.005464, 0.028)).toBeCloseTo(2.2536, 4);
    expect(representationGap(0.2, 0.1)).toBeCloseTo(-10, 10);
    expect(representationGap(0.2, null)).toBeNull();
  });

  it("headcount needed is population share × stated workforce − group headcount", () => {
    expect(headcountNeeded(12, 2196, 0.028)).toBeCloseTo(49.488, 3);
    expect(headcountNeeded(300, 1000, 0.1)).toBeCloseTo(-200, 10);
    expect(headcountNeeded(null, 1000, 0.1)).toBeNull();
  });

  it("small numbers are 1 to 4; zero and five are not", () => {
    expect([0, 1, 4, 5, null].map((n) => isSmallNumber(n))).toEqual([false, true, true, false, false]);
  });

  it("picks the census nearest an as-at date", () => {
    expect(nearestCensusYear(new Date("2006-03-31"))).toBe(2011);
    expect(nearestCensusYear(new Date("2016-03-31"))).toBe(2021);
    expect(nearestCensusYear(new Date("2021-03-31"))).toBe(2021);
    expect(nearestCensusYear(new Date("2003-03-31"))).toBe(2011);
  });
});
