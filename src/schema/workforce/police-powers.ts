import { builder } from "../../builder.ts";
import { policePowerOrderBy, policePowerWhere } from "../../services/workforce.ts";
import { pageSize } from "../common/pagination.ts";
import { ForceRef } from "../forces/types.ts";
import {
  DataQualityFlagEnum,
  EthnicityBasisEnum,
  PolicePowerEnum,
  PowerBreakdownEnum,
  PowerRowRoleEnum,
  SubjectEthnicityEnum,
  WorkforceDateRange,
  workforce,
} from "./enums.ts";

export const PolicePowerCountRef = builder.prismaObject("PolicePowerCount", {
  description:
    "How often a force used a power (stop and search, use of force, Taser) on people of one ethnicity in a period.",
  ...workforce,
  fields: (t) => ({
    force: t.relation("force"),
    power: t.expose("power", { type: PolicePowerEnum }),
    tactic: t.exposeString("tactic", {
      description: 'Tactic or legislation; "ALL" for the power as a whole.',
    }),
    category: t.exposeString("category", { nullable: true }),
    isSubtotal: t.exposeBoolean("isSubtotal", {
      description:
        "A total or subtotal row of the source (role TOTAL or SUBTOTAL): do not add it to its parts.",
    }),
    role: t.expose("role", {
      type: PowerRowRoleEnum,
      description:
        "The row's place in the source table: only CATEGORY and SUBCATEGORY rows add up to the official total.",
    }),
    parentTactic: t.exposeString("parentTactic", {
      nullable: true,
      description: "The tactic of the row this one sums into.",
    }),
    breakdown: t.expose("breakdown", {
      type: PowerBreakdownEnum,
      description: "The dimension the row splits its tactic by. Sum rows of one breakdown only.",
    }),
    qualityFlags: t.field({
      type: [DataQualityFlagEnum],
      description: "Where the source cannot tell zero, nil and not published apart (data/README.md).",
      resolve: (row) => row.qualityFlags,
    }),
    periodStart: t.expose("periodStart", { type: "Date" }),
    periodEnd: t.expose("periodEnd", { type: "Date" }),
    monthsCovered: t.exposeInt("monthsCovered", {
      description: "Months of the period the force submitted data for. A missing month is missing, not zero.",
    }),
    ethnicityBasis: t.expose("ethnicityBasis", { type: EthnicityBasisEnum }),
    subjectEthnicity: t.expose("subjectEthnicity", { type: SubjectEthnicityEnum }),
    count: t.expose("count", { type: "NonNegativeInt" }),
    sourceId: t.exposeID("sourceId", {
      nullable: true,
      description: "The publication the count comes from.",
    }),
  }),
});

export const PolicePowerFilter = builder.inputType("PolicePowerFilter", {
  ...workforce,
  fields: (t) => ({
    forceIds: t.idList({ required: false }),
    powers: t.field({ type: [PolicePowerEnum], required: false }),
    ethnicityBases: t.field({ type: [EthnicityBasisEnum], required: false }),
    subjectEthnicities: t.field({ type: [SubjectEthnicityEnum], required: false }),
    periodStart: t.field({ type: WorkforceDateRange, required: false }),
    tactic: t.string({ required: false, description: 'Exact tactic, e.g. "ALL" or "Baton drawn".' }),
    includeSubtotals: t.boolean({
      required: false,
      description: "Every role (totals, subtotals, rows outside the official total), not only the leaves.",
    }),
    roles: t.field({
      type: [PowerRowRoleEnum],
      required: false,
      description: "Default: CATEGORY and SUBCATEGORY, the leaves of the official total.",
    }),
    breakdowns: t.field({
      type: [PowerBreakdownEnum],
      required: false,
      description:
        "Default: [NONE] (all subjects). ETHNICITY gives the per-ethnicity rows; do not add the two.",
    }),
  }),
});

builder.queryFields((t) => ({
  policePowers: t.prismaConnection(
    {
      ...workforce,
      type: "PolicePowerCount",
      cursor: "id",
      ...pageSize,
      description:
        "Police-powers counts by force, power, period and subject ethnicity. Default: the leaves of each source's official total (roles CATEGORY, SUBCATEGORY) with all subjects together (breakdown NONE), so summing the rows gives the published totals; ask for `breakdowns: [ETHNICITY]` for the split by ethnicity.",
      args: { filter: t.arg({ type: PolicePowerFilter, required: false }) },
      totalCount: (_root, { filter }, ctx) =>
        ctx.db.policePowerCount.count({ where: policePowerWhere(filter) }),
      resolve: (query, _root, { filter }, ctx) =>
        ctx.db.policePowerCount.findMany({
          ...query,
          where: policePowerWhere(filter),
          orderBy: policePowerOrderBy,
        }),
    },
    workforce,
    workforce,
  ),
}));

builder.prismaObjectField(ForceRef, "policePowers", (t) =>
  t.relatedConnection(
    "policePowers",
    {
      ...workforce,
      ...pageSize,
      totalCount: true,
      cursor: "id",
      description:
        "This force's police-powers counts (same filter as `Query.policePowers`; `forceIds` ignored).",
      args: { filter: t.arg({ type: PolicePowerFilter, required: false }) },
      query: (args) => ({
        where: policePowerWhere({ ...args.filter, forceIds: null }),
        orderBy: policePowerOrderBy,
      }),
    },
    workforce,
    workforce,
  ),
);
