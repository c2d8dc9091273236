import { type Change, change, differenceInterval, exceedsUncertainty } from "../../analytics/change.ts";
import {
  basisFor,
  type ComparisonBasis,
  comparableGroups,
  comparisonGroups,
  harmonisePopulation,
  workforceClassification,
  workforceMapping,
} from "../../analytics/ethnic-groups.ts";
import { type Interval, wilsonInterval } from "../../analytics/intervals.ts";
import { officerRanks, type RankBand, ranksFor } from "../../analytics/rank-bands.ts";
import { nearestCensusYear, share } from "../../analytics/representation.ts";
import {
  shareDifferenceIn,
  type WorkforceMeasure,
  workforceMeasure,
} from "../../analytics/workforce-measures.ts";
import type { HubContext } from "../../context.ts";
import type { Gender, Rank, WorkerType } from "../../generated/prisma/enums.ts";
import { seesAllRawFigures } from "../../policy/disclosure.ts";
import { badUserInput, checkCensusYear, checkConfidenceLevel } from "../common.ts";
import type { RepresentationGroup } from "../representation-view.ts";
import { ALL, type Disclosed, MINORITY_ETHNIC, NATIONAL, STATED } from "../workforce-disclosure.ts";
import type { AreaSpec } from "./areas.ts";
import type { AreaDate, WorkforceAreaSlice } from "./workforce.ts";

// Workforce measures of any area: one point (area, date), a trend (every date), a change over a span.
// Each point is computed from one batched statement (every area asked for in the request with the same
// parameters shares it).

export interface WorkforceMeasureParams {
  measure?: WorkforceMeasure | null;
  group?: RepresentationGroup | null;
  workerType?: WorkerType | null;
  ranks?: readonly Rank[] | null;
  rankBand?: RankBand | null;
  genders?: readonly Gender[] | null;
  asAt?: Date | null;
  censusYear?: number | null;
  confidenceLevel?: number | null;
  dataAsAt?: Date | null;
}

export interface WorkforceMeasureSpec {
  measure: WorkforceMeasure;
  group: RepresentationGroup;
  workerType: WorkerType;
  ranks: readonly Rank[];
  genders: readonly Gender[] | null;
  /** Null: the latest date every chosen rank has data (resolved per request). */
  asAt: Date | null;
  censusYear: number | null;
  confidenceLevel: number;
  dataAsAt: Date | null;
}

export function workforceMeasureSpec(
  params: WorkforceMeasureParams | null | undefined,
): WorkforceMeasureSpec {
  const level = params?.confidenceLevel ?? 0.95;
  checkConfidenceLevel(level);
  checkCensusYear(params?.censusYear);
  let ranks: Rank[] | null;
  try {
    ranks = ranksFor(params?.rankBand, params?.ranks);
  } catch (error) {
    throw badUserInput((error as Error).message);
  }
  const workerType = params?.workerType ?? "POLICE_OFFICER";
  return {
    measure: params?.measure ?? "REPRESENTATION_RATIO",
    group: params?.group ?? "BLACK",
    workerType,
    ranks: ranks ?? (workerType === "POLICE_OFFICER" ? officerRanks : ["NOT_APPLICABLE"]),
    genders: params?.genders?.length ? [...new Set(params.genders)] : null,
    asAt: params?.asAt ?? null,
    censusYear: params?.censusYear ?? null,
    confidenceLevel: level,
    dataAsAt: params?.dataAsAt ?? null,
  };
}

const statedGroups = comparisonGroups;

function sum(values: (number | undefined)[]): number | null {
  const present = values.filter((v): v is number => v !== undefined);
  return present.length ? present.reduce((a, b) => a + b, 0) : null;
}
const minorityGroups = comparisonGroups.filter((g) => g !== "WHITE");

/** Headcount by comparison group under the Home Office classification in force at the date. */
function harmonisedHeadcount(date: AreaDate): Map<string, number> {
  const mapping = workforceMapping[workforceClassification(date.asAt) as keyof typeof workforceMapping];
  const byGroup = new Map<string, number>();
  for (const [ethnicity, count] of date.headcount) {
    const group = mapping[ethnicity];
    if (group) byGroup.set(group, (byGroup.get(group) ?? 0) + count);
  }
  return byGroup;
}

const leavesOf = (node: string): readonly string[] =>
  node === STATED ? statedGroups : node === MINORITY_ETHNIC ? minorityGroups : [node];

