import {
  basisFor,
  type ComparisonBasis,
  comparableGroups,
  harmonisePopulation,
} from "../analytics/ethnic-groups.ts";
import { type Interval, scaleInterval, wilsonInterval } from "../analytics/intervals.ts";
import { officerRanks } from "../analytics/rank-bands.ts";
import {
  censusGapYears,
  headcountNeeded,
  nearestCensusYear,
  notStatedBounds,
  representationGap,
  representationRatio,
  share,
} from "../analytics/representation.ts";
import type { HubContext } from "../context.ts";
import type { EthnicGroup, Rank, WorkerType } from "../generated/prisma/enums.ts";
import { getOrCreate } from "../memo.ts";
import { seesRawFigures } from "../policy/disclosure.ts";
import { badUserInput, checkCensusYear, checkConfidenceLevel } from "./common.ts";
import type { GroupCounts, WorkforceSlice } from "./representation.ts";
import { type Disclosed, publicSlice, STATED } from "./workforce-disclosure.ts";

// The representation of one force (or England and Wales) for one workforce slice and census. Fields
// are resolved lazily from two batched SQL aggregates (workforce by group, population by group): a query
// that asks only for headcounts never reads the census, and 45 forces cost the same statements as one.

export const statedGroups = ["ASIAN", "BLACK", "MIXED", "WHITE", "OTHER"] as const satisfies EthnicGroup[];
export type RepresentationGroup = (typeof statedGroups)[number] | "MINORITY_ETHNIC";
const groupsOf = (group: RepresentationGroup): readonly EthnicGroup[] =>
  group === "MINORITY_ETHNIC" ? statedGroups.filter((g) => g !== "WHITE") : [group];

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
  /** Whether this viewer sees raw figures (src/policy/disclosure.ts); otherwise the public cube's. */
  raw: boolean;
  /** How the workforce's and the census's ethnic groups are brought together (ethnic-groups.ts). */
  basis: ComparisonBasis;
}

/** Resolves defaults (latest as-at date with data for every rank; nearest census). Null: no data at all. */
function checkParams(params: RepresentationParams | null | undefined): void {
  checkConfidenceLevel(params?.confidenceLevel);
  checkCensusYear(params?.censusYear);
}

/**
 * The representation of a force (null: England and Wales) for a slice, or null when there is nothing
 * to compare: no workforce numbers for the slice, or no census population for the area (BTP, PSNI).
 * A date at which some chosen ranks have no data is refused rather than presented as "all ranks".
 */
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
  const censusYear = params?.censusYear ?? nearestCensusYear(asAt);
  const rep: Representation = {
    forceId,
    slice: { asAt, workerType, ranks },
    censusYear,
    confidenceLevel: params?.confidenceLevel ?? 0.95,
    raw: seesRawFigures(ctx.viewer, forceId),
    basis: basisFor(asAt, censusYear),
  };
  const [counts, areaPopulation] = await Promise.all([workforceCounts(ctx, rep), population(ctx, rep)]);
  if (counts.ranksWithData.size === 0 || areaPopulation.total <= 0) return null;
  const missing = rep.slice.ranks.filter((rank) => !counts.ranksWithData.has(rank));
  if (missing.length)
    throw badUserInput(
      `No workforce numbers for ${missing.join(", ")} at ${asAt.toISOString().slice(0, 10)}: the figures would cover only ${[...counts.ranksWithData].join(", ")}. Ask for those ranks, or a date at which every chosen rank has data.`,
    );
  return rep;
}

export const workforceCounts = (ctx: HubContext, rep: Representation): Promise<GroupCounts> =>
  ctx.loaders.workforceByGroup.load({ params: rep.slice, key: rep.forceId });

/**
 * A figure of one representation, computed once however many fields ask for it: a group's ratio and
 * gap each need the same headcount, stated total and census share, for every force of a page.
 */
const memos = new WeakMap<Representation, Map<string, Promise<unknown>>>();
function once<T>(rep: Representation, key: string, compute: () => Promise<T>): Promise<T> {
  return getOrCreate(
    getOrCreate(memos, rep, () => new Map()),
    key,
    compute,
  ) as Promise<T>;
}

/** The area's census population in comparison groups under the representation's basis. */
const population = (ctx: HubContext, rep: Representation) =>
  once(rep, "population", async () =>
    harmonisePopulation(
      rep.basis,
      await ctx.loaders.populationByGroup.load({ params: rep.censusYear, key: rep.forceId }),
    ),
  );

function sum(values: (number | undefined)[]): number | null {
  const present = values.filter((v): v is number => v !== undefined);
  return present.length ? present.reduce((a, b) => a + b, 0) : null;
}

