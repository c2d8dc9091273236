import { builder } from "../../builder.ts";
import {
  forceMeasureProgress,
  forceObjectiveProgress,
  type MeasureProgress,
  type NationalObjectiveProgress,
  nationalObjectiveProgress,
  type ObjectiveProgress,
  type PlanProgressParams,
  type StatusCounts,
} from "../../services/analytics/plan-progress-view.ts";
import { plan } from "../common/subgraphs.ts";
import { ForceRef } from "../forces/types.ts";
import { ObjectiveRef, PlanAreaRef } from "../plan/types.ts";

const MeasureStatusEnum = builder.enumType("MeasureStatus", {
  description: "Where a force measure stands against its target and due date.",
  ...plan,
  values: {
    MET: { description: "The latest observation reached the target." },
    ON_TRACK: {
      description:
        "At or ahead of the straight line from baseline (at its date) to target (at the due date).",
    },
    AT_RISK: { description: "Behind that line, with the due date not yet passed." },
    LATE: { description: "The due date has passed and the target was not met." },
  } as const,
});

const StatusCountsRef = builder.objectRef<StatusCounts>("EvidenceStatusCounts").implement({
  description: "Evidence by status (a count of records; 0 is a real 0).",
  ...plan,
  fields: (t) => ({
    planned: t.int({ resolve: (c) => c.PLANNED }),
    inProgress: t.int({ resolve: (c) => c.IN_PROGRESS }),
    delivered: t.int({ resolve: (c) => c.DELIVERED }),
    verified: t.int({ resolve: (c) => c.VERIFIED }),
    withdrawn: t.int({ resolve: (c) => c.WITHDRAWN }),
    total: t.int({ resolve: (c) => c.total }),
  }),
});

const ObjectiveProgressRef = builder.objectRef<ObjectiveProgress>("ObjectiveProgress").implement({
  description: "One force's evidence against one national objective.",
  ...plan,
  fields: (t) => ({
    objective: t.prismaField({
      type: ObjectiveRef,
      resolve: (query, p, _args, ctx) =>
        ctx.db.objective.findUniqueOrThrow({ ...query, where: { id: p.objectiveId } }),
    }),
    evidence: t.field({ type: StatusCountsRef, resolve: (p) => p.evidence }),
  }),
});

const NationalObjectiveProgressRef = builder
  .objectRef<NationalObjectiveProgress>("NationalObjectiveProgress")
  .implement({
    description: "An objective across the 43 forces of England and Wales.",
    ...plan,
    fields: (t) => ({
      objective: t.prismaField({
        type: ObjectiveRef,
        resolve: (query, p, _args, ctx) =>
          ctx.db.objective.findUniqueOrThrow({ ...query, where: { id: p.objectiveId } }),
      }),
      evidence: t.field({
        type: StatusCountsRef,
        description: "Distinct evidence records by status (collaboration evidence counted once).",
        resolve: (p) => p.evidence,
      }),
      forcesWithDeliveredCount: t.int({
        description:
          "Forces with at least one DELIVERED or VERIFIED record (their own or a collaboration's).",
        resolve: (p) => p.forcesDelivered.length,
      }),
      forcesWithDelivered: t.field({
        type: [ForceRef],
        resolve: (p, _a, ctx) => loadForces(ctx, p.forcesDelivered),
      }),
      forcesWithoutDelivered: t.field({
        type: [ForceRef],
        description: "Forces with no delivered or verified evidence for the objective.",
        resolve: (p, _a, ctx) => loadForces(ctx, p.forcesWithoutDelivered),
      }),
    }),
  });

async function loadForces(ctx: Parameters<typeof nationalObjectiveProgress>[0], ids: string[]) {
  const rows = await ctx.loaders.forceById.loadMany(ids);
  return rows.filter((r): r is Exclude<typeof r, Error | null> => r != null && !(r instanceof Error));
}

