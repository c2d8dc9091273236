import {
  basisDescriptions,
  censusClassification,
  workforceClassification,
} from "../../analytics/ethnic-groups.ts";
import type { Interval } from "../../analytics/intervals.ts";
import { builder } from "../../builder.ts";
import {
  censusGap,
  GroupRepresentation,
  notStatedHeadcount,
  type Representation,
  type RepresentationGroup,
  ranksWithoutData,
  representationFor,
  statedGroups,
  visibleStatedHeadcount,
} from "../../services/representation-view.ts";
import { ForceRef } from "../forces/types.ts";
import { EthnicClassificationEnum, RankEnum, WorkerTypeEnum, workforce } from "../workforce/enums.ts";

export const IntervalRef = builder.objectRef<Interval>("ConfidenceInterval").implement({
  description:
    "A two-sided confidence interval (Wilson score for proportions; ratios scale it by the census share).",
  ...workforce,
  fields: (t) => ({
    lower: t.exposeFloat("lower"),
    upper: t.exposeFloat("upper"),
    level: t.exposeFloat("level", { description: "e.g. 0.95" }),
  }),
});

export const BoundsRef = builder.objectRef<{ lower: number; upper: number }>("Bounds").implement({
  description:
    "Hard bounds (not a confidence interval): the least and the most a figure can be given what is not known.",
  ...workforce,
  fields: (t) => ({ lower: t.exposeFloat("lower"), upper: t.exposeFloat("upper") }),
});

export const ComparisonBasisEnum = builder.enumType("ComparisonBasis", {
  description: "How the workforce's and the census's ethnic groups are brought onto the same groups.",
  ...workforce,
  values: Object.fromEntries(
    Object.entries(basisDescriptions).map(([value, description]) => [value, { description }]),
  ) as Record<keyof typeof basisDescriptions, { description: string }>,
});

export const RepresentationGroupEnum = builder.enumType("RepresentationGroup", {
  description: "A broad ethnic group, or MINORITY_ETHNIC: every stated group except White.",
  ...workforce,
  values: [...statedGroups, "MINORITY_ETHNIC"] as const,
});

export const RepresentationInput = builder.inputType("RepresentationInput", {
  description: "Which workforce to compare with which census. Every field has a default.",
  ...workforce,
  fields: (t) => ({
    asAt: t.field({
      type: "Date",
      required: false,
      description: "As-at date (31 March). Default: the latest date at which every chosen rank has data.",
    }),
    workerType: t.field({ type: WorkerTypeEnum, required: false, defaultValue: "POLICE_OFFICER" }),
    ranks: t.field({ type: [RankEnum], required: false, description: "Default: all officer ranks." }),
    censusYear: t.int({
      required: false,
      description: "2011 or 2021. Default: the census nearest the as-at date.",
    }),
    confidenceLevel: t.float({ required: false, defaultValue: 0.95, description: "0.9, 0.95 or 0.99." }),
  }),
});

const GroupRepresentationRef = builder.objectRef<GroupRepresentation>("GroupRepresentation").implement({
  description:
    "One group's presence in the workforce against the census, in harmonised groups (see `Representation.comparisonBasis`). Shares use stated ethnicity only. Disclosure control (data/README.md) hides small counts and their complements (null, `suppressed: true`) unless the viewer is national or the force's own.",
  ...workforce,
  fields: (t) => ({
    group: t.field({ type: RepresentationGroupEnum, resolve: (g) => g.group }),
    comparable: t.boolean({
      description:
        "False when the workforce table and the census count this group differently (Asian and Other of a pre-2021 workforce against Census 2021): the population figures are then null.",
      resolve: (g) => g.comparable(),
    }),
    suppressed: t.boolean({
      description:
        "True when the headcount is hidden by disclosure control (see data/README.md): every figure derived from it is null too.",
      resolve: (g) => g.suppressed(),
    }),
    headcount: t.int({ nullable: true, resolve: (g) => g.headcount() }),
    share: t.float({
      nullable: true,
      description: "Share of the workforce with a stated ethnicity (0–1).",
      resolve: (g) => g.share(),
    }),
    shareInterval: t.field({
      type: IntervalRef,
      nullable: true,
      description:
        "Wilson score interval, treating the workforce as a sample of the process that staffs it. The count itself is a full count: for what is actually unknown see `notStatedBounds`.",
      resolve: (g) => g.shareInterval(),
    }),
    notStatedBounds: t.field({
      type: BoundsRef,
      nullable: true,
      description:
        "The group's share of the WHOLE workforce (stated and not stated) if none (lower) or all (upper) of the people with no stated ethnicity were in it: the uncertainty the not-stated leave.",
      resolve: (g) => g.notStatedBounds(),
    }),
    population: t.int({
      nullable: true,
      description: "Census population of the area.",
      resolve: (g) => g.population(),
    }),
    populationShare: t.float({ nullable: true, resolve: (g) => g.populationShare() }),
    ratio: t.float({
      nullable: true,
      description: "Representation ratio (a ratio): share ÷ population share. 1 = representative.",
      resolve: (g) => g.ratio(),
    }),
    ratioInterval: t.field({
      type: IntervalRef,
      nullable: true,
      description: "`shareInterval` divided by the census share (the census share is taken as exact).",
      resolve: (g) => g.ratioInterval(),
    }),
    ratioNotStatedBounds: t.field({
      type: BoundsRef,
      nullable: true,
      description: "`notStatedBounds` divided by the census share.",
      resolve: (g) => g.ratioNotStatedBounds(),
    }),
    gapPercentagePoints: t.float({
      nullable: true,
      description: "Gap (a difference): population share − workforce share, in percentage points.",
      resolve: (g) => g.gapPercentagePoints(),
    }),
    headcountNeeded: t.float({
      nullable: true,
      description:
        "Population share × stated workforce − headcount: how many more to be representative (negative: over).",
      resolve: (g) => g.headcountNeeded(),
    }),
  }),
});

