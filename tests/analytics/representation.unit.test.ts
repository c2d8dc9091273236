import { describe, expect, it } from "vitest";
import {
  cellsToSuppress,
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

describe("cellsToSuppress", () => {
  const counts = (entries: [string, number | null][]) => new Map(entries);

  it("hides nothing when no count is 1 to 4", () => {
    expect(
      cellsToSuppress(
        counts([
          ["ASIAN", 21],
          ["BLACK", 0],
          ["WHITE", 2137],
        ]),
      ),
    ).toEqual(new Set());
  });

  it("hides a lone small cell and the smallest non-zero other, so the total cannot give it away", () => {
    const hidden = cellsToSuppress(
      counts([
        ["ASIAN", 21],
        ["BLACK", 12],
        ["MIXED", 22],
        ["WHITE", 2137],
        ["OTHER", 4],
        ["NONE", 0],
      ]),
    );
    expect(hidden).toEqual(new Set(["OTHER", "BLACK"]));
  });

  it("hides every small cell and adds no complement when two or more are hidden already", () => {
    const hidden = cellsToSuppress(
      counts([
        ["ASIAN", 1],
        ["BLACK", 3],
        ["WHITE", 200],
        ["MIXED", null],
      ]),
    );
    expect(hidden).toEqual(new Set(["ASIAN", "BLACK"]));
  });

  it("leaves the lone small cell alone when there is nothing to pair it with", () => {
    expect(
      cellsToSuppress(
        counts([
          ["BLACK", 2],
          ["ASIAN", 0],
          ["MIXED", null],
        ]),
      ),
    ).toEqual(new Set(["BLACK"]));
  });
});
