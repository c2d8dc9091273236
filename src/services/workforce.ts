import type { Prisma } from "../generated/prisma/client.ts";
import type {
  EthnicGroup,
  EthnicityBasis,
  FlowKind,
  Gender,
  PolicePower,
  PowerBreakdown,
  PowerRowRole,
  Rank,
  SubjectEthnicity,
  WorkerType,
  WorkforceEthnicity,
} from "../generated/prisma/enums.ts";
import { type DateRangeInput, dateRangeWhere, type Id, type SortDirection } from "./common.ts";

// Where/orderBy for the workforce, population and police-powers lists. Filters become SQL; a list, its
// totalCount and the force-scoped variant share one definition.

const list = <T>(values: readonly T[] | null | undefined) => (values ? { in: [...values] } : undefined);
const ids = (values: readonly Id[] | null | undefined) => (values ? { in: values.map(String) } : undefined);

/** As-at dates are 31 March; a year filter means "as at 31 March of that year". */
function yearsWhere(years: readonly number[] | null | undefined): Prisma.DateTimeFilter | undefined {
  if (!years) return undefined;
  return { in: years.map((year) => new Date(Date.UTC(year, 2, 31))) };
}

export interface WorkforceFilterInput {
  forceIds?: readonly Id[] | null;
  years?: readonly number[] | null;
  asAt?: DateRangeInput | null;
  workerTypes?: readonly WorkerType[] | null;
  ranks?: readonly Rank[] | null;
  genders?: readonly Gender[] | null;
  ethnicities?: readonly WorkforceEthnicity[] | null;
  ethnicGroups?: readonly EthnicGroup[] | null;
  /** Leave out cells the source printed as "-" (no number). */
  withHeadcount?: boolean | null;
}

export function workforceWhere(
  filter: WorkforceFilterInput | null | undefined,
): Prisma.WorkforceCountWhereInput {
  if (!filter) return {};
  const and: Prisma.WorkforceCountWhereInput[] = [
    { forceId: ids(filter.forceIds) },
    { asAt: yearsWhere(filter.years) },
    { asAt: dateRangeWhere(filter.asAt) as Prisma.DateTimeFilter | undefined },
    { workerType: list(filter.workerTypes) },
    { rank: list(filter.ranks) },
    { gender: list(filter.genders) },
    { ethnicity: list(filter.ethnicities) },
    { ethnicGroup: list(filter.ethnicGroups) },
  ];
  if (filter.withHeadcount) and.push({ headcount: { not: null } });
  return { AND: and };
}

export type WorkforceOrderField = "AS_AT" | "FORCE" | "RANK" | "ETHNIC_GROUP" | "HEADCOUNT";

const workforceColumns = {
  AS_AT: "asAt",
  FORCE: "forceId",
  RANK: "rank",
  ETHNIC_GROUP: "ethnicGroup",
  HEADCOUNT: "headcount",
} as const;

/** Default: force, as-at date, rank, gender, ethnicity — the order of the Home Office table. */
export function workforceOrderBy(
  order: { field: WorkforceOrderField; direction?: SortDirection | null } | null | undefined,
): Prisma.WorkforceCountOrderByWithRelationInput[] {
  const natural: Prisma.WorkforceCountOrderByWithRelationInput[] = [
    { forceId: "asc" },
    { asAt: "asc" },
    { rank: "asc" },
    { gender: "asc" },
    { ethnicity: "asc" },
  ];
  if (!order) return [...natural, { id: "asc" }];
  const sort: Prisma.SortOrder = order.direction === "DESC" ? "desc" : "asc";
  const column = workforceColumns[order.field];
  const first: Prisma.WorkforceCountOrderByWithRelationInput =
    column === "headcount" ? { headcount: { sort, nulls: "last" } } : { [column]: sort };
  return [first, ...natural, { id: "asc" }];
}

export interface WorkforceTotalFilterInput {
  forceIds?: readonly Id[] | null;
  years?: readonly number[] | null;
  workerTypes?: readonly WorkerType[] | null;
}

