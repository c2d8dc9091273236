import { builder } from "../../builder.ts";
import { collaborationWhere } from "../../services/collaborations.ts";
import { pageSize } from "../common/pagination.ts";
import { organisations } from "../common/subgraphs.ts";
import { CollaborationKindEnum } from "./types.ts";

const CollaborationFilter = builder.inputType("CollaborationFilter", {
  ...organisations,
  fields: (t) => ({
    forceId: t.id({ required: false, description: "Only collaborations this force is a member of." }),
    kind: t.field({ type: CollaborationKindEnum, required: false }),
  }),
});

builder.queryFields((t) => ({
  collaboration: t.prismaField({
    ...organisations,
    type: "Collaboration",
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.collaboration.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  collaborations: t.prismaConnection(
    {
      ...organisations,
      type: "Collaboration",
      cursor: "id",
      ...pageSize,
      args: { filter: t.arg({ type: CollaborationFilter, required: false }) },
      totalCount: (_root, { filter }, ctx) =>
        ctx.db.collaboration.count({
          where: collaborationWhere(filter),
        }),
      resolve: (query, _root, { filter }, ctx) =>
        ctx.db.collaboration.findMany({
          ...query,
          where: collaborationWhere(filter),
          orderBy: { id: "asc" },
        }),
    },
    organisations,
    organisations,
  ),
}));
