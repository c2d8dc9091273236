import { builder } from "../../builder.ts";
import { forceComparison, leagueTable, movers } from "../../services/analytics/comparisons.ts";
import {
  changeBetween,
  changeOver,
  type MeasureChange,
  type MeasurePoint,
  measureAt,
  trend,
  type WorkforceMeasureParams,
  workforceMeasureSpec,
} from "../../services/analytics/workforce-view.ts";
import type { RepresentationGroup } from "../../services/representation-view.ts";
import { SortDirectionEnum } from "../common/ordering.ts";
import { ForceRef } from "../forces/types.ts";
import { GenderEnum, RankEnum, WorkerTypeEnum, workforce } from "../workforce/enums.ts";
import { AreaInput, AreaRef, areaFromInput } from "./areas.ts";
import { ComparisonBasisEnum, IntervalRef, RepresentationGroupEnum } from "./representation.ts";

const WorkforceMeasureEnum = builder.enumType("WorkforceMeasure", {
  description:
    "A workforce measure of one ethnic group. Each names whether it is a count, a share, a ratio or a difference.",
  ...workforce,
  values: {
    HEADCOUNT: { description: "Headcount of the group (a count)." },
    SHARE: { description: "Share of the workforce with a stated ethnicity, 0–1 (a share)." },
    REPRESENTATION_RATIO: { description: "Workforce share ÷ census share (a ratio; 1 = representative)." },
    GAP_PERCENTAGE_POINTS: {
      description: "Census share − workforce share in percentage points (a difference).",
    },
  } as const,
});

export const RankBandEnum = builder.enumType("RankBand", {
  ...workforce,
  values: {
    CONSTABLES: { description: "Constables." },
    SERGEANT_TO_CHIEF_INSPECTOR: { description: "Sergeants, inspectors and chief inspectors." },
    SUPERINTENDENT_AND_ABOVE: { description: "Superintendents, chief superintendents and chief officers." },
    CHIEF_OFFICERS: { description: "Chief officers (ACC/Commander and above); published for 2003–2021." },
  } as const,
});

export const WorkforceMeasureInput = builder.inputType("WorkforceMeasureInput", {
  description: "Which measure of which group in which part of the workforce. Every field has a default.",
  ...workforce,
  fields: (t) => ({
    measure: t.field({
      type: WorkforceMeasureEnum,
      required: false,
      description: "Default REPRESENTATION_RATIO.",
    }),
    group: t.field({ type: RepresentationGroupEnum, required: false, description: "Default BLACK." }),
    workerType: t.field({ type: WorkerTypeEnum, required: false, description: "Default POLICE_OFFICER." }),
    ranks: t.field({ type: [RankEnum], required: false, description: "Default: all officer ranks." }),
    rankBand: t.field({ type: RankBandEnum, required: false, description: "Instead of ranks." }),
    genders: t.field({ type: [GenderEnum], required: false, description: "Default: every gender." }),
    asAt: t.field({
      type: "Date",
      required: false,
      description:
        "As-at date (31 March). Default: the latest date every chosen rank has data. Trends ignore it.",
    }),
    censusYear: t.int({
      required: false,
      description: "2011 or 2021. Default: the census nearest each date.",
    }),
    confidenceLevel: t.float({ required: false, description: "0.9, 0.95 (default) or 0.99." }),
    dataAsAt: t.field({
      type: "DateTime",
      required: false,
      description:
        "Answer as the data stood at this moment: only rows of import batches accepted by then (a later re-import that changed a row replaces it: rows carry their latest batch).",
    }),
  }),
});

type Args = { input?: WorkforceMeasureParams | null };
const spec = (args: Args) => workforceMeasureSpec(args.input);

