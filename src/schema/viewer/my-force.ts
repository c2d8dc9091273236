import { builder } from "../../builder.ts";
import { organisations } from "../common/subgraphs.ts";
import { ForceRef } from "../forces/types.ts";

// A force app's own view. The Force it returns carries every subgraph's fields (objectives, evidence and
// evidenceByStatus, boards and upcomingMeetings from plan; representation from workforce; region and
// collaborationPartners, the peers to compare with, from organisations): the gateway joins them.

builder.queryField("myForce", (t) =>
  t.prismaField({
    ...organisations,
    type: ForceRef,
    nullable: true,
    description:
      "The force a force token acts for (its first, if it names several); null for public, national and admin callers.",
    resolve: (query, _root, _args, ctx) => {
      const [forceId] = ctx.viewer.role === "force" ? ctx.viewer.forceIds : [];
      return forceId ? ctx.db.force.findUnique({ ...query, where: { id: forceId } }) : null;
    },
  }),
);
