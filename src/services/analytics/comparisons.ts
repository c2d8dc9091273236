import { rankLeague } from "../../analytics/league.ts";
import type { HubContext } from "../../context.ts";
import { forceArea, nationalArea, nationalForceIds } from "./areas.ts";
import {
  changeOver,
  type MeasureChange,
  type MeasurePoint,
  measureAt,
  type WorkforceMeasureSpec,
} from "./workforce-view.ts";

// Comparisons built from the per-area measures: every area asked for in one call shares one SQL
// statement through the per-request loader, so a 43-force table costs what one force costs.

export interface LeagueRow {
  forceId: string;
  point: MeasurePoint | null;
  rank: number | null;
  percentile: number | null;
  tiedWith: number;
}

const forcesOrNational = async (ctx: HubContext, forceIds: readonly string[] | null) =>
  forceIds?.length ? [...new Set(forceIds)] : nationalForceIds(ctx.db);

/** Forces ranked on the measure at the spec's date; no-data and suppressed forces unranked, last. */
export async function leagueTable(
  ctx: HubContext,
  spec: WorkforceMeasureSpec,
  forceIds: readonly string[] | null,
  descending: boolean,
): Promise<LeagueRow[]> {
  const ids = await forcesOrNational(ctx, forceIds);
  const points = await Promise.all(ids.map((id) => measureAt(ctx, spec, forceArea(id))));
  const byId = new Map(ids.map((id, i) => [id, points[i] ?? null]));
  const entries = ids.map((id) => {
    const point = byId.get(id) ?? null;
    return { key: id, value: point?.value ?? null, suppressed: point?.suppressed ?? false };
  });
  return rankLeague(entries, descending).map((place) => ({
    forceId: place.key,
    point: byId.get(place.key) ?? null,
    rank: place.rank,
    percentile: place.percentile,
    tiedWith: place.tiedWith,
  }));
}

/** Forces by the size of their change between two dates (absolute difference), largest first. */
export async function movers(
  ctx: HubContext,
  spec: WorkforceMeasureSpec,
  from: Date,
  to: Date,
  forceIds: readonly string[] | null,
): Promise<Array<{ forceId: string; change: MeasureChange | null }>> {
  const ids = await forcesOrNational(ctx, forceIds);
  const changes = await Promise.all(ids.map((id) => changeOver(ctx, spec, forceArea(id), from, to)));
  const size = (c: MeasureChange | null) => (c?.difference == null ? -1 : Math.abs(c.difference));
  return ids
    .map((forceId, i) => ({ forceId, change: changes[i] ?? null }))
    .sort((a, b) => size(b.change) - size(a.change) || a.forceId.localeCompare(b.forceId));
}

/** A force against England and Wales, its region, its collaboration partners and chosen peers (lazy). */
export function forceComparison(
  ctx: HubContext,
  spec: WorkforceMeasureSpec,
  force: { id: string; regionId: string | null },
  peerForceIds: readonly string[] | null,
) {
  return {
    force: () => measureAt(ctx, spec, forceArea(force.id)),
    national: () => measureAt(ctx, spec, nationalArea),
    region: () => (force.regionId ? measureAt(ctx, spec, { kind: "REGION", id: force.regionId }) : null),
    partners: () => measureAt(ctx, spec, { kind: "PARTNERS", forceId: force.id }),
    peers: () => (peerForceIds?.length ? measureAt(ctx, spec, { kind: "FORCES", ids: peerForceIds }) : null),
  };
}
