import { GraphQLError } from "graphql";
import { isSmallCount } from "../../analytics/disclosure.ts";
import { workforceClassification } from "../../analytics/ethnic-groups.ts";
import { builder } from "../../builder.ts";
import type { HubContext } from "../../context.ts";
import { seesAllRawFigures, seesRawFigures } from "../../policy/disclosure.ts";
import {
  workforceFlowWhere,
  workforceOrderBy,
  workforceTotalWhere,
  workforceWhere,
} from "../../services/workforce.ts";
import { disclosedCell } from "../../services/workforce-disclosure.ts";
import { SortDirectionEnum } from "../common/ordering.ts";
import { pageSize } from "../common/pagination.ts";
import { ForceRef } from "../forces/types.ts";
import {
  DataQualityFlagEnum,
  decimalToNumber,
  EthnicClassificationEnum,
  EthnicGroupEnum,
  FlowKindEnum,
  GenderEnum,
  RankEnum,
  WorkerTypeEnum,
  WorkforceDateRange,
  WorkforceEthnicityEnum,
  workforce,
} from "./enums.ts";

const noHeadcount =
  'Null where the source prints "-" (nil or not published): no data, not zero; also null when `suppressed`.';
const suppressedDescription =
  "True when disclosure control hides this count (and its FTE) from this viewer: a small count (1–4), or a complement that would give one away (data/README.md).";

/** Ordering by a count puts hidden cells among visible ones: only for viewers who see every row raw. */
function checkCountOrdering(ctx: HubContext, field: string | undefined, forceIds: readonly string[] | null) {
  if (field === "HEADCOUNT" && !seesAllRawFigures(ctx.viewer, forceIds))
    throw new GraphQLError(
      "Ordering by headcount would place suppressed cells among visible ones: it needs a national token, or a force token with forceIds limited to its force.",
      { extensions: { code: "FORBIDDEN" } },
    );
}

/** A total with no published breakdown or margin: only its own smallness can identify anyone. */
const smallTotal = (headcount: number | null, fte: number | null) =>
  isSmallCount(headcount) || (fte !== null && fte > 0 && fte < 5);

export const WorkforceCountRef = builder.prismaObject("WorkforceCount", {
  description:
    "One cell of the Home Office police workforce table: a force's headcount (and FTE where published) as at 31 March, by worker type, rank, gender and ethnicity.",
  ...workforce,
  fields: (t) => ({
    force: t.relation("force"),
    asAt: t.expose("asAt", { type: "Date", description: "As-at date (31 March of the year)." }),
    year: t.int({ description: "Year of the as-at date.", resolve: (row) => row.asAt.getUTCFullYear() }),
    workerType: t.expose("workerType", { type: WorkerTypeEnum }),
    rank: t.expose("rank", { type: RankEnum }),
    gender: t.expose("gender", { type: GenderEnum }),
    ethnicity: t.expose("ethnicity", { type: WorkforceEthnicityEnum }),
    ethnicGroup: t.expose("ethnicGroup", {
      type: EthnicGroupEnum,
      description:
        "Harmonised group: before 2021, OTHER is the table's 'Chinese or Other' (see `classification`).",
    }),
    classification: t.field({
      type: EthnicClassificationEnum,
      resolve: (row) => workforceClassification(row.asAt),
    }),
    headcount: t.field({
      type: "NonNegativeInt",
      nullable: true,
      description: noHeadcount,
      resolve: async (row, _args, ctx) => (await disclosedCell(ctx, row)).value,
    }),
    suppressed: t.boolean({
      description: suppressedDescription,
      resolve: async (row, _args, ctx) => (await disclosedCell(ctx, row)).suppressed,
    }),
    qualityFlags: t.field({
      type: [DataQualityFlagEnum],
      description:
        "ZERO_MAY_BE_NOT_PUBLISHED: a 0 from the cleaned chief-officer file, where '-' (nil or not published) became 0.",
      resolve: (row) => row.qualityFlags,
    }),
    fte: t.float({
      nullable: true,
      description: "Full-time equivalent, where the source publishes it. Null when `suppressed`.",
      resolve: async (row, _args, ctx) =>
        (await disclosedCell(ctx, row)).suppressed ? null : decimalToNumber(row.fte),
    }),
  }),
});

