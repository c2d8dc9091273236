import { builder } from "../../builder.ts";
import type { HubContext } from "../../context.ts";
import type { EthnicGroup } from "../../generated/prisma/enums.ts";
import { nationalForceIds } from "../../services/analytics/areas.ts";
import {
  AreaDisproportionality,
  type DisproportionalityParams,
  disproportionalitySpec,
  type GroupDisproportionality,
} from "../../services/analytics/disproportionality-view.ts";
import { ForceRef } from "../forces/types.ts";
import { EthnicGroupEnum, EthnicityBasisEnum, PolicePowerEnum, workforce } from "../workforce/enums.ts";
import { AreaInput, AreaRef, areaFromInput } from "./areas.ts";
import { IntervalRef } from "./representation.ts";

export const DataStatusEnum = builder.enumType("DataStatus", {
  description: "How much of the period's data the area's forces submitted.",
  ...workforce,
  values: {
    COMPLETE: { description: "Every member force submitted every month of the period." },
    PARTIAL: { description: "Some months or some member forces are missing: figures cover what was sent." },
    NO_DATA: { description: "No member force submitted anything: every figure is null (never 0)." },
  } as const,
});

export const DisproportionalityInput = builder.inputType("DisproportionalityInput", {
  description: "Which police power, period and census. Every field has a default.",
  ...workforce,
  fields: (t) => ({
    power: t.field({ type: PolicePowerEnum, required: false, description: "Default STOP_AND_SEARCH." }),
    tactic: t.string({
      required: false,
      description:
        'Default: the power\'s whole total ("ALL" stop and search, "Total Tactics" use of force, "CED" Taser).',
    }),
    ethnicityBasis: t.field({
      type: EthnicityBasisEnum,
      required: false,
      description: "Default: SELF_DEFINED for stop and search, OFFICER_DEFINED for use of force and Taser.",
    }),
    periodEnd: t.field({ type: "Date", required: false, description: "Default: the latest period held." }),
    censusYear: t.int({ required: false, description: "2011 or 2021. Default: nearest the period's end." }),
    referenceGroup: t.field({ type: EthnicGroupEnum, required: false, description: "Default WHITE." }),
    confidenceLevel: t.float({ required: false, description: "0.9, 0.95 or 0.99 (default)." }),
    dataAsAt: t.field({
      type: "DateTime",
      required: false,
      description: "Answer as the data stood at this moment: only rows of import batches accepted by then.",
    }),
  }),
});

const RatioBoundsRef = builder
  .objectRef<{ lower: number | null; upper: number | null }>("RatioBounds")
  .implement({
    description:
      "The range a rate ratio could take if every use with no recorded ethnicity belonged to one side: lower = all in the reference group, upper = all in the comparison group.",
    ...workforce,
    fields: (t) => ({
      lower: t.float({ nullable: true, resolve: (b) => b.lower }),
      upper: t.float({ nullable: true, resolve: (b) => b.upper }),
    }),
  });

const GroupDisproportionalityRef = builder
  .objectRef<GroupDisproportionality>("GroupDisproportionality")
  .implement({
    description:
      "One group's use of the power against its census population, and its rate ratio to the reference group (a ratio, not a difference). Null, never 0, where the data do not define a figure.",
    ...workforce,
    fields: (t) => ({
      group: t.field({ type: EthnicGroupEnum, resolve: (g) => g.group as EthnicGroup }),
      suppressed: t.boolean({
        description:
          "The group's or the reference group's count is hidden from this viewer (1–4 or a complement): uses and every figure derived from them are null.",
        resolve: (g) => g.suppressed(),
      }),
      uses: t.float({
        nullable: true,
        description:
          "Uses (searches, tactics) on people of the group, summed over the member forces with data.",
        resolve: (g) => g.uses(),
      }),
      population: t.float({
        nullable: true,
        description: "Census population of the group in the member forces with data.",
        resolve: (g) => g.population(),
      }),
      ratePerThousand: t.float({
        nullable: true,
        description:
          "Uses per 1,000 people a year, over the months actually submitted (a part year is annualised).",
        resolve: (g) => g.ratePerThousand(),
      }),
      ratio: t.float({
        nullable: true,
        description:
          "Rate ratio to the reference group: (uses/population) ÷ (reference uses/reference population).",
        resolve: (g) => g.ratio(),
      }),
      ratioInterval: t.field({
        type: IntervalRef,
        nullable: true,
        description: "Poisson log interval of the ratio. Null when either count is 0.",
        resolve: (g) => g.ratioInterval(),
      }),
      ratioBounds: t.field({
        type: RatioBoundsRef,
        nullable: true,
        description: "Bounds for uses with no recorded ethnicity.",
        resolve: (g) => g.ratioBounds(),
      }),
    }),
  });

