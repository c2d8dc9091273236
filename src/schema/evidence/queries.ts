import { builder } from "../../builder.ts";
import { countEvidence, findEvidence, searchEvidence } from "../../services/evidence.ts";
import { pageSize } from "../common/pagination.ts";
import { plan } from "../common/subgraphs.ts";
import { EvidenceFilter, EvidenceOrder } from "./types.ts";

builder.queryFields((t) => ({
  evidence: t.prismaConnection(
    {
      ...plan,
      type: "Evidence",
      cursor: "id",
      ...pageSize,
      description:
        "The evidence search: what forces and collaborations did towards the plan. Filtered and sorted in the database; default order title A→Z.",
      args: {
        filter: t.arg({ type: EvidenceFilter, required: false }),
        orderBy: t.arg({ type: EvidenceOrder, required: false }),
      },
      totalCount: (_root, { filter }, ctx) => countEvidence(ctx.db, ctx.viewer, filter),
      resolve: (query, _root, { filter, orderBy }, ctx) =>
        searchEvidence(ctx.db, ctx.viewer, query, filter, orderBy),
    },
    plan,
    plan,
  ),
  evidenceItem: t.prismaField({
    ...plan,
    type: "Evidence",
    nullable: true,
    description: "One piece of evidence by id; null if there is none.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => findEvidence(ctx.db, ctx.viewer, query, args.id),
  }),
}));
