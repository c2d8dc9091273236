import { builder } from "../../builder.ts";
import { draftsVisibleWhere } from "../../policy/permissions.ts";
import { evidenceOrderBy } from "../../services/evidence.ts";
import { evidenceByStatus, type StatusCount } from "../../services/force-view.ts";
import { pageSize } from "../common/pagination.ts";
import { plan } from "../common/subgraphs.ts";
import { ForceRef } from "../forces/types.ts";
import { EvidenceOrder, EvidenceStatusEnum } from "./types.ts";

// Drafts and status counts: the working view of a force app.

builder.queryField("myDrafts", (t) =>
  t.prismaConnection(
    {
      ...plan,
      type: "Evidence",
      cursor: "id",
      ...pageSize,
      description:
        "Evidence not yet published (not delivered and not marked public) that this token may see: its forces' and collaborations' for a force, every draft for national. Public callers are refused.",
      authScopes: { signedIn: true },
      args: { orderBy: t.arg({ type: EvidenceOrder, required: false }) },
      totalCount: (_root, _args, ctx) => ctx.db.evidence.count({ where: draftsVisibleWhere(ctx.viewer) }),
      resolve: (query, _root, { orderBy }, ctx) =>
        ctx.db.evidence.findMany({
          ...query,
          where: draftsVisibleWhere(ctx.viewer),
          orderBy: evidenceOrderBy(orderBy ?? { field: "UPDATED_AT", direction: "DESC" }),
        }),
    },
    plan,
    plan,
  ),
);

const StatusCountRef = builder.objectRef<StatusCount>("EvidenceStatusCount").implement({
  ...plan,
  fields: (t) => ({
    status: t.expose("status", { type: EvidenceStatusEnum }),
    count: t.exposeInt("count"),
  }),
});

builder.prismaObjectField(ForceRef, "evidenceByStatus", (t) =>
  t.field({
    ...plan,
    type: [StatusCountRef],
    description:
      "The force's own evidence counted by status, every status listed in lifecycle order (drafts counted only for its own token and national).",
    resolve: (force, _args, ctx) => evidenceByStatus(ctx, force.id),
  }),
);
