import type { EthnicGroup, SubjectEthnicity, WorkforceEthnicity } from "../generated/prisma/enums.ts";

// Harmonised ethnic groups: one explicit mapping per source and classification to the groups a
// comparison uses, so a comparison never pairs mismatched groups.
//
// The Home Office workforce tables before 2021 count Chinese officers under "Chinese or Other Ethnic
// Group" (so their Asian excludes Chinese); from 2021 they use "Other ethnic group" with Chinese in
// Asian, as both censuses do. Census 2011 is held in its 18 detailed categories, so Chinese residents
// can be moved to Other to match the pre-2021 tables. Census 2021 is held in 5 broad groups only:
// Chinese cannot be taken out of its Asian group, so a pre-2021 workforce compared with Census 2021
// has no like-for-like Asian or Other group (they are refused: null), while Black, Mixed, White and
// minority ethnic (Asian + Other together) still line up.

/** The comparison groups (the census broad groups) plus NOT_STATED, which only the workforce has. */
export const comparisonGroups = ["ASIAN", "BLACK", "MIXED", "WHITE", "OTHER"] as const;
export type ComparisonGroup = (typeof comparisonGroups)[number];

export type EthnicClassification =
  | "HOME_OFFICE_PRE_2021"
  | "HOME_OFFICE_2021"
  | "CENSUS_2011"
  | "CENSUS_2021";

/** How a workforce classification and a census classification are brought onto the same groups. */
export type ComparisonBasis =
  /** Home Office pre-2021 vs Census 2011: census Chinese counted in OTHER (as "Chinese or Other"). */
  | "CHINESE_IN_OTHER"
  /** Home Office 2021 onward vs either census: Chinese in ASIAN on both sides. */
  | "CHINESE_IN_ASIAN"
  /** Home Office pre-2021 vs Census 2021: ASIAN and OTHER not comparable separately (only together). */
  | "ASIAN_OTHER_COMBINED_ONLY";

/** The first as-at date of the Home Office 2021 classification ("Other ethnic group", Chinese in Asian). */
export const homeOffice2021From = new Date(Date.UTC(2021, 2, 31));

export function workforceClassification(asAt: Date): EthnicClassification {
  return asAt.getTime() >= homeOffice2021From.getTime() ? "HOME_OFFICE_2021" : "HOME_OFFICE_PRE_2021";
}

export function censusClassification(censusYear: number): EthnicClassification {
  if (censusYear === 2011) return "CENSUS_2011";
  if (censusYear === 2021) return "CENSUS_2021";
  throw new RangeError(`No ethnic-group mapping for census ${censusYear}`);
}

/** Workforce side, per Home Office classification: the stored ethnicity → comparison group. */
export const workforceMapping: Record<
  "HOME_OFFICE_PRE_2021" | "HOME_OFFICE_2021",
  Partial<Record<WorkforceEthnicity, ComparisonGroup | "NOT_STATED">>
> = {
  HOME_OFFICE_PRE_2021: {
    ASIAN: "ASIAN", // Indian, Pakistani, Bangladeshi, other Asian: no Chinese
    BLACK: "BLACK",
    MIXED: "MIXED",
    WHITE: "WHITE",
    CHINESE_OR_OTHER: "OTHER", // "Chinese or Other Ethnic Group (pre 2021 category)"
    NOT_STATED: "NOT_STATED",
  },
  HOME_OFFICE_2021: {
    ASIAN: "ASIAN", // includes Chinese
    BLACK: "BLACK",
    MIXED: "MIXED",
    WHITE: "WHITE",
    OTHER: "OTHER", // "Other ethnic group": Arab and any other
    NOT_STATED: "NOT_STATED",
  },
};

/** Census 2011's detailed category for Chinese residents (QS201EW), the one category that moves. */
export const census2011Chinese = "Asian/Asian British: Chinese";

/**
 * Census side: a stored population row (broad group, detailed category) → comparison group under a
 * basis, or null when the row cannot be placed in a like-for-like group (Census 2021 Asian, which
 * holds Chinese, against a pre-2021 workforce).
 */