/** A workforce figure (group, MINORITY_ETHNIC, STATED or NOT_STATED) as this viewer may see it. */
export function disclosedHeadcount(
  ctx: HubContext,
  rep: Representation,
  node: RepresentationGroup | typeof STATED | "NOT_STATED",
): Promise<Disclosed> {
  return once(rep, `headcount|${node}`, () => headcountOf(ctx, rep, node));
}

async function headcountOf(
  ctx: HubContext,
  rep: Representation,
  node: RepresentationGroup | typeof STATED | "NOT_STATED",
): Promise<Disclosed> {
  if (!rep.raw) return publicSlice(ctx, rep.slice, rep.forceId, rep.slice.ranks, node);
  const counts = await workforceCounts(ctx, rep);
  const groups: readonly EthnicGroup[] =
    node === STATED ? statedGroups : node === "NOT_STATED" ? ["NOT_STATED"] : groupsOf(node);
  return { value: sum(groups.map((g) => counts.headcount.get(g))), suppressed: false };
}

export const visibleStatedHeadcount = async (ctx: HubContext, rep: Representation) =>
  (await disclosedHeadcount(ctx, rep, STATED)).value;

export const notStatedHeadcount = async (ctx: HubContext, rep: Representation) =>
  (await disclosedHeadcount(ctx, rep, "NOT_STATED")).value;

/** Always empty: a representation with missing ranks is refused (kept for clients that ask). */
export async function ranksWithoutData(ctx: HubContext, rep: Representation): Promise<Rank[]> {
  const { ranksWithData } = await workforceCounts(ctx, rep);
  return rep.slice.ranks.filter((rank) => !ranksWithData.has(rank));
}

export const censusGap = (rep: Representation) => censusGapYears(rep.slice.asAt, rep.censusYear);

/** One group's figures; each method computes only its own field. */
export class GroupRepresentation {
  constructor(
    private readonly ctx: HubContext,
    readonly rep: Representation,
    readonly group: RepresentationGroup,
  ) {}

  /** False when the census and the workforce count this group differently (see ComparisonBasis). */
  comparable(): boolean {
    return this.group === "MINORITY_ETHNIC" || comparableGroups(this.rep.basis).includes(this.group);
  }

  async suppressed(): Promise<boolean> {
    return (await disclosedHeadcount(this.ctx, this.rep, this.group)).suppressed;
  }

  /** Null when suppressed: every figure below is derived from the headcount and would reveal it. */
  async headcount(): Promise<number | null> {
    return (await disclosedHeadcount(this.ctx, this.rep, this.group)).value;
  }

  async share(): Promise<number | null> {
    return share(await this.headcount(), await visibleStatedHeadcount(this.ctx, this.rep));
  }

  async shareInterval(): Promise<Interval | null> {
    const [count, stated] = [await this.headcount(), await visibleStatedHeadcount(this.ctx, this.rep)];
    return count == null || stated == null ? null : wilsonInterval(count, stated, this.rep.confidenceLevel);
  }

  /** Share of the whole workforce if none vs all of the not-stated were in the group. */
  async notStatedBounds(): Promise<{ lower: number; upper: number } | null> {
    return notStatedBounds(
      await this.headcount(),
      await visibleStatedHeadcount(this.ctx, this.rep),
      await notStatedHeadcount(this.ctx, this.rep),
    );
  }

  async population(): Promise<number | null> {
    if (!this.comparable()) return null;
    const { byGroup, total } = await population(this.ctx, this.rep);
    if (this.group === "MINORITY_ETHNIC") {
      const white = byGroup.get("WHITE");
      return white === undefined ? null : total - white;
    }
    return byGroup.get(this.group) ?? null;
  }

  async populationShare(): Promise<number | null> {
    const { total } = await population(this.ctx, this.rep);
    return share(await this.population(), total);
  }

  async ratio(): Promise<number | null> {
    return representationRatio(await this.share(), await this.populationShare());
  }

  async ratioInterval(): Promise<Interval | null> {
    return scaleInterval(await this.shareInterval(), await this.populationShare());
  }

  /** The not-stated bounds as ratios: bound share ÷ census share. */
  async ratioNotStatedBounds(): Promise<{ lower: number; upper: number } | null> {
    const [bounds, popShare] = [await this.notStatedBounds(), await this.populationShare()];
    if (!bounds || popShare == null || popShare <= 0) return null;
    return { lower: bounds.lower / popShare, upper: bounds.upper / popShare };
  }

  async gapPercentagePoints(): Promise<number | null> {
    return representationGap(await this.share(), await this.populationShare());
  }

  async headcountNeeded(): Promise<number | null> {
    return headcountNeeded(
      await this.headcount(),
      await visibleStatedHeadcount(this.ctx, this.rep),
      await this.populationShare(),
    );
  }
}
