import DataLoader from "dataloader";
import type { HubContext } from "../context.ts";
import type { EvidenceStatus } from "../generated/prisma/enums.ts";
import { evidenceVisibleWhere } from "../policy/permissions.ts";

// Aggregates of a force app's own view, batched per request: every force asked for is one query.

export interface StatusCount {
  status: EvidenceStatus;
  count: number;
}

const statusOrder: EvidenceStatus[] = ["PLANNED", "IN_PROGRESS", "DELIVERED", "VERIFIED", "WITHDRAWN"];

function statusLoader(ctx: HubContext) {
  return new DataLoader<string, StatusCount[]>(async (forceIds) => {
    const rows = await ctx.db.evidence.groupBy({
      by: ["ownerForceId", "status"],
      where: { AND: [{ ownerForceId: { in: [...forceIds] } }, evidenceVisibleWhere(ctx.viewer)] },
      _count: { _all: true },
    });
    return forceIds.map((forceId) =>
      statusOrder.map((status) => ({
        status,
        count: rows.find((r) => r.ownerForceId === forceId && r.status === status)?._count._all ?? 0,
      })),
    );
  });
}

const loaders = new WeakMap<HubContext, ReturnType<typeof statusLoader>>();

/** Evidence the force owns, counted by status (every status listed, zero where it has none), as the viewer may see it. */
export function evidenceByStatus(ctx: HubContext, forceId: string): Promise<StatusCount[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = statusLoader(ctx);
    loaders.set(ctx, loader);
  }
  return loader.load(forceId);
}