/**
 * What a viewer without raw access may see of the area's group and stated headcounts: sums of the
 * published cells of the one workforce cube (src/services/workforce-disclosure.ts), so an area's figure
 * can never be differenced against another area's or a force's. Any hidden part hides the sum.
 */
async function publicCounts(
  ctx: HubContext,
  spec: WorkforceMeasureSpec,
  area: AreaSpec,
  date: AreaDate,
): Promise<{ headcount: Disclosed; stated: Disclosed }> {
  const cube = await ctx.loaders.workforceCube.load({ asAt: date.asAt, workerType: spec.workerType });
  const ranks = cube.ranks.filter((r) => spec.ranks.includes(r));
  const allRanks = ranks.length === cube.ranks.length;
  const forces = area.kind === "NATIONAL" ? [NATIONAL] : date.forcesWithData;
  const cells = (node: string): string[][] =>
    spec.genders === null
      ? forces.flatMap((f) => (allRanks ? [ALL] : ranks).map((r) => [f, r, ALL, node]))
      : // By gender only leaves are published: force × rank × gender × group leaves.
        date.forcesWithData.flatMap((f) =>
          ranks.flatMap((r) => spec.genders!.flatMap((g) => leavesOf(node).map((e) => [f, r, g, e]))),
        );
  const disclose = (node: string): Disclosed => {
    const sum = cube.table.visibleSum(cells(node));
    return { value: sum.hidden ? null : sum.value, suppressed: sum.hidden };
  };
  return { headcount: disclose(spec.group), stated: disclose(STATED) };
}

/** One measure of one area at one date, computed from raw counts. */
export class MeasurePoint {
  readonly asAt: Date;
  readonly censusYear: number;
  readonly basis: ComparisonBasis;
  /** Hidden from this viewer by disclosure control: headcount, stated total and every measure are null. */
  readonly suppressed: boolean;
  readonly forcesWithData: string[];
  readonly forcesWithoutData: string[];
  private readonly rawHeadcount: number | null;
  private readonly rawStated: number | null;
  readonly notStatedHeadcount: number | null;
  /** The group's census share, like for like with the workforce groups; null when not comparable. */
  readonly populationShare: number | null;

  constructor(
    readonly spec: WorkforceMeasureSpec,
    readonly area: AreaSpec,
    members: readonly string[],
    date: AreaDate,
    /** Null: the viewer sees raw figures. */
    disclosed: { headcount: Disclosed; stated: Disclosed } | null,
  ) {
    this.asAt = date.asAt;
    this.censusYear = spec.censusYear ?? nearestCensusYear(date.asAt);
    this.basis = basisFor(date.asAt, this.censusYear);
    this.forcesWithData = date.forcesWithData;
    this.forcesWithoutData = members.filter((m) => !date.forcesWithData.includes(m));
    const headcount = harmonisedHeadcount(date);
    const group = (node: string) => sum(leavesOf(node).map((g) => headcount.get(g)));
    this.rawHeadcount = disclosed ? disclosed.headcount.value : group(spec.group);
    this.rawStated = disclosed ? disclosed.stated.value : group(STATED);
    this.notStatedHeadcount = headcount.get("NOT_STATED") ?? null;
    this.suppressed = disclosed !== null && (disclosed.headcount.suppressed || disclosed.stated.suppressed);
    const population = date.population.get(this.censusYear);
    if (!population) this.populationShare = null;
    else {
      const { byGroup, total } = harmonisePopulation(this.basis, population);
      const count =
        spec.group === "MINORITY_ETHNIC"
          ? total - (byGroup.get("WHITE") ?? 0)
          : comparableGroups(this.basis).includes(spec.group)
            ? (byGroup.get(spec.group) ?? null)
            : null;
      this.populationShare = share(count, total);
    }
  }

  /** Null when suppressed: every figure is derived from the count and would give it back. */
  get headcount(): number | null {
    return this.suppressed ? null : this.rawHeadcount;
  }

  get statedHeadcount(): number | null {
    return this.suppressed ? null : this.rawStated;
  }

  private get computed() {
    return workforceMeasure(this.spec.measure, {
      headcount: this.headcount,
      stated: this.statedHeadcount,
      populationShare: this.populationShare,
      level: this.spec.confidenceLevel,
    });
  }

  get value(): number | null {
    return this.computed.value;
  }

  get interval(): Interval | null {
    return this.computed.interval;
  }

