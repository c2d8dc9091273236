import { describe, expect, it } from "vitest";
import {
  ratePerThousand,
  rateRatio,
  rateRatioBounds,
  rateRatioInterval,
  unknownShare,
} from "../../src/analytics/disproportionality.ts";

// Bedfordshire, Aug 2025–Jul 2026 (data.police.uk): 9 months, 382 Black and 1,484 White people
// searched, 640 with no recorded ethnicity; Census 2021: 39,601 Black and 507,517 White residents.
const b = { n: 382, p: 39601 };
const w = { n: 1484, p: 507517 };
const unknown = 640;

describe("disproportionality formulas", () => {
  it("annualises rates over the months submitted", () => {
    expect(ratePerThousand(b.n, b.p, 12)).toBeCloseTo((1000 * 382) / 39601, 12);
    expect(ratePerThousand(b.n, b.p, 9)).toBeCloseTo((1000 * 382) / 39601 / 0.75, 12);
    expect(ratePerThousand(0, b.p, 9)).toBe(0);
  });

  it("has no rate without population or months (never 0, never NaN)", () => {
    expect(ratePerThousand(5, 0, 12)).toBeNull();
    expect(ratePerThousand(5, 100, 0)).toBeNull();
    expect(ratePerThousand(null, 100, 12)).toBeNull();
    expect(ratePerThousand(0, 0, 0)).toBeNull();
  });

  it("rate ratio is the published formula, bit for bit", () => {
    expect(rateRatio(b.n, b.p, w.n, w.p)).toBe(3.2989360991796133);
    // Exposures scaled alike (population × months) give the same ratio up to rounding.
    expect(rateRatio(b.n, b.p * 9, w.n, w.p * 9)).toBeCloseTo(3.2989360991796133, 12);
  });

  it("rate ratio is undefined when the reference rate is 0 or a population is 0; 0 uses give 0", () => {
    expect(rateRatio(5, 100, 0, 100)).toBeNull();
    expect(rateRatio(0, 0, 0, 0)).toBeNull();
    expect(rateRatio(5, 0, 5, 100)).toBeNull();
    expect(rateRatio(0, 100, 5, 100)).toBe(0);
    expect(rateRatio(null, 100, 5, 100)).toBeNull();
  });

  it("bounds put every unknown on one side", () => {
    const bounds = rateRatioBounds(b.n, b.p, w.n, w.p, unknown)!;
    expect(bounds.lower).toBe(382 / 39601 / ((1484 + 640) / 507517));
    expect(bounds.upper).toBe((382 + 640) / 39601 / (1484 / 507517));
    expect(bounds.lower!).toBeLessThan(3.2989360991796133);
    expect(bounds.upper!).toBeGreaterThan(3.2989360991796133);
    expect(rateRatioBounds(b.n, b.p, w.n, w.p, 0)).toEqual({
      lower: 3.2989360991796133,
      upper: 3.2989360991796133,
    });
    expect(rateRatioBounds(b.n, b.p, w.n, w.p, null)).toBeNull();
    // No White searches: the lower bound exists (unknowns could be White), the upper does not.
    expect(rateRatioBounds(4, 100, 0, 100, 2)).toEqual({ lower: 2, upper: null });
  });

  it("interval is the Poisson log interval around the ratio", () => {
    const ratio = 382 / 39601 / (1484 / 507517);
    const half = 1.959963984540054 * Math.sqrt(1 / 382 + 1 / 1484);
    const interval = rateRatioInterval(b.n, b.p, w.n, w.p)!;
    expect(interval.lower).toBeCloseTo(ratio * Math.exp(-half), 12);
    expect(interval.upper).toBeCloseTo(ratio * Math.exp(half), 12);
    expect(interval.level).toBe(0.95);
    expect(rateRatioInterval(0, 100, 5, 100)).toBeNull();
    expect(rateRatioInterval(5, 100, 0, 100)).toBeNull();
  });

  it("unknown share is of all counted uses", () => {
    expect(unknownShare(640, 2506)).toBe(640 / 2506);
    expect(unknownShare(0, 0)).toBeNull();
    expect(unknownShare(null, 10)).toBeNull();
  });
});
