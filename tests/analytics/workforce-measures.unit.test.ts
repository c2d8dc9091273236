import { describe, expect, it } from "vitest";
import { change, differenceInterval, exceedsUncertainty } from "../../src/analytics/change.ts";
import { wilsonInterval } from "../../src/analytics/intervals.ts";
import { rankLeague } from "../../src/analytics/league.ts";
import { rankBands, ranksFor } from "../../src/analytics/rank-bands.ts";
import { workforceMeasure } from "../../src/analytics/workforce-measures.ts";

const level = 0.95;

describe("workforce measures from raw counts", () => {
  const inputs = { headcount: 12, stated: 2196, populationShare: 0.028, level };

  it("gives each measure in its own units with the share's Wilson interval mapped across", () => {
    const w = wilsonInterval(12, 2196)!;
    expect(workforceMeasure("HEADCOUNT", inputs)).toEqual({ value: 12, interval: null });
    expect(workforceMeasure("SHARE", inputs)).toEqual({ value: 12 / 2196, interval: w });
    const ratio = workforceMeasure("REPRESENTATION_RATIO", inputs);
    expect(ratio.value).toBe(12 / 2196 / 0.028);
    expect(ratio.interval).toEqual({ lower: w.lower / 0.028, upper: w.upper / 0.028, level });
    const gap = workforceMeasure("GAP_PERCENTAGE_POINTS", inputs);
    expect(gap.value).toBeCloseTo((0.028 - 12 / 2196) * 100, 12);
    expect(gap.interval!.lower).toBeCloseTo((0.028 - w.upper) * 100, 12);
    expect(gap.interval!.upper).toBeCloseTo((0.028 - w.lower) * 100, 12);
  });

  it("is null, never 0 or NaN, for 0/0, all not stated, zero population or no data", () => {
    for (const measure of ["SHARE", "REPRESENTATION_RATIO", "GAP_PERCENTAGE_POINTS"] as const) {
      expect(workforceMeasure(measure, { ...inputs, headcount: 0, stated: 0 })).toEqual({
        value: null,
        interval: null,
      });
      expect(workforceMeasure(measure, { ...inputs, headcount: null, stated: null })).toEqual({
        value: null,
        interval: null,
      });
    }
    expect(workforceMeasure("REPRESENTATION_RATIO", { ...inputs, populationShare: 0 }).value).toBeNull();
    expect(workforceMeasure("GAP_PERCENTAGE_POINTS", { ...inputs, populationShare: null }).value).toBeNull();
    // 0 of a stated workforce is a real 0 with an interval.
    const none = workforceMeasure("SHARE", { ...inputs, headcount: 0 });
    expect(none.value).toBe(0);
    expect(none.interval!.lower).toBe(0);
  });
});

describe("change over a span", () => {
  it("is a difference and a ratio; the ratio is undefined from 0", () => {
    expect(change(0.02, 0.03)).toEqual({ difference: 0.03 - 0.02, ratio: 0.03 / 0.02 });
    expect(change(0, 0.01)).toEqual({ difference: 0.01, ratio: null });
    expect(change(null, 0.01)).toBeNull();
  });

  it("exceeds the uncertainty only when the Newcombe interval leaves out 0", () => {
    const est = (k: number, n: number) => ({ estimate: k / n, interval: wilsonInterval(k, n)! });
    const small = differenceInterval(est(10, 1000), est(12, 1000))!;
    expect(small.lower).toBeLessThan(0);
    expect(small.upper).toBeGreaterThan(0);
    expect(exceedsUncertainty(small)).toBe(false);
    const large = differenceInterval(est(100, 10000), est(300, 10000))!;
    expect(exceedsUncertainty(large)).toBe(true);
    // Newcombe (1998) example: 56/70 − 48/80 = 0.2, 95% hybrid score interval 0.0524 to 0.3339.
    const newcombe = differenceInterval(est(48, 80), est(56, 70))!;
    expect(newcombe.lower).toBeCloseTo(0.0524, 4);
    expect(newcombe.upper).toBeCloseTo(0.3339, 4);
    expect(differenceInterval(null, est(1, 2))).toBeNull();
    expect(exceedsUncertainty(null)).toBeNull();
  });
});

describe("league tables", () => {
  const entries = [
    { key: "a", value: 3, suppressed: false },
    { key: "b", value: 5, suppressed: false },
    { key: "c", value: 3, suppressed: false },
    { key: "d", value: null, suppressed: true },
    { key: "e", value: 1, suppressed: false },
    { key: "f", value: null, suppressed: false },
  ];

  it("ranks with ties sharing a rank (1224) and unranked entries last", () => {
    const table = rankLeague(entries);
    expect(table.map((p) => [p.key, p.rank, p.tiedWith])).toEqual([
      ["b", 1, 0],
      ["a", 2, 1],
      ["c", 2, 1],
      ["e", 4, 0],
      ["d", null, 0],
      ["f", null, 0],
    ]);
    expect(table.map((p) => p.percentile)).toEqual([100, 50, 50, 0, null, null]);
  });

  it("ranks ascending when lower is better; percentiles stay by value", () => {
    const table = rankLeague(entries, false);
    expect(table.map((p) => [p.key, p.rank])).toEqual([
      ["e", 1],
      ["a", 2],
      ["c", 2],
      ["b", 4],
      ["d", null],
      ["f", null],
    ]);
    expect(table[0]!.percentile).toBe(0);
  });

  it("handles one entry and none", () => {
    expect(rankLeague([{ key: 1, value: 0, suppressed: false }])[0]).toMatchObject({
      rank: 1,
      percentile: 50,
    });
    expect(rankLeague([])).toEqual([]);
  });
});

describe("rank bands", () => {
  it("maps bands and lists to ranks", () => {
    expect(ranksFor("SERGEANT_TO_CHIEF_INSPECTOR", null)).toEqual([
      "SERGEANT",
      "INSPECTOR",
      "CHIEF_INSPECTOR",
    ]);
    expect(ranksFor(null, ["CONSTABLE", "CONSTABLE"])).toEqual(["CONSTABLE"]);
    expect(ranksFor(null, [])).toBeNull();
    expect(() => ranksFor("CONSTABLES", ["SERGEANT"])).toThrow(RangeError);
    expect(rankBands.SUPERINTENDENT_AND_ABOVE).toContain("CHIEF_OFFICER");
  });
});