  /** The share and its interval, for the uncertainty of a change (null when hidden or 0/0). */
  get shareEstimate(): { estimate: number; interval: Interval } | null {
    const [k, n] = [this.headcount, this.statedHeadcount];
    if (k == null || n == null || n <= 0) return null;
    const interval = wilsonInterval(k, n, this.spec.confidenceLevel);
    return interval ? { estimate: k / n, interval } : null;
  }
}

export interface MeasureChange extends Partial<Change> {
  from: MeasurePoint;
  to: MeasurePoint;
  differenceInterval: Interval | null;
  exceedsUncertainty: boolean | null;
}

/**
 * Change from one point to another. Whether it exceeds the uncertainty is judged on the workforce
 * share (Newcombe interval of the difference of two Wilson intervals); the difference's interval is
 * given in the measure's units when the population share is the same at both ends.
 */
export function changeBetween(from: MeasurePoint, to: MeasurePoint): MeasureChange {
  const shares = differenceInterval(from.shareEstimate, to.shareEstimate);
  const samePopulation = from.populationShare !== null && from.populationShare === to.populationShare;
  const interval =
    from.spec.measure === "SHARE" || samePopulation
      ? shareDifferenceIn(from.spec.measure, shares, from.populationShare)
      : null;
  return {
    from,
    to,
    ...(change(from.value, to.value) ?? {}),
    differenceInterval: interval,
    exceedsUncertainty: exceedsUncertainty(shares),
  };
}

async function loadArea(ctx: HubContext, spec: WorkforceMeasureSpec, area: AreaSpec, asAts: Date[] | null) {
  const slice: WorkforceAreaSlice = {
    workerType: spec.workerType,
    ranks: spec.ranks,
    genders: spec.genders,
    asAts,
    dataAsAt: spec.dataAsAt,
  };
  return ctx.loaders.analytics.workforce.load({ params: slice, key: area });
}

/** The spec with its as-at date resolved (the latest date every chosen rank has data). */
export async function resolveAsAt(ctx: HubContext, spec: WorkforceMeasureSpec): Promise<Date | null> {
  return spec.asAt ?? ctx.loaders.latestAsAt.load({ workerType: spec.workerType, ranks: spec.ranks });
}

/** A point as this viewer may see it: raw figures, or sums of the workforce cube's visible cells. */
async function pointFor(
  ctx: HubContext,
  spec: WorkforceMeasureSpec,
  area: AreaSpec,
  members: readonly string[],
  date: AreaDate,
): Promise<MeasurePoint> {
  const disclosed = seesAllRawFigures(ctx.viewer, members) ? null : await publicCounts(ctx, spec, area, date);
  return new MeasurePoint(spec, area, members, date, disclosed);
}

/** The measure for an area at the spec's date; null when no member force has data then. */
export async function measureAt(
  ctx: HubContext,
  spec: WorkforceMeasureSpec,
  area: AreaSpec,
  asAt?: Date | null,
): Promise<MeasurePoint | null> {
  const date = asAt ?? (await resolveAsAt(ctx, spec));
  if (!date) return null;
  const data = await loadArea(ctx, spec, area, [date]);
  const point = data.dates.find((d) => d.asAt.getTime() === date.getTime());
  return point ? pointFor(ctx, spec, area, data.members, point) : null;
}

/** Every as-at date the data hold for the area, oldest first, optionally within [from, to]. */
export async function trend(
  ctx: HubContext,
  spec: WorkforceMeasureSpec,
  area: AreaSpec,
  from?: Date | null,
  to?: Date | null,
): Promise<MeasurePoint[]> {
  const data = await loadArea(ctx, spec, area, null);
  const dates = data.dates.filter((d) => (!from || d.asAt >= from) && (!to || d.asAt <= to));
  return Promise.all(dates.map((d) => pointFor(ctx, spec, area, data.members, d)));
}

/** Change between two dates (both must have data); null when either has none. */
export async function changeOver(
  ctx: HubContext,
  spec: WorkforceMeasureSpec,
  area: AreaSpec,
  from: Date,
  to: Date,
): Promise<MeasureChange | null> {
  const data = await loadArea(ctx, spec, area, [from, to]);
  const at = (d: Date) => data.dates.find((x) => x.asAt.getTime() === d.getTime());
  const [a, b] = [at(from), at(to)];
  if (!a || !b) return null;
  const [fromPoint, toPoint] = await Promise.all([
    pointFor(ctx, spec, area, data.members, a),
    pointFor(ctx, spec, area, data.members, b),
  ]);
  return changeBetween(fromPoint, toPoint);
}