const RepresentationRef = builder.objectRef<Representation>("Representation").implement({
  description:
    "A force's (or England and Wales's) workforce by ethnic group against its census population. Computed in SQL on demand; ask only for what you need.",
  ...workforce,
  fields: (t) => ({
    force: t.field({
      type: ForceRef,
      nullable: true,
      description: "Null for the national rollup (the 43 forces of England and Wales).",
      resolve: (rep, _args, ctx) => (rep.forceId ? ctx.loaders.forceById.load(rep.forceId) : null),
    }),
    asAt: t.field({ type: "Date", resolve: (rep) => rep.slice.asAt }),
    workerType: t.field({ type: WorkerTypeEnum, resolve: (rep) => rep.slice.workerType }),
    ranks: t.field({ type: [RankEnum], resolve: (rep) => [...rep.slice.ranks] }),
    ranksWithoutData: t.field({
      type: [RankEnum],
      description:
        "Always empty: a date at which some chosen ranks have no numbers is refused (BAD_USER_INPUT) rather than presented as those ranks.",
      resolve: (rep, _args, ctx) => ranksWithoutData(ctx, rep),
    }),
    censusYear: t.int({ resolve: (rep) => rep.censusYear }),
    censusGapYears: t.float({
      nullable: true,
      description:
        "Years between the workforce date and census day: the population the workforce is compared with may have changed in between (no interval covers that).",
      resolve: (rep) => censusGap(rep),
    }),
    workforceClassification: t.field({
      type: EthnicClassificationEnum,
      resolve: (rep) => workforceClassification(rep.slice.asAt),
    }),
    censusClassification: t.field({
      type: EthnicClassificationEnum,
      resolve: (rep) => censusClassification(rep.censusYear),
    }),
    comparisonBasis: t.field({ type: ComparisonBasisEnum, resolve: (rep) => rep.basis }),
    statedHeadcount: t.int({
      nullable: true,
      description:
        "Headcount with a stated ethnicity: the denominator of every share. Null when showing it would reveal a suppressed group.",
      resolve: (rep, _args, ctx) => visibleStatedHeadcount(ctx, rep),
    }),
    notStatedHeadcount: t.int({
      nullable: true,
      description: "Headcount with no stated ethnicity. Null when hidden by disclosure control.",
      resolve: (rep, _args, ctx) => notStatedHeadcount(ctx, rep),
    }),
    groups: t.field({
      type: [GroupRepresentationRef],
      description: "ASIAN, BLACK, MIXED, WHITE, OTHER, then MINORITY_ETHNIC.",
      resolve: (rep, _args, ctx) =>
        [...statedGroups, "MINORITY_ETHNIC" as const].map((g) => new GroupRepresentation(ctx, rep, g)),
    }),
    group: t.field({
      type: GroupRepresentationRef,
      args: { group: t.arg({ type: RepresentationGroupEnum, required: true }) },
      resolve: (rep, args, ctx) => new GroupRepresentation(ctx, rep, args.group as RepresentationGroup),
    }),
  }),
});

const representationDescription =
  "Null when there is nothing to compare: no workforce numbers for the chosen worker type and ranks, or no census population for the area (BTP, PSNI). A date at which some chosen ranks have no numbers is refused (BAD_USER_INPUT).";

builder.prismaObjectField(ForceRef, "representation", (t) =>
  t.field({
    ...workforce,
    type: RepresentationRef,
    nullable: true,
    description: `This force's workforce against its area's census. ${representationDescription}`,
    args: { input: t.arg({ type: RepresentationInput, required: false }) },
    resolve: (force, args, ctx) => representationFor(ctx, force.id, args.input),
  }),
);

builder.queryFields((t) => ({
  nationalRepresentation: t.field({
    ...workforce,
    type: RepresentationRef,
    nullable: true,
    description: `England and Wales (the 43 territorial forces) against the census. ${representationDescription}`,
    args: { input: t.arg({ type: RepresentationInput, required: false }) },
    resolve: (_root, args, ctx) => representationFor(ctx, null, args.input),
  }),
}));
