import { builder } from "../../builder.ts";
import { forceWhere } from "../../services/forces.ts";
import { organisations } from "../common/subgraphs.ts";
import { ForceKindEnum } from "./types.ts";

const ForceFilter = builder.inputType("ForceFilter", {
  ...organisations,
  fields: (t) => ({
    ids: t.idList({ required: false, description: "Only these force ids." }),
    regionId: t.id({ required: false }),
    kind: t.field({ type: ForceKindEnum, required: false }),
  }),
});

builder.queryFields((t) => ({
  force: t.prismaField({
    ...organisations,
    type: "Force",
    nullable: true,
    description: "A force by its data.police.uk id (e.g. `hertfordshire`); null if there is none.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.force.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  forces: t.prismaConnection(
    {
      ...organisations,
      type: "Force",
      cursor: "id",
      // There are 45 forces: one default page holds them all.
      defaultSize: 50,
      maxSize: 100,
      totalCount: (_root, { filter }, ctx) => ctx.db.force.count({ where: forceWhere(filter) }),
      description: "Forces ordered by name.",
      args: { filter: t.arg({ type: ForceFilter, required: false }) },
      resolve: (query, _root, { filter }, ctx) =>
        ctx.db.force.findMany({
          ...query,
          where: forceWhere(filter),
          orderBy: { name: "asc" },
        }),
    },
    organisations,
    organisations,
  ),
  regions: t.prismaField({
    ...organisations,
    type: ["Region"],
    description: "Home Office police regions.",
    resolve: (query, _root, _args, ctx) => ctx.db.region.findMany({ ...query, orderBy: { name: "asc" } }),
  }),
}));
