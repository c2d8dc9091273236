import { GraphQLError } from "graphql";
import { type Interval, scaleInterval, wilsonInterval } from "../analytics/intervals.ts";
import {
  cellsToSuppress,
  headcountNeeded,
  isSmallNumber,
  nearestCensusYear,
  representationGap,
  representationRatio,
  share,
} from "../analytics/representation.ts";
import type { HubContext } from "../context.ts";
import type { EthnicGroup, Rank, WorkerType } from "../generated/prisma/enums.ts";
import type { GroupCounts, WorkforceSlice } from "./representation.ts";

// The representation of one force (or England and Wales) for one workforce slice and census. Fields
// are resolved lazily from two batched SQL aggregates (workforce by group, population by group): a query
// that asks only for headcounts never reads the census, and 45 forces cost the same statements as one.

export const statedGroups = ["ASIAN", "BLACK", "MIXED", "WHITE", "OTHER"] as const satisfies EthnicGroup[];
export type RepresentationGroup = (typeof statedGroups)[number] | "MINORITY_ETHNIC";
const groupsOf = (group: RepresentationGroup): readonly EthnicGroup[] =>
  group === "MINORITY_ETHNIC" ? statedGroups.filter((g) => g !== "WHITE") : [group];

export const officerRanks: readonly Rank[] = [
  "CHIEF_OFFICER",
  "CHIEF_SUPERINTENDENT",
  "SUPERINTENDENT",
  "CHIEF_INSPECTOR",
  "INSPECTOR",
  "SERGEANT",
  "CONSTABLE",
];

export interface RepresentationParams {
  asAt?: Date | null;
  workerType?: WorkerType | null;
  ranks?: readonly Rank[] | null;
  censusYear?: number | null;
  confidenceLevel?: number | null;
}

export interface Representation {
  /** null: England and Wales (the forces with a census population). */
  forceId: string | null;
  slice: WorkforceSlice;
  censusYear: number;
  confidenceLevel: number;
  /** Whether counts of 1–4 may be shown to this viewer. */
  showSmallNumbers: boolean;
}

/** Resolves defaults (latest as-at date with data for every rank; nearest census). Null: no data at all. */
function checkParams(params: RepresentationParams | null | undefined): void {
  const level = params?.confidenceLevel;
  if (level != null && !confidenceLevels.includes(level))
    throw badInput(`confidenceLevel must be one of ${confidenceLevels.join(", ")}; got ${level}.`);
  const census = params?.censusYear;
  if (census != null && !censuses.includes(census))
    throw badInput(
      `censusYear must be one of ${censuses.join(", ")} (the censuses the hub holds); got ${census}.`,
    );
}

const confidenceLevels = [0.9, 0.95, 0.99];
const censuses = [2011, 2021];
const badInput = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });

export async function representationFor(
  ctx: HubContext,
  forceId: string | null,
  params: RepresentationParams | null | undefined,
): Promise<Representation | null> {
  checkParams(params);
  const workerType = params?.workerType ?? "POLICE_OFFICER";
  const ranks = params?.ranks?.length
    ? [...new Set(params.ranks)]
    : workerType === "POLICE_OFFICER"
      ? officerRanks
      : (["NOT_APPLICABLE"] as const);
  const asAt = params?.asAt ?? (await ctx.loaders.latestAsAt.load({ workerType, ranks }));
  if (!asAt) return null;
  return {
    forceId,
    slice: { asAt, workerType, ranks },
    censusYear: params?.censusYear ?? nearestCensusYear(asAt, censuses),
    confidenceLevel: params?.confidenceLevel ?? 0.95,
    showSmallNumbers:
      ctx.viewer.role === "national" ||
      ctx.viewer.role === "admin" ||
      (forceId !== null && ctx.viewer.forceIds.includes(forceId)),
  };
}

export const workforceCounts = (ctx: HubContext, rep: Representation): Promise<GroupCounts> =>
  ctx.loaders.workforceByGroup.load({ params: rep.slice, forceId: rep.forceId });

const population = (ctx: HubContext, rep: Representation) =>
  ctx.loaders.populationByGroup.load({ params: rep.censusYear, forceId: rep.forceId });