const AreaProgressRef = builder
  .objectRef<{ areaId: string | null; objectives: NationalObjectiveProgress[] }>("AreaProgress")
  .implement({
    description: "The objectives of one area of focus (area null: commitments the plan places in no area).",
    ...plan,
    fields: (t) => ({
      area: t.prismaField({
        type: PlanAreaRef,
        nullable: true,
        resolve: (query, a, _args, ctx) =>
          a.areaId ? ctx.db.planArea.findUnique({ ...query, where: { id: a.areaId } }) : null,
      }),
      objectives: t.field({ type: [NationalObjectiveProgressRef], resolve: (a) => a.objectives }),
    }),
  });

const MeasureProgressRef = builder.objectRef<MeasureProgress>("MeasureProgress").implement({
  description: "A force measure's progress from baseline to target, and its status, as the data stood.",
  ...plan,
  fields: (t) => ({
    measure: t.prismaField({
      type: "Measure",
      resolve: (query, m, _args, ctx) =>
        ctx.db.measure.findUniqueOrThrow({ ...query, where: { id: m.measureId } }),
    }),
    latestValue: t.float({ nullable: true, resolve: (m) => m.latest }),
    latestObservedOn: t.field({ type: "Date", nullable: true, resolve: (m) => m.latestDate }),
    progress: t.float({
      nullable: true,
      description: "(latest − baseline) ÷ (target − baseline); null when not defined.",
      resolve: (m) => m.progress,
    }),
    expectedProgress: t.float({
      nullable: true,
      description:
        "Where the straight line from baseline to target stood at the latest observation's date (0–1).",
      resolve: (m) => m.expectedProgress,
    }),
    status: t.field({
      type: MeasureStatusEnum,
      nullable: true,
      description:
        "Null: not assessable (no observation, no numeric baseline/target, or no dates for the line).",
      resolve: (m) => m.status,
    }),
  }),
});

builder.queryFields((t) => ({
  planProgress: t.field({
    ...plan,
    type: [AreaProgressRef],
    description:
      "National progress per area of focus and objective: distinct evidence by status, which forces have delivered or verified evidence and which have none.",
    args: {
      planVersionId: t.arg.id({
        required: false,
        description: "Default: the latest version with objectives.",
      }),
      dataAsAt: t.arg({
        type: "DateTime",
        required: false,
        description: "Answer with the evidence statuses as they stood at this moment (from the audit trail).",
      }),
    },
    resolve: async (_root, a, ctx) => {
      const objectives = await nationalObjectiveProgress(ctx, {
        planVersionId: a.planVersionId == null ? null : String(a.planVersionId),
        dataAsAt: a.dataAsAt,
      });
      const areas = new Map<string | null, NationalObjectiveProgress[]>();
      for (const o of objectives) areas.set(o.areaId, [...(areas.get(o.areaId) ?? []), o]);
      return [...areas].map(([areaId, list]) => ({ areaId, objectives: list }));
    },
  }),
}));

const ForcePlanProgressRef = builder
  .objectRef<{ forceId: string } & PlanProgressParams>("ForcePlanProgress")
  .implement({
    description: "One force's progress: evidence per national objective and its measures' status.",
    ...plan,
    fields: (t) => ({
      objectives: t.field({
        type: [ObjectiveProgressRef],
        resolve: (p, _a, ctx) => forceObjectiveProgress(ctx, p.forceId, p),
      }),
      measures: t.field({
        type: [MeasureProgressRef],
        description: "Measures of the force's own objectives and its collaborations'.",
        resolve: (p, _a, ctx) => forceMeasureProgress(ctx, p.forceId, p),
      }),
    }),
  });

builder.prismaObjectField(ForceRef, "planProgress", (t) =>
  t.field({
    ...plan,
    type: ForcePlanProgressRef,
    args: {
      planVersionId: t.arg.id({
        required: false,
        description: "Default: the latest version with objectives.",
      }),
      dataAsAt: t.arg({
        type: "DateTime",
        required: false,
        description: "As the data stood at this moment.",
      }),
    },
    resolve: (force, a) => ({
      forceId: force.id,
      planVersionId: a.planVersionId == null ? null : String(a.planVersionId),
      dataAsAt: a.dataAsAt ?? null,
    }),
  }),
);