export const WorkforceFilter = builder.inputType("WorkforceFilter", {
  description: "Every given field narrows the rows (AND); a list matches any of its values.",
  ...workforce,
  fields: (t) => ({
    forceIds: t.idList({ required: false, description: "Force ids (e.g. `hertfordshire`)." }),
    years: t.intList({ required: false, description: "As at 31 March of these years." }),
    asAt: t.field({ type: WorkforceDateRange, required: false }),
    workerTypes: t.field({ type: [WorkerTypeEnum], required: false }),
    ranks: t.field({ type: [RankEnum], required: false }),
    genders: t.field({ type: [GenderEnum], required: false }),
    ethnicities: t.field({ type: [WorkforceEthnicityEnum], required: false }),
    ethnicGroups: t.field({ type: [EthnicGroupEnum], required: false }),
    withHeadcount: t.boolean({ required: false, description: 'Leave out "-" cells (no number).' }),
  }),
});

const WorkforceOrderField = builder.enumType("WorkforceOrderField", {
  ...workforce,
  values: ["AS_AT", "FORCE", "RANK", "ETHNIC_GROUP", "HEADCOUNT"] as const,
});

export const WorkforceOrder = builder.inputType("WorkforceOrder", {
  description: "Sort by one field; ties keep the table's order (force, date, rank, gender, ethnicity).",
  ...workforce,
  fields: (t) => ({
    field: t.field({ type: WorkforceOrderField, required: true }),
    direction: t.field({ type: SortDirectionEnum, required: false, defaultValue: "ASC" }),
  }),
});

export const WorkforceTotalRef = builder.prismaObject("WorkforceTotal", {
  description: "A force's total workforce of one worker type as at 31 March (e.g. officer FTE 2015–2019).",
  ...workforce,
  fields: (t) => ({
    force: t.relation("force"),
    asAt: t.expose("asAt", { type: "Date" }),
    year: t.int({ resolve: (row) => row.asAt.getUTCFullYear() }),
    workerType: t.expose("workerType", { type: WorkerTypeEnum }),
    headcount: t.int({
      nullable: true,
      description: noHeadcount,
      resolve: (row, _args, ctx) => (totalSuppressed(ctx, row) ? null : row.headcount),
    }),
    fte: t.float({
      nullable: true,
      resolve: (row, _args, ctx) => (totalSuppressed(ctx, row) ? null : decimalToNumber(row.fte)),
    }),
    suppressed: t.boolean({
      description: suppressedDescription,
      resolve: (row, _args, ctx) => totalSuppressed(ctx, row),
    }),
  }),
});

function totalSuppressed(
  ctx: HubContext,
  row: { forceId: string; headcount: number | null; fte: { toNumber(): number } | null },
): boolean {
  return !seesRawFigures(ctx.viewer, row.forceId) && smallTotal(row.headcount, decimalToNumber(row.fte));
}

export const WorkforceTotalFilter = builder.inputType("WorkforceTotalFilter", {
  ...workforce,
  fields: (t) => ({
    forceIds: t.idList({ required: false }),
    years: t.intList({ required: false }),
    workerTypes: t.field({ type: [WorkerTypeEnum], required: false }),
  }),
});

export const WorkforceFlowRef = builder.prismaObject("WorkforceFlow", {
  description:
    "Joiners, leavers or promotions of one ethnicity in a period (none published in the shipped data yet).",
  ...workforce,
  fields: (t) => ({
    force: t.relation("force"),
    periodStart: t.expose("periodStart", { type: "Date" }),
    periodEnd: t.expose("periodEnd", { type: "Date" }),
    kind: t.expose("kind", { type: FlowKindEnum }),
    workerType: t.expose("workerType", { type: WorkerTypeEnum }),
    rank: t.expose("rank", { type: RankEnum }),
    ethnicity: t.expose("ethnicity", { type: WorkforceEthnicityEnum }),
    ethnicGroup: t.expose("ethnicGroup", { type: EthnicGroupEnum }),
    headcount: t.int({
      nullable: true,
      description: noHeadcount,
      resolve: (row, _args, ctx) => (flowSuppressed(ctx, row) ? null : row.headcount),
    }),
    suppressed: t.boolean({
      description: suppressedDescription,
      resolve: (row, _args, ctx) => flowSuppressed(ctx, row),
    }),
  }),
});

/** Flows are served with no margin (no totals by kind or group), so hiding the small ones is enough. */
const flowSuppressed = (ctx: HubContext, row: { forceId: string; headcount: number | null }) =>
  !seesRawFigures(ctx.viewer, row.forceId) && smallTotal(row.headcount, null);

export const WorkforceFlowFilter = builder.inputType("WorkforceFlowFilter", {
  ...workforce,
  fields: (t) => ({
    forceIds: t.idList({ required: false }),
    kinds: t.field({ type: [FlowKindEnum], required: false }),
    workerTypes: t.field({ type: [WorkerTypeEnum], required: false }),
    ranks: t.field({ type: [RankEnum], required: false }),
    ethnicGroups: t.field({ type: [EthnicGroupEnum], required: false }),
    periodEnd: t.field({ type: WorkforceDateRange, required: false }),
  }),
});

