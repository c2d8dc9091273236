import DataLoader from "dataloader";
import type { HubContext } from "../context.ts";
import type { EvidenceStatus } from "../generated/prisma/enums.ts";
import { getOrCreate } from "../memo.ts";
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
  return getOrCreate(loaders, ctx, () => statusLoader(ctx)).load(forceId);
}

type UpcomingMeeting = Omit<Awaited<ReturnType<typeof loadUpcoming>>[number], "board">;

/** Meetings from today on of boards a force owns or shares through a collaboration: one query for all forces. */
function loadUpcoming(ctx: HubContext, forceIds: readonly string[], today: Date) {
  return ctx.db.meeting.findMany({
    where: {
      heldOn: { gte: today },
      board: {
        OR: [
          { ownerForceId: { in: [...forceIds] } },
          { ownerCollaboration: { members: { some: { forceId: { in: [...forceIds] }, leftOn: null } } } },
        ],
      },
    },
    include: {
      board: {
        select: {
          ownerForceId: true,
          ownerCollaboration: { select: { members: { where: { leftOn: null }, select: { forceId: true } } } },
        },
      },
    },
    orderBy: [{ heldOn: "asc" }, { id: "asc" }],
  });
}

function upcomingLoader(ctx: HubContext) {
  return new DataLoader<string, UpcomingMeeting[]>(async (forceIds) => {
    const today = new Date(new Date().toISOString().slice(0, 10));
    const meetings = await loadUpcoming(ctx, forceIds, today);
    // The partial board is only for grouping: dropped so plugin-prisma loads `board` properly if asked.
    return forceIds.map((forceId) =>
      meetings
        .filter(
          (m) =>
            m.board.ownerForceId === forceId ||
            (m.board.ownerCollaboration?.members.some((member) => member.forceId === forceId) ?? false),
        )
        .map(({ board: _board, ...meeting }) => meeting),
    );
  });
}

const upcomingLoaders = new WeakMap<HubContext, ReturnType<typeof upcomingLoader>>();

/** The next meetings (today or later) of the force's and its collaborations' boards, soonest first. */
export function upcomingMeetings(ctx: HubContext, forceId: string): Promise<UpcomingMeeting[]> {
  return getOrCreate(upcomingLoaders, ctx, () => upcomingLoader(ctx)).load(forceId);
}
