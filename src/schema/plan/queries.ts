import { builder } from "../../builder.ts";
import {
  countObjectives,
  findObjective,
  findPlanVersion,
  listObjectives,
  listPlanVersions,
} from "../../services/plan.ts";
import { pageSize } from "../common/pagination.ts";
import { plan } from "../common/subgraphs.ts";
import { AreaCodeEnum, ObjectiveKindEnum } from "./types.ts";

const ObjectiveFilter = builder.inputType("ObjectiveFilter", {
  description: "Every field given narrows the result (they combine with AND).",
  ...plan,
  fields: (t) => ({
    planVersionId: t.id({ required: false, description: "Only objectives of this plan version." }),
    areaCode: t.field({
      type: AreaCodeEnum,
      required: false,
      description: "Only objectives in this area of focus (in any version).",
    }),
    kind: t.field({ type: [ObjectiveKindEnum], required: false, description: "Only these kinds." }),
    search: t.string({
      required: false,
      description: "Case-insensitive text contained in the code, title or description.",
    }),
  }),
});

builder.queryFields((t) => ({
  plan: t.prismaField({
    ...plan,
    type: "PlanVersion",
    nullable: true,
    description: "A plan version by id (e.g. `prap-2022-draft`); null if there is none.",
    args: { version: t.arg.id({ required: true, description: "The plan version's id." }) },
    resolve: (query, _root, args, ctx) => findPlanVersion(ctx.db, query, args.version),
  }),
  plans: t.prismaField({
    ...plan,
    type: ["PlanVersion"],
    description:
      "Every version of the plan in sequence (draft → final → progress report → refresh → commitment), then by publication date.",
    resolve: (query, _root, _args, ctx) => listPlanVersions(ctx.db, query),
  }),
  objective: t.prismaField({
    ...plan,
    type: "Objective",
    nullable: true,
    description: "A national objective by id; null if there is none.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => findObjective(ctx.db, query, args.id),
  }),
  objectives: t.prismaConnection(
    {
      ...plan,
      type: "Objective",
      cursor: "id",
      ...pageSize,
      description:
        "National objectives, commitments and standards, by plan version then in the plan's order.",
      args: { filter: t.arg({ type: ObjectiveFilter, required: false }) },
      totalCount: (_root, { filter }, ctx) => countObjectives(ctx.db, filter),
      resolve: (query, _root, { filter }, ctx) => listObjectives(ctx.db, query, filter),
    },
    plan,
    plan,
  ),
}));