const connection = { ...workforce, ...pageSize, totalCount: true } as const;

builder.queryFields((t) => ({
  workforce: t.prismaConnection(
    {
      ...workforce,
      type: "WorkforceCount",
      cursor: "id",
      ...pageSize,
      description:
        "Workforce cells across forces: filter by force, year, worker type, rank, gender and ethnicity (in SQL). For BI tools: use `nodes` and page with `after`.",
      args: {
        filter: t.arg({ type: WorkforceFilter, required: false }),
        orderBy: t.arg({ type: WorkforceOrder, required: false }),
      },
      totalCount: (_root, { filter }, ctx) => ctx.db.workforceCount.count({ where: workforceWhere(filter) }),
      resolve: (query, _root, { filter, orderBy }, ctx) => {
        checkCountOrdering(ctx, orderBy?.field, filter?.forceIds?.map(String) ?? null);
        return ctx.db.workforceCount.findMany({
          ...query,
          where: workforceWhere(filter),
          orderBy: workforceOrderBy(orderBy),
        });
      },
    },
    workforce,
    workforce,
  ),
  workforceTotals: t.prismaConnection(
    {
      ...workforce,
      type: "WorkforceTotal",
      cursor: "forceId_asAt_workerType",
      ...pageSize,
      description: "Force totals by worker type and year, ordered by force then date.",
      args: { filter: t.arg({ type: WorkforceTotalFilter, required: false }) },
      totalCount: (_root, { filter }, ctx) =>
        ctx.db.workforceTotal.count({ where: workforceTotalWhere(filter) }),
      resolve: (query, _root, { filter }, ctx) =>
        ctx.db.workforceTotal.findMany({
          ...query,
          where: workforceTotalWhere(filter),
          orderBy: [{ forceId: "asc" }, { asAt: "asc" }, { workerType: "asc" }],
        }),
    },
    workforce,
    workforce,
  ),
  workforceFlows: t.prismaConnection(
    {
      ...workforce,
      type: "WorkforceFlow",
      cursor: "id",
      ...pageSize,
      args: { filter: t.arg({ type: WorkforceFlowFilter, required: false }) },
      totalCount: (_root, { filter }, ctx) =>
        ctx.db.workforceFlow.count({ where: workforceFlowWhere(filter) }),
      resolve: (query, _root, { filter }, ctx) =>
        ctx.db.workforceFlow.findMany({
          ...query,
          where: workforceFlowWhere(filter),
          orderBy: [{ forceId: "asc" }, { periodEnd: "asc" }, { id: "asc" }],
        }),
    },
    workforce,
    workforce,
  ),
}));

const forceFilterNote = "The same filter as `Query.workforce`; `forceIds` is ignored here.";

builder.prismaObjectField(ForceRef, "workforce", (t) =>
  t.relatedConnection(
    "workforce",
    {
      ...connection,
      cursor: "id",
      description: `This force's workforce cells. ${forceFilterNote}`,
      args: {
        filter: t.arg({ type: WorkforceFilter, required: false }),
        orderBy: t.arg({ type: WorkforceOrder, required: false }),
      },
      query: (args, ctx) => {
        // No parent here: ordering by headcount is for national viewers (forces: Query.workforce with forceIds).
        checkCountOrdering(ctx, args.orderBy?.field, null);
        return {
          where: workforceWhere({ ...args.filter, forceIds: null }),
          orderBy: workforceOrderBy(args.orderBy),
        };
      },
    },
    workforce,
    workforce,
  ),
);

builder.prismaObjectField(ForceRef, "workforceTotals", (t) =>
  t.relation("workforceTotals", {
    ...workforce,
    description: "This force's totals by worker type and year, oldest first.",
    args: { workerTypes: t.arg({ type: [WorkerTypeEnum], required: false }) },
    query: (args) => ({
      where: workforceTotalWhere({ workerTypes: args.workerTypes }),
      orderBy: [{ asAt: "asc" }, { workerType: "asc" }],
    }),
  }),
);

builder.prismaObjectField(ForceRef, "workforceFlows", (t) =>
  t.relatedConnection(
    "workforceFlows",
    {
      ...connection,
      cursor: "id",
      args: { filter: t.arg({ type: WorkforceFlowFilter, required: false }) },
      query: (args) => ({
        where: workforceFlowWhere({ ...args.filter, forceIds: null }),
        orderBy: [{ periodEnd: "asc" }, { id: "asc" }],
      }),
    },
    workforce,
    workforce,
  ),
);
