import { describe, expect, it } from "vitest";
import { expectedProgress, measureStatus } from "../../src/analytics/progress.ts";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
// Hertfordshire Equality Objective 4 style: recruit 24 BME employees (baseline 0) from 2016 to 2020.
const base = {
  baseline: 0,
  baselineDate: d("2016-04-01"),
  target: 24,
  dueDate: d("2020-03-31"),
};

describe("measure status", () => {
  it("expected progress is the straight line from baseline date to due date, clamped to 0–1", () => {
    expect(expectedProgress(d("2016-01-01"), d("2016-01-11"), d("2016-01-06"))).toBe(0.5);
    expect(expectedProgress(d("2016-01-01"), d("2016-01-11"), d("2015-01-01"))).toBe(0);
    expect(expectedProgress(d("2016-01-01"), d("2016-01-11"), d("2017-01-01"))).toBe(1);
    expect(expectedProgress(d("2016-01-01"), d("2016-01-01"), d("2016-01-01"))).toBeNull();
    expect(expectedProgress(null, d("2016-01-01"), d("2016-01-01"))).toBeNull();
  });

  it("on track at or above the line, at risk below it", () => {
    // Halfway through the period (2018-04-01 ≈ 0.5): 12 of 24 is on the line.
    const mid = { ...base, latestDate: d("2018-04-01"), asOf: d("2018-05-01") };
    expect(measureStatus({ ...mid, latest: 13 })).toBe("ON_TRACK");
    expect(measureStatus({ ...mid, latest: 6 })).toBe("AT_RISK");
  });

  it("met once the target is reached, even after the due date; late when not met by then", () => {
    expect(measureStatus({ ...base, latest: 24, latestDate: d("2021-01-01"), asOf: d("2021-02-01") })).toBe(
      "MET",
    );
    expect(measureStatus({ ...base, latest: 30, latestDate: d("2017-01-01"), asOf: d("2017-02-01") })).toBe(
      "MET",
    );
    expect(measureStatus({ ...base, latest: 20, latestDate: d("2019-12-01"), asOf: d("2020-04-01") })).toBe(
      "LATE",
    );
  });

  it("works for reductions (target below baseline)", () => {
    const ratio = { baseline: 4, target: 2, baselineDate: d("2024-01-01"), dueDate: d("2026-01-01") };
    expect(measureStatus({ ...ratio, latest: 2.9, latestDate: d("2025-01-01"), asOf: d("2025-01-01") })).toBe(
      "ON_TRACK",
    );
    expect(measureStatus({ ...ratio, latest: 3.8, latestDate: d("2025-01-01"), asOf: d("2025-01-01") })).toBe(
      "AT_RISK",
    );
  });

  it("is not assessable (null) without an observation, numbers, or the dates of the line", () => {
    const at = { latestDate: d("2018-01-01"), asOf: d("2018-01-01") };
    expect(measureStatus({ ...base, ...at, latest: null })).toBeNull();
    expect(measureStatus({ ...base, ...at, latest: 5, target: null })).toBeNull();
    expect(measureStatus({ ...base, ...at, latest: 5, baselineDate: null })).toBeNull();
    expect(measureStatus({ ...base, ...at, latest: 5, target: 0 })).toBeNull(); // target = baseline
  });
});