export function workforceTotalWhere(
  filter: WorkforceTotalFilterInput | null | undefined,
): Prisma.WorkforceTotalWhereInput {
  if (!filter) return {};
  return {
    forceId: ids(filter.forceIds),
    asAt: yearsWhere(filter.years),
    workerType: list(filter.workerTypes),
  };
}

export interface WorkforceFlowFilterInput {
  forceIds?: readonly Id[] | null;
  kinds?: readonly FlowKind[] | null;
  workerTypes?: readonly WorkerType[] | null;
  ranks?: readonly Rank[] | null;
  ethnicGroups?: readonly EthnicGroup[] | null;
  periodEnd?: DateRangeInput | null;
}

export function workforceFlowWhere(
  filter: WorkforceFlowFilterInput | null | undefined,
): Prisma.WorkforceFlowWhereInput {
  if (!filter) return {};
  return {
    forceId: ids(filter.forceIds),
    kind: list(filter.kinds),
    workerType: list(filter.workerTypes),
    rank: list(filter.ranks),
    ethnicGroup: list(filter.ethnicGroups),
    periodEnd: dateRangeWhere(filter.periodEnd) as Prisma.DateTimeFilter | undefined,
  };
}

export interface PopulationFilterInput {
  forceIds?: readonly Id[] | null;
  censusYears?: readonly number[] | null;
  ethnicGroups?: readonly EthnicGroup[] | null;
}

export function populationWhere(
  filter: PopulationFilterInput | null | undefined,
): Prisma.PopulationBaselineWhereInput {
  if (!filter) return {};
  return {
    forceId: ids(filter.forceIds),
    censusYear: list(filter.censusYears),
    ethnicGroup: list(filter.ethnicGroups),
  };
}

export const populationOrderBy: Prisma.PopulationBaselineOrderByWithRelationInput[] = [
  { forceId: "asc" },
  { censusYear: "asc" },
  { ethnicGroup: "asc" },
  { ethnicity: "asc" },
];

export interface PolicePowerFilterInput {
  forceIds?: readonly Id[] | null;
  powers?: readonly PolicePower[] | null;
  ethnicityBases?: readonly EthnicityBasis[] | null;
  subjectEthnicities?: readonly SubjectEthnicity[] | null;
  periodStart?: DateRangeInput | null;
  /** Every role (totals, subtotals, excluded rows) instead of the default leaves of the official total. */
  includeSubtotals?: boolean | null;
  /** Default: CATEGORY and SUBCATEGORY, the leaves of the official total. */
  roles?: readonly PowerRowRole[] | null;
  /** Default: NONE (all subjects together): one breakdown, so the rows sum to the published total. */
  breakdowns?: readonly PowerBreakdown[] | null;
  tactic?: string | null;
}

/** Row roles that are leaves of the official total: summing them (one breakdown) gives it once. */
export const leafRoles: readonly PowerRowRole[] = ["CATEGORY", "SUBCATEGORY"];

export function policePowerWhere(
  filter: PolicePowerFilterInput | null | undefined,
): Prisma.PolicePowerCountWhereInput {
  return {
    forceId: ids(filter?.forceIds),
    power: list(filter?.powers),
    ethnicityBasis: list(filter?.ethnicityBases),
    subjectEthnicity: list(filter?.subjectEthnicities),
    periodStart: dateRangeWhere(filter?.periodStart) as Prisma.DateTimeFilter | undefined,
    role: filter?.roles
      ? { in: [...filter.roles] }
      : filter?.includeSubtotals
        ? undefined
        : { in: [...leafRoles] },
    breakdown: { in: [...(filter?.breakdowns ?? ["NONE"])] },
    tactic: filter?.tactic ?? undefined,
  };
}

export const policePowerOrderBy: Prisma.PolicePowerCountOrderByWithRelationInput[] = [
  { forceId: "asc" },
  { power: "asc" },
  { periodStart: "asc" },
  { tactic: "asc" },
  { ethnicityBasis: "asc" },
  { subjectEthnicity: "asc" },
  { id: "asc" },
];