const PowerDisproportionalityRef = builder
  .objectRef<AreaDisproportionality>("PowerDisproportionality")
  .implement({
    description:
      "Disproportionality in one police power for one area and period, computed in SQL from raw counts on demand. Forces that submitted nothing are listed in forcesWithoutData and left out of every sum.",
    ...workforce,
    fields: (t) => ({
      area: t.field({ type: AreaRef, resolve: (a) => a.area }),
      power: t.field({ type: PolicePowerEnum, resolve: (a) => a.spec.window.power }),
      tactic: t.string({ resolve: (a) => a.spec.window.tactic }),
      ethnicityBasis: t.field({ type: EthnicityBasisEnum, resolve: (a) => a.spec.window.ethnicityBasis }),
      censusYear: t.int({ resolve: (a) => a.spec.window.censusYear }),
      referenceGroup: t.field({
        type: EthnicGroupEnum,
        resolve: (a) => a.spec.referenceGroup as EthnicGroup,
      }),
      periodStart: t.field({
        type: "Date",
        nullable: true,
        resolve: async (a) => (await a.data()).periodStart,
      }),
      periodEnd: t.field({ type: "Date", nullable: true, resolve: async (a) => (await a.data()).periodEnd }),
      status: t.field({ type: DataStatusEnum, resolve: (a) => a.status() }),
      minMonthsSubmitted: t.int({
        nullable: true,
        description: "Fewest months any member force with data submitted.",
        resolve: async (a) => (await a.data()).minMonths,
      }),
      maxMonthsSubmitted: t.int({ nullable: true, resolve: async (a) => (await a.data()).maxMonths }),
      forcesWithData: t.field({
        type: [ForceRef],
        resolve: async (a, _args, ctx) => loadForces(ctx, (await a.data()).forcesWithData),
      }),
      forcesWithoutData: t.field({
        type: [ForceRef],
        description: "Member forces that submitted nothing in the period: no data, not zero.",
        resolve: async (a, _args, ctx) => loadForces(ctx, (await a.data()).forcesWithoutData),
      }),
      unknownUses: t.float({
        nullable: true,
        description: "Uses with no recorded ethnicity (left out of every group; they give the bounds).",
        resolve: (a) => a.unknownUses(),
      }),
      unknownShare: t.float({
        nullable: true,
        description:
          "Share of all counted uses with no recorded ethnicity: a high share makes ratios unreliable.",
        resolve: (a) => a.unknownShare(),
      }),
      group: t.field({
        type: GroupDisproportionalityRef,
        args: { group: t.arg({ type: EthnicGroupEnum, required: true }) },
        resolve: (a, args) => a.forGroup(args.group),
      }),
      groups: t.field({
        type: [GroupDisproportionalityRef],
        args: {
          groups: t.arg({
            type: [EthnicGroupEnum],
            required: false,
            description: "Default: every census group but the reference group.",
          }),
        },
        resolve: (a, args) =>
          (args.groups ?? ["ASIAN", "BLACK", "MIXED", "OTHER", "WHITE"])
            .filter((g) => args.groups || g !== a.spec.referenceGroup)
            .map((g) => a.forGroup(g)),
      }),
    }),
  });

async function loadForces(ctx: HubContext, ids: string[]) {
  const forces = await ctx.loaders.forceById.loadMany(ids);
  return forces.filter((f): f is Exclude<typeof f, Error | null> => f != null && !(f instanceof Error));
}

const input = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) =>
  t.arg({ type: DisproportionalityInput, required: false });

builder.queryFields((t) => ({
  disproportionality: t.field({
    ...workforce,
    type: PowerDisproportionalityRef,
    description: "Disproportionality in a police power for any area (default England and Wales).",
    args: { area: t.arg({ type: AreaInput, required: false }), input: input(t) },
    resolve: (_root, args, ctx) =>
      new AreaDisproportionality(
        ctx,
        disproportionalitySpec(args.input as DisproportionalityParams),
        areaFromInput(args.area),
      ),
  }),
  disproportionalityByForce: t.field({
    ...workforce,
    type: [PowerDisproportionalityRef],
    description:
      "The same figures for each force (default: the 43 territorial forces of England and Wales), in one SQL statement.",
    args: { input: input(t), forceIds: t.arg.idList({ required: false }) },
    resolve: async (_root, args, ctx) => {
      const spec = disproportionalitySpec(args.input as DisproportionalityParams);
      const ids = args.forceIds?.map(String) ?? (await nationalForceIds(ctx.db));
      return ids.map((id) => new AreaDisproportionality(ctx, spec, { kind: "FORCES", ids: [id] }));
    },
  }),
}));

builder.prismaObjectField(ForceRef, "disproportionality", (t) =>
  t.field({
    ...workforce,
    type: PowerDisproportionalityRef,
    description: "Disproportionality in a police power in this force's area.",
    args: { input: t.arg({ type: DisproportionalityInput, required: false }) },
    resolve: (force, args, ctx) =>
      new AreaDisproportionality(ctx, disproportionalitySpec(args.input as DisproportionalityParams), {
        kind: "FORCES",
        ids: [force.id],
      }),
  }),
);
