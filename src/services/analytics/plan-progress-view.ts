import {
  deliveredStatuses,
  expectedProgress,
  measureStatus,
  progressTowardsTarget,
} from "../../analytics/progress.ts";
import type { HubContext } from "../../context.ts";
import type { EvidenceStatus } from "../../generated/prisma/enums.ts";
import { readsEverything } from "../../policy/permissions.ts";
import { nationalForceIds } from "./areas.ts";
import { type EvidenceCountRow, evidenceByObjective, type MeasureTrackRow } from "./plan-progress.ts";

// Plan progress assembled from the two statements of plan-progress.ts (one each, whatever the number
// of forces): evidence by status per force and objective, nationally per area and objective, and each
// force measure's progress and status.

export interface PlanProgressParams {
  planVersionId?: string | null;
  dataAsAt?: Date | null;
}

export type StatusCounts = Record<EvidenceStatus, number> & { total: number };

const emptyCounts = (): StatusCounts => ({
  PLANNED: 0,
  IN_PROGRESS: 0,
  DELIVERED: 0,
  VERIFIED: 0,
  WITHDRAWN: 0,
  total: 0,
});

function add(counts: StatusCounts, row: EvidenceCountRow) {
  if (!row.status) return;
  counts[row.status] += row.evidence;
  counts.total += row.evidence;
}

export interface ObjectiveProgress {
  objectiveId: string;
  areaId: string | null;
  evidence: StatusCounts;
}

export interface NationalObjectiveProgress extends ObjectiveProgress {
  forcesDelivered: string[];
  forcesWithoutDelivered: string[];
}

const isDelivered = (status: EvidenceStatus | null) =>
  status !== null && (deliveredStatuses as readonly string[]).includes(status);

function byObjective(rows: EvidenceCountRow[]) {
  const objectives = new Map<string, { areaId: string | null; rows: EvidenceCountRow[] }>();
  for (const row of rows) {
    const entry = objectives.get(row.objectiveId) ?? { areaId: row.areaId, rows: [] };
    objectives.set(row.objectiveId, entry);
    entry.rows.push(row);
  }
  return objectives;
}

/** One force's evidence by status for every objective of the plan version. */
export async function forceObjectiveProgress(
  ctx: HubContext,
  forceId: string,
  params: PlanProgressParams,
): Promise<ObjectiveProgress[]> {
  const rows = await ctx.loaders.analytics.forceEvidence.load({
    params: {
      planVersionId: params.planVersionId ?? null,
      dataAsAt: params.dataAsAt ?? null,
      publishedOnly: !readsEverything(ctx.viewer),
    },
    key: forceId,
  });
  return [...byObjective(rows)].map(([objectiveId, { areaId, rows: own }]) => {
    const evidence = emptyCounts();
    for (const row of own) if (row.forceId === forceId) add(evidence, row);
    return { objectiveId, areaId, evidence };
  });
}

/**
 * Nationally, per objective: distinct evidence by status across the 43 forces, which forces have
 * delivered or verified evidence, and which have none.
 */
export async function nationalObjectiveProgress(
  ctx: HubContext,
  params: PlanProgressParams,
): Promise<NationalObjectiveProgress[]> {
  const [forces, rows] = await Promise.all([
    nationalForceIds(ctx.db),
    evidenceByObjective(ctx.db, {
      planVersionId: params.planVersionId ?? null,
      forceIds: null,
      dataAsAt: params.dataAsAt ?? null,
      publishedOnly: !readsEverything(ctx.viewer),
    }),
  ]);
  const national = new Set(forces);
  return [...byObjective(rows)].map(([objectiveId, { areaId, rows: all }]) => {
    const evidence = emptyCounts();
    const delivered = new Set<string>();
    for (const row of all) {
      if (row.forceId === null) add(evidence, row);
      else if (isDelivered(row.status) && national.has(row.forceId)) delivered.add(row.forceId);
    }
    return {
      objectiveId,
      areaId,
      evidence,
      forcesDelivered: forces.filter((f) => delivered.has(f)),
      forcesWithoutDelivered: forces.filter((f) => !delivered.has(f)),
    };
  });
}

export interface MeasureProgress {
  measureId: string;
  progress: number | null;
  expectedProgress: number | null;
  status: ReturnType<typeof measureStatus>;
  latest: number | null;
  latestDate: Date | null;
}

/** Progress and status of every measure of the force's own and its collaborations' objectives. */
export async function forceMeasureProgress(
  ctx: HubContext,
  forceId: string,
  params: PlanProgressParams,
): Promise<MeasureProgress[]> {
  const dataAsAt = params.dataAsAt ?? null;
  const rows = await ctx.loaders.analytics.measureTracks.load({ params: dataAsAt, key: forceId });
  const asOf = dataAsAt ?? new Date();
  return rows.map((m: MeasureTrackRow) => ({
    measureId: m.measureId,
    progress: progressTowardsTarget(m.baseline, m.target, m.latest),
    expectedProgress: expectedProgress(m.baselineDate, m.dueDate, m.latestDate),
    status: measureStatus({ ...m, asOf }),
    latest: m.latest,
    latestDate: m.latestDate,
  }));
}
