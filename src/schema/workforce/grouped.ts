import { builder } from "../../builder.ts";
import {
  type PopulationGroup,
  populationDimensions,
  populationGroups,
  type WorkforceGroup,
  type workforceDimensions,
  workforceGroups,
} from "../../services/grouped.ts";
import { RankBandEnum } from "../analytics/workforce-measures.ts";
import { ForceRef } from "../forces/types.ts";
import { EthnicGroupEnum, GenderEnum, RankEnum, WorkerTypeEnum, workforce } from "./enums.ts";

const WorkforceDimensionEnum = builder.enumType("WorkforceDimension", {
  description: "A dimension to group workforce cells by (as-at date and worker type are always kept).",
  ...workforce,
  values: {
    FORCE: {},
    REGION: { description: "Home Office police region of the force." },
    RANK: {},
    RANK_BAND: { description: "CONSTABLES, SERGEANT_TO_CHIEF_INSPECTOR or SUPERINTENDENT_AND_ABOVE." },
    GENDER: {},
    ETHNIC_GROUP: {},
  } satisfies Record<(typeof workforceDimensions)[number], object>,
});

const WorkforceGroupFilter = builder.inputType("WorkforceGroupFilter", {
  ...workforce,
  fields: (t) => ({
    years: t.intList({ required: false, description: "As at 31 March of these years." }),
    forceIds: t.idList({ required: false }),
    regionIds: t.idList({ required: false }),
    workerTypes: t.field({
      type: [WorkerTypeEnum],
      required: false,
      description: "Default: police officers only (headcounts of different worker types are not added).",
    }),
    ranks: t.field({ type: [RankEnum], required: false }),
    genders: t.field({ type: [GenderEnum], required: false }),
    ethnicGroups: t.field({ type: [EthnicGroupEnum], required: false }),
  }),
});

const WorkforceGroupRef = builder.objectRef<WorkforceGroup>("WorkforceGroup").implement({
  description:
    "Workforce headcount summed over the cells of one group. A dimension not grouped by is null (all of it).",
  ...workforce,
  fields: (t) => ({
    asAt: t.expose("asAt", { type: "Date" }),
    year: t.int({ resolve: (row) => row.asAt.getUTCFullYear() }),
    workerType: t.field({ type: WorkerTypeEnum, resolve: (row) => row.workerType as never }),
    force: t.field({
      type: ForceRef,
      nullable: true,
      resolve: (row, _args, ctx) => (row.forceId ? ctx.loaders.forceById.load(row.forceId) : null),
    }),
    regionId: t.exposeID("regionId", { nullable: true }),
    regionName: t.exposeString("regionName", { nullable: true }),
    rank: t.field({ type: RankEnum, nullable: true, resolve: (row) => row.rank as never }),
    rankBand: t.field({ type: RankBandEnum, nullable: true, resolve: (row) => row.rankBand as never }),
    gender: t.field({ type: GenderEnum, nullable: true, resolve: (row) => row.gender as never }),
    ethnicGroup: t.field({
      type: EthnicGroupEnum,
      nullable: true,
      resolve: (row) => row.ethnicGroup as never,
    }),
    headcount: t.exposeInt("headcount", {
      nullable: true,
      description: "Null when no cell has a number, or when `suppressed`.",
    }),
    fte: t.exposeFloat("fte", {
      nullable: true,
      description: "Full-time equivalent where published; null when `suppressed`.",
    }),
    suppressed: t.exposeBoolean("suppressed", {
      description: "True when the sum would include a cell disclosure control hides from this viewer.",
    }),
  }),
});

builder.queryFields((t) => ({
  workforceGrouped: t.field({
    ...workforce,
    type: [WorkforceGroupRef],
    description:
      "The workforce summed in SQL by the dimensions you choose (e.g. by: [REGION, ETHNIC_GROUP]), one row per as-at date, worker type and group. The BI table behind GET /export/workforce-grouped.csv.",
    args: {
      by: t.arg({ type: [WorkforceDimensionEnum], required: true }),
      filter: t.arg({ type: WorkforceGroupFilter, required: false }),
    },
    resolve: (_root, { by, filter }, ctx) => workforceGroups(ctx, [...new Set(by)], filter ?? {}),
  }),
}));

const PopulationDimensionEnum = builder.enumType("PopulationDimension", {
  description: "A dimension to group census population by (the census year is always kept).",
  ...workforce,
  values: populationDimensions,
});

const PopulationGroupFilter = builder.inputType("PopulationGroupFilter", {
  ...workforce,
  fields: (t) => ({
    censusYears: t.intList({ required: false }),
    forceIds: t.idList({ required: false }),
    regionIds: t.idList({ required: false }),
    ethnicGroups: t.field({ type: [EthnicGroupEnum], required: false }),
  }),
});

const PopulationGroupRef = builder.objectRef<PopulationGroup>("PopulationGroup").implement({
  description:
    "Census usual residents summed over one group. A dimension not grouped by is null (all of it).",
  ...workforce,
  fields: (t) => ({
    censusYear: t.exposeInt("censusYear"),
    force: t.field({
      type: ForceRef,
      nullable: true,
      resolve: (row, _args, ctx) => (row.forceId ? ctx.loaders.forceById.load(row.forceId) : null),
    }),
    regionId: t.exposeID("regionId", { nullable: true }),
    regionName: t.exposeString("regionName", { nullable: true }),
    ethnicGroup: t.field({
      type: EthnicGroupEnum,
      nullable: true,
      resolve: (row) => row.ethnicGroup as never,
    }),
    population: t.exposeInt("population"),
  }),
});

builder.queryFields((t) => ({
  populationGrouped: t.field({
    ...workforce,
    type: [PopulationGroupRef],
    description:
      "Census population summed in SQL by the dimensions you choose (e.g. by: [REGION, ETHNIC_GROUP]), one row per census year and group. The BI table behind GET /export/population-grouped.csv.",
    args: {
      by: t.arg({ type: [PopulationDimensionEnum], required: true }),
      filter: t.arg({ type: PopulationGroupFilter, required: false }),
    },
    resolve: (_root, { by, filter }, ctx) => populationGroups(ctx, [...new Set(by)], filter ?? {}),
  }),
}));