function sum(values: (number | undefined)[]): number | null {
  const present = values.filter((v): v is number => v !== undefined);
  return present.length ? present.reduce((a, b) => a + b, 0) : null;
}

export async function statedHeadcount(ctx: HubContext, rep: Representation): Promise<number | null> {
  const counts = await workforceCounts(ctx, rep);
  return sum(statedGroups.map((g) => counts.headcount.get(g)));
}

/** The stated total as the viewer may see it: hidden when one lone group is hidden (total − rest = it). */
export async function visibleStatedHeadcount(ctx: HubContext, rep: Representation): Promise<number | null> {
  if (!rep.showSmallNumbers) {
    const hidden = await suppressedGroups(ctx, rep);
    if (hidden.size === 1) return null;
  }
  return statedHeadcount(ctx, rep);
}

export async function notStatedHeadcount(ctx: HubContext, rep: Representation): Promise<number | null> {
  return (await workforceCounts(ctx, rep)).headcount.get("NOT_STATED") ?? null;
}

export async function ranksWithoutData(ctx: HubContext, rep: Representation): Promise<Rank[]> {
  const { ranksWithData } = await workforceCounts(ctx, rep);
  return rep.slice.ranks.filter((rank) => !ranksWithData.has(rank));
}

/**
 * Groups hidden from a viewer who may not see small numbers: small cells and their complements
 * (see cellsToSuppress); if the minority-ethnic total is itself small, every group, since
 * stated − White would give it back.
 */
export async function suppressedGroups(
  ctx: HubContext,
  rep: Representation,
): Promise<Set<RepresentationGroup>> {
  const { headcount } = await workforceCounts(ctx, rep);
  const minority = sum(groupsOf("MINORITY_ETHNIC").map((g) => headcount.get(g)));
  if (isSmallNumber(minority)) return new Set([...statedGroups, "MINORITY_ETHNIC"]);
  return cellsToSuppress(new Map(statedGroups.map((g) => [g, headcount.get(g) ?? null])));
}

/** One group's figures; each method computes only its own field. */
export class GroupRepresentation {
  constructor(
    private readonly ctx: HubContext,
    readonly rep: Representation,
    readonly group: RepresentationGroup,
  ) {}

  /** The true headcount, for computing; `headcount()` is what the viewer may see. */
  private async rawHeadcount(): Promise<number | null> {
    const counts = await workforceCounts(this.ctx, this.rep);
    return sum(groupsOf(this.group).map((g) => counts.headcount.get(g)));
  }

  async suppressed(): Promise<boolean> {
    if (this.rep.showSmallNumbers) return false;
    return (await suppressedGroups(this.ctx, this.rep)).has(this.group);
  }

  /** Null when suppressed: every figure below is derived from the headcount and would reveal it. */
  private async visibleHeadcount(): Promise<number | null> {
    return (await this.suppressed()) ? null : this.rawHeadcount();
  }

  headcount = () => this.visibleHeadcount();

  async share(): Promise<number | null> {
    return share(await this.visibleHeadcount(), await visibleStatedHeadcount(this.ctx, this.rep));
  }

  async shareInterval(): Promise<Interval | null> {
    const [count, stated] = [await this.visibleHeadcount(), await visibleStatedHeadcount(this.ctx, this.rep)];
    return count == null || stated == null ? null : wilsonInterval(count, stated, this.rep.confidenceLevel);
  }

  async population(): Promise<number | null> {
    const groups = await population(this.ctx, this.rep);
    return sum(groupsOf(this.group).map((g) => groups.get(g)));
  }

  async populationShare(): Promise<number | null> {
    const groups = await population(this.ctx, this.rep);
    return share(await this.population(), sum([...groups.values()]));
  }

  async ratio(): Promise<number | null> {
    return representationRatio(await this.share(), await this.populationShare());
  }

  async ratioInterval(): Promise<Interval | null> {
    return scaleInterval(await this.shareInterval(), await this.populationShare());
  }

  async gapPercentagePoints(): Promise<number | null> {
    return representationGap(await this.share(), await this.populationShare());
  }

  async headcountNeeded(): Promise<number | null> {
    return headcountNeeded(
      await this.visibleHeadcount(),
      await visibleStatedHeadcount(this.ctx, this.rep),
      await this.populationShare(),
    );
  }
}
