import { describe, expect, it } from "vitest";
import {
  censusGapYears,
  headcountNeeded,
  nearestCensusYear,
  notStatedBounds,
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

  it("picks the census nearest an as-at date", () => {
    expect(nearestCensusYear(new Date("2006-03-31"))).toBe(2011);
    expect(nearestCensusYear(new Date("2016-03-31"))).toBe(2021);
    expect(nearestCensusYear(new Date("2021-03-31"))).toBe(2021);
    expect(nearestCensusYear(new Date("2003-03-31"))).toBe(2011);
  });

  it("bounds a share by the not-stated: none of them in the group vs all of them", () => {
    // 13 Black of 900 stated and 92 not stated (9.3% of 992): 1.3% to 10.6% of the whole workforce.
    const bounds = notStatedBounds(13, 900, 92)!;
    expect(bounds.lower).toBeCloseTo(13 / 992, 12);
    expect(bounds.upper).toBeCloseTo(105 / 992, 12);
    expect(notStatedBounds(13, 900, null)).toBeNull();
    expect(notStatedBounds(0, 0, 0)).toBeNull();
  });

  it("measures the years between a workforce date and census day", () => {
    expect(censusGapYears(new Date("2006-03-31"), 2011)).toBeCloseTo(4.99, 2);
    expect(censusGapYears(new Date("2021-03-31"), 2021)).toBeCloseTo(10 / 365.2425, 9);
    expect(censusGapYears(new Date("2021-03-31"), 2001)).toBeNull();
  });
});