export function censusComparisonGroup(
  basis: ComparisonBasis,
  broad: EthnicGroup,
  detailed: string,
): ComparisonGroup | null {
  if (broad === "NOT_STATED") return null;
  if (basis === "CHINESE_IN_OTHER" && detailed === census2011Chinese) return "OTHER";
  if (basis === "ASIAN_OTHER_COMBINED_ONLY" && (broad === "ASIAN" || broad === "OTHER")) return null;
  return broad;
}

export function comparisonBasis(
  workforce: EthnicClassification,
  census: EthnicClassification,
): ComparisonBasis {
  if (workforce === "HOME_OFFICE_2021") return "CHINESE_IN_ASIAN";
  if (workforce !== "HOME_OFFICE_PRE_2021")
    throw new RangeError(`${workforce} is not a workforce classification`);
  return census === "CENSUS_2011" ? "CHINESE_IN_OTHER" : "ASIAN_OTHER_COMBINED_ONLY";
}

/** The basis for a workforce as-at date against a census year. */
export function basisFor(asAt: Date, censusYear: number): ComparisonBasis {
  return comparisonBasis(workforceClassification(asAt), censusClassification(censusYear));
}

/** Groups that can be compared one by one under a basis (MINORITY_ETHNIC is always comparable). */
export function comparableGroups(basis: ComparisonBasis): readonly ComparisonGroup[] {
  return basis === "ASIAN_OTHER_COMBINED_ONLY"
    ? comparisonGroups.filter((g) => g !== "ASIAN" && g !== "OTHER")
    : comparisonGroups;
}

export const basisDescriptions: Record<ComparisonBasis, string> = {
  CHINESE_IN_OTHER:
    "Home Office pre-2021 groups against Census 2011 with Chinese residents moved from Asian to Other, as the Home Office's 'Chinese or Other' group counts them.",
  CHINESE_IN_ASIAN:
    "Home Office 2021 groups (Chinese in Asian, 'Other ethnic group') against the census's own broad groups.",
  ASIAN_OTHER_COMBINED_ONLY:
    "Home Office pre-2021 groups against Census 2021, whose Asian group holds Chinese residents while the workforce's Other does: Asian and Other are not comparable one by one (null); Black, Mixed, White and minority ethnic are.",
};

/** Sums stored census rows into comparison groups under a basis; rows with no like-for-like group are left out. */
export function harmonisePopulation(
  basis: ComparisonBasis,
  rows: Iterable<{ group: EthnicGroup; ethnicity: string; population: number }>,
): { byGroup: Map<ComparisonGroup, number>; total: number } {
  const byGroup = new Map<ComparisonGroup, number>();
  let total = 0;
  for (const row of rows) {
    if (row.group === "NOT_STATED") continue;
    total += row.population;
    const group = censusComparisonGroup(basis, row.group, row.ethnicity);
    if (group) byGroup.set(group, (byGroup.get(group) ?? 0) + row.population);
  }
  return { byGroup, total };
}

/** A police-powers subject's harmonised group; UNKNOWN: no ethnicity recorded ("Not reported", "Don't know"). */
export type PowerGroup = ComparisonGroup | "UNKNOWN";

/**
 * Police-powers subject ethnicity → harmonised group, for comparison with a census under a basis.
 * Officer-perceived Chinese (published separately in 2018/19 Taser tables) goes with Asian against the
 * censuses' own groups and with Other under CHINESE_IN_OTHER. ALL (the source's row total) is no group.
 */
export function policePowerMapping(
  basis: ComparisonBasis = "CHINESE_IN_ASIAN",
): ReadonlyArray<{ subject: SubjectEthnicity; group: PowerGroup }> {
  return [
    { subject: "ASIAN", group: "ASIAN" },
    { subject: "BLACK", group: "BLACK" },
    { subject: "CHINESE", group: basis === "CHINESE_IN_OTHER" ? "OTHER" : "ASIAN" },
    { subject: "MIXED", group: "MIXED" },
    { subject: "WHITE", group: "WHITE" },
    { subject: "OTHER", group: "OTHER" },
    { subject: "UNKNOWN", group: "UNKNOWN" },
    { subject: "DONT_KNOW", group: "UNKNOWN" },
  ];
}