const MeasurePointRef = builder.objectRef<MeasurePoint>("MeasurePoint").implement({
  description:
    "One workforce measure of one area at one date, summed in SQL over the member forces with data. Null, never 0, where the data do not define it; hidden counts are null with suppressed: true.",
  ...workforce,
  fields: (t) => ({
    area: t.field({ type: AreaRef, resolve: (p) => p.area }),
    asAt: t.field({ type: "Date", resolve: (p) => p.asAt }),
    censusYear: t.int({ resolve: (p) => p.censusYear }),
    comparisonBasis: t.field({
      type: ComparisonBasisEnum,
      description: "How workforce and census groups were made like for like.",
      resolve: (p) => p.basis,
    }),
    measure: t.field({ type: WorkforceMeasureEnum, resolve: (p) => p.spec.measure }),
    group: t.field({ type: RepresentationGroupEnum, resolve: (p) => p.spec.group as RepresentationGroup }),
    value: t.float({ nullable: true, resolve: (p) => p.value }),
    interval: t.field({
      type: IntervalRef,
      nullable: true,
      description: "Wilson interval of the workforce share, in the measure's units (none for HEADCOUNT).",
      resolve: (p) => p.interval,
    }),
    suppressed: t.boolean({ resolve: (p) => p.suppressed }),
    headcount: t.int({ nullable: true, resolve: (p) => p.headcount }),
    statedHeadcount: t.int({ nullable: true, resolve: (p) => p.statedHeadcount }),
    populationShare: t.float({ nullable: true, resolve: (p) => p.populationShare }),
    forcesWithData: t.idList({ resolve: (p) => p.forcesWithData }),
    forcesWithoutData: t.idList({
      description: "Member forces with no figure at this date: left out of the sums (no data, not zero).",
      resolve: (p) => p.forcesWithoutData,
    }),
  }),
});

const MeasureChangeRef = builder.objectRef<MeasureChange>("MeasureChange").implement({
  description: "Change of a measure between two dates.",
  ...workforce,
  fields: (t) => ({
    from: t.field({ type: MeasurePointRef, resolve: (c) => c.from }),
    to: t.field({ type: MeasurePointRef, resolve: (c) => c.to }),
    difference: t.float({
      nullable: true,
      description: "to − from in the measure's units (a difference).",
      resolve: (c) => c.difference ?? null,
    }),
    ratio: t.float({
      nullable: true,
      description: "to ÷ from (a ratio); null from 0.",
      resolve: (c) => c.ratio ?? null,
    }),
    differenceInterval: t.field({
      type: IntervalRef,
      nullable: true,
      description:
        "Newcombe interval of the difference, in the measure's units (null when the census share differs between the dates).",
      resolve: (c) => c.differenceInterval,
    }),
    exceedsUncertainty: t.boolean({
      nullable: true,
      description:
        "Whether the workforce share moved by more than its uncertainty (the interval leaves out 0).",
      resolve: (c) => c.exceedsUncertainty,
    }),
  }),
});

const LeagueRowRef = builder
  .objectRef<{
    rank: number | null;
    percentile: number | null;
    tiedWith: number;
    forceId: string;
    point: MeasurePoint | null;
  }>("LeagueRow")
  .implement({
    description: "One force's place. Forces with no data or a suppressed value have no rank and come last.",
    ...workforce,
    fields: (t) => ({
      rank: t.int({
        nullable: true,
        description: "1 + the number of forces strictly ahead (ties share a rank).",
        resolve: (r) => r.rank,
      }),
      percentile: t.float({
        nullable: true,
        description: "Share of ranked forces below, ties counted half (0–100).",
        resolve: (r) => r.percentile,
      }),
      tiedWith: t.int({ description: "Other forces with the same value.", resolve: (r) => r.tiedWith }),
      force: t.field({
        type: ForceRef,
        nullable: true,
        resolve: (r, _a, ctx) => ctx.loaders.forceById.load(r.forceId),
      }),
      point: t.field({
        type: MeasurePointRef,
        nullable: true,
        description: "Null: no data at the date.",
        resolve: (r) => r.point,
      }),
    }),
  });

const MoverRef = builder
  .objectRef<{ forceId: string; change: MeasureChange | null }>("WorkforceMover")
  .implement({
    ...workforce,
    fields: (t) => ({
      force: t.field({
        type: ForceRef,
        nullable: true,
        resolve: (r, _a, ctx) => ctx.loaders.forceById.load(r.forceId),
      }),
      change: t.field({ type: MeasureChangeRef, nullable: true, resolve: (r) => r.change }),
    }),
  });

const ComparisonRef = builder
  .objectRef<Awaited<ReturnType<typeof forceComparison>>>("WorkforceComparison")
  .implement({
    description:
      "A force against England and Wales, its region, its collaboration partners and a chosen peer set.",
    ...workforce,
    fields: (t) => ({
      force: t.field({ type: MeasurePointRef, nullable: true, resolve: (c) => c.force() }),
      national: t.field({ type: MeasurePointRef, nullable: true, resolve: (c) => c.national() }),
      region: t.field({ type: MeasurePointRef, nullable: true, resolve: (c) => c.region() }),
      collaborationPartners: t.field({
        type: MeasurePointRef,
        nullable: true,
        description: "The force's collaboration partners together (not the force itself).",
        resolve: (c) => c.partners(),
      }),
      peers: t.field({
        type: MeasurePointRef,
        nullable: true,
        description: "The chosen peer forces together.",
        resolve: (c) => c.peers(),
      }),
    }),
  });

