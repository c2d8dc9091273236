import type { HubContext, Viewer } from "../context.ts";
import type { Db } from "../db/database.ts";
import { getOrCreate } from "../memo.ts";
import type { Reach } from "../policy/permissions.ts";

/** The collaborations the viewer's forces belong to now (left members excluded). One query. */
export async function loadReach(db: Db, viewer: Viewer): Promise<Reach> {
  if (viewer.role !== "force" || viewer.forceIds.length === 0) return { viewer, collaborationIds: [] };
  const rows = await db.collaborationMember.findMany({
    where: { forceId: { in: [...viewer.forceIds] }, leftOn: null },
    select: { collaborationId: true },
    distinct: ["collaborationId"],
    orderBy: { collaborationId: "asc" },
  });
  return { viewer, collaborationIds: rows.map((r) => r.collaborationId) };
}

const perRequest = new WeakMap<HubContext, Promise<Reach>>();

/** The viewer's reach, loaded at most once per request and only when a decision needs it. */
export function viewerReach(ctx: HubContext): Promise<Reach> {
  return getOrCreate(perRequest, ctx, () => loadReach(ctx.db, ctx.viewer));
}
