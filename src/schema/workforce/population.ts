import { builder } from "../../builder.ts";
import { populationOrderBy, populationWhere } from "../../services/workforce.ts";
import { pageSize } from "../common/pagination.ts";
import { ForceRef } from "../forces/types.ts";
import { EthnicGroupEnum, workforce } from "./enums.ts";

export const PopulationBaselineRef = builder.prismaObject("PopulationBaseline", {
  description:
    "Census usual residents of a police force area by ethnicity (2011: 18 categories; 2021: the five broad groups).",
  ...workforce,
  fields: (t) => ({
    force: t.relation("force"),
    censusYear: t.exposeInt("censusYear"),
    ethnicGroup: t.expose("ethnicGroup", { type: EthnicGroupEnum }),
    ethnicity: t.exposeString("ethnicity", {
      description:
        'The census\'s own category (e.g. "Asian/Asian British: Indian"), or "ALL" for a broad group total.',
    }),
    population: t.expose("population", { type: "NonNegativeInt" }),
  }),
});

export const PopulationFilter = builder.inputType("PopulationFilter", {
  ...workforce,
  fields: (t) => ({
    forceIds: t.idList({ required: false }),
    censusYears: t.intList({ required: false }),
    ethnicGroups: t.field({ type: [EthnicGroupEnum], required: false }),
  }),
});

builder.queryFields((t) => ({
  populationBaselines: t.prismaConnection(
    {
      ...workforce,
      type: "PopulationBaseline",
      cursor: "forceId_censusYear_ethnicGroup_ethnicity",
      ...pageSize,
      description: "Census population by force area, census year and ethnicity.",
      args: { filter: t.arg({ type: PopulationFilter, required: false }) },
      totalCount: (_root, { filter }, ctx) =>
        ctx.db.populationBaseline.count({ where: populationWhere(filter) }),
      resolve: (query, _root, { filter }, ctx) =>
        ctx.db.populationBaseline.findMany({
          ...query,
          where: populationWhere(filter),
          orderBy: populationOrderBy,
        }),
    },
    workforce,
    workforce,
  ),
}));

builder.prismaObjectField(ForceRef, "population", (t) =>
  t.relation("population", {
    ...workforce,
    description: "Census population of the force's area by ethnicity; empty for forces with no area (BTP).",
    args: {
      censusYear: t.arg.int({ required: false, description: "One census (2011 or 2021); all if left out." }),
      ethnicGroups: t.arg({ type: [EthnicGroupEnum], required: false }),
    },
    query: (args) => ({
      where: populationWhere({
        censusYears: args.censusYear == null ? null : [args.censusYear],
        ethnicGroups: args.ethnicGroups,
      }),
      orderBy: populationOrderBy,
    }),
  }),
);