const WorkforceTrendRef = builder
  .objectRef<{ points: MeasurePoint[]; change: MeasureChange | null }>("WorkforceTrend")
  .implement({
    ...workforce,
    fields: (t) => ({
      points: t.field({
        type: [MeasurePointRef],
        description: "Every as-at date with data, oldest first.",
        resolve: (r) => r.points,
      }),
      change: t.field({
        type: MeasureChangeRef,
        nullable: true,
        description: "From the first to the last point of the span.",
        resolve: (r) => r.change,
      }),
    }),
  });

builder.queryFields((t) => ({
  workforceMeasure: t.field({
    ...workforce,
    type: MeasurePointRef,
    nullable: true,
    description:
      "A workforce measure for any area (default England and Wales); null when no member has data at the date.",
    args: {
      area: t.arg({ type: AreaInput, required: false }),
      input: t.arg({ type: WorkforceMeasureInput, required: false }),
    },
    resolve: (_root, args, ctx) => measureAt(ctx, spec(args), areaFromInput(args.area)),
  }),
  workforceTrend: t.field({
    ...workforce,
    type: WorkforceTrendRef,
    description:
      "The measure at every as-at date the data hold for the area (one SQL statement), and its change over the span.",
    args: {
      area: t.arg({ type: AreaInput, required: false }),
      input: t.arg({ type: WorkforceMeasureInput, required: false }),
      from: t.arg({ type: "Date", required: false }),
      to: t.arg({ type: "Date", required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const points = await trend(ctx, spec(args), areaFromInput(args.area), args.from, args.to);
      const [first, last] = [points[0], points.at(-1)];
      return { points, change: first && last && first !== last ? changeBetween(first, last) : null };
    },
  }),
  workforceChange: t.field({
    ...workforce,
    type: MeasureChangeRef,
    nullable: true,
    description: "Change of the measure between two as-at dates; null when either has no data.",
    args: {
      area: t.arg({ type: AreaInput, required: false }),
      input: t.arg({ type: WorkforceMeasureInput, required: false }),
      from: t.arg({ type: "Date", required: true }),
      to: t.arg({ type: "Date", required: true }),
    },
    resolve: (_root, args, ctx) => changeOver(ctx, spec(args), areaFromInput(args.area), args.from, args.to),
  }),
  workforceLeagueTable: t.field({
    ...workforce,
    type: [LeagueRowRef],
    description:
      "Every force (default the 43 of England and Wales, or the chosen ones) ranked on the measure at one date, in one SQL statement.",
    args: {
      input: t.arg({ type: WorkforceMeasureInput, required: false }),
      forceIds: t.arg.idList({ required: false }),
      order: t.arg({
        type: SortDirectionEnum,
        required: false,
        description: "DESC (default): highest value ranks 1.",
      }),
    },
    resolve: (_root, args, ctx) =>
      leagueTable(ctx, spec(args), args.forceIds?.map(String) ?? null, args.order !== "ASC"),
  }),
  workforceMovers: t.field({
    ...workforce,
    type: [MoverRef],
    description:
      "Which forces moved most between two dates: largest absolute difference first; no-data forces last.",
    args: {
      input: t.arg({ type: WorkforceMeasureInput, required: false }),
      from: t.arg({ type: "Date", required: true }),
      to: t.arg({ type: "Date", required: true }),
      forceIds: t.arg.idList({ required: false }),
    },
    resolve: (_root, args, ctx) =>
      movers(ctx, spec(args), args.from, args.to, args.forceIds?.map(String) ?? null),
  }),
}));

builder.prismaObjectField(ForceRef, "workforceComparison", (t) =>
  t.field({
    ...workforce,
    type: ComparisonRef,
    description:
      "This force against England and Wales, its region, its collaboration partners and any peer set.",
    args: {
      input: t.arg({ type: WorkforceMeasureInput, required: false }),
      peerForceIds: t.arg.idList({ required: false }),
    },
    resolve: (force, args, ctx) =>
      forceComparison(ctx, spec(args), force, args.peerForceIds?.map(String) ?? null),
  }),
);
