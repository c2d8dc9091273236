import { type Interval, zForLevel } from "./intervals.ts";

// Disproportionality in the use of police powers (domain notes, "Metrics"):
//   rate per 1,000 = 1000 × uses_g ÷ population_g, annualised over the months actually submitted
//   (part year of m months: divide by m/12; a missing month is missing, not zero);
//   rate ratio g:W = (N_g/P_g) ÷ (N_W/P_W), per force area as well as nationally;
//   bounds for uses with no recorded ethnicity U: low = (N_g/P_g)/((N_W+U)/P_W), high = ((N_g+U)/P_g)/(N_W/P_W).
// Exposure is population × months: for one force (or an area whose forces all sent the same months)
// the months cancel and the ratio is exactly (N_g/P_g)/(N_W/P_W), the published figure. Every function
// returns null, never 0 or NaN, when the inputs do not define the figure.

const usable = (n: number | null | undefined): n is number => n != null && Number.isFinite(n);

/** Annual rate per 1,000 people: 1000 × uses ÷ (population × months/12). Null without population or months. */
export function ratePerThousand(
  uses: number | null | undefined,
  population: number | null | undefined,
  months: number | null | undefined,
): number | null {
  if (!usable(uses) || !usable(population) || !usable(months) || population <= 0 || months <= 0) return null;
  return (1000 * uses) / ((population * months) / 12);
}

/**
 * Rate ratio (a ratio, not a difference) of a comparison group to a reference group: (N_c/E_c) ÷ (N_r/E_r),
 * E = exposure (population, or population × months when forces sent different months). Null when an
 * exposure is not positive or the reference group has no uses (its rate is 0: the ratio is undefined).
 * 0 is a real answer: the comparison group had no uses.
 */
export function rateRatio(
  comparisonUses: number | null | undefined,
  comparisonExposure: number | null | undefined,
  referenceUses: number | null | undefined,
  referenceExposure: number | null | undefined,
): number | null {
  if (!usable(comparisonUses) || !usable(referenceUses)) return null;
  if (!usable(comparisonExposure) || !usable(referenceExposure)) return null;
  if (comparisonExposure <= 0 || referenceExposure <= 0 || referenceUses <= 0) return null;
  return comparisonUses / comparisonExposure / (referenceUses / referenceExposure);
}

/** The range the ratio could take if every use with no recorded ethnicity belonged to one side. */
export interface RatioBounds {
  /** All unknowns in the reference group: (N_c/E_c) ÷ ((N_r+U)/E_r). */
  lower: number | null;
  /** All unknowns in the comparison group: ((N_c+U)/E_c) ÷ (N_r/E_r). */
  upper: number | null;
}

/** Bounds for unknown ethnicity; null when the unknown count itself is missing. */
export function rateRatioBounds(
  comparisonUses: number | null | undefined,
  comparisonExposure: number | null | undefined,
  referenceUses: number | null | undefined,
  referenceExposure: number | null | undefined,
  unknownUses: number | null | undefined,
): RatioBounds | null {
  if (!usable(unknownUses) || !usable(comparisonUses) || !usable(referenceUses)) return null;
  const lower = rateRatio(comparisonUses, comparisonExposure, referenceUses + unknownUses, referenceExposure);
  const upper = rateRatio(comparisonUses + unknownUses, comparisonExposure, referenceUses, referenceExposure);
  return lower === null && upper === null ? null : { lower, upper };
}

/**
 * Confidence interval of a rate ratio, treating uses as Poisson counts over fixed populations:
 * exp(ln RR ± z √(1/N_c + 1/N_r)). Null when either count is 0 (the log interval is undefined there).
 */
export function rateRatioInterval(
  comparisonUses: number | null | undefined,
  comparisonExposure: number | null | undefined,
  referenceUses: number | null | undefined,
  referenceExposure: number | null | undefined,
  level = 0.95,
): Interval | null {
  const ratio = rateRatio(comparisonUses, comparisonExposure, referenceUses, referenceExposure);
  if (ratio === null || !comparisonUses || !referenceUses) return null;
  const half = zForLevel(level) * Math.sqrt(1 / comparisonUses + 1 / referenceUses);
  const log = Math.log(ratio);
  return { lower: Math.exp(log - half), upper: Math.exp(log + half), level };
}

/** Share of all uses with no recorded ethnicity: a high share makes the ratio unreliable. */
export function unknownShare(
  unknownUses: number | null | undefined,
  allUses: number | null | undefined,
): number | null {
  if (!usable(unknownUses) || !usable(allUses) || allUses <= 0) return null;
  return unknownUses / allUses;
}
