import { GraphQLError } from "graphql";
import { type Change, change, differenceInterval, exceedsUncertainty } from "../../analytics/change.ts";
import { disclosureTable } from "../../analytics/disclosure.ts";
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
import { type RankBand, ranksFor } from "../../analytics/rank-bands.ts";
import { nearestCensusYear, share } from "../../analytics/representation.ts";
import {
  shareDifferenceIn,
  type WorkforceMeasure,
  workforceMeasure,
} from "../../analytics/workforce-measures.ts";
import type { HubContext } from "../../context.ts";
import type { Gender, Rank, WorkerType } from "../../generated/prisma/enums.ts";
import { seesAllRawFigures } from "../../policy/disclosure.ts";
import { officerRanks, type RepresentationGroup } from "../representation-view.ts";
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

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
const censuses = [2011, 2021];

export function workforceMeasureSpec(
  params: WorkforceMeasureParams | null | undefined,
): WorkforceMeasureSpec {
  const level = params?.confidenceLevel ?? 0.95;
  if (![0.9, 0.95, 0.99].includes(level))
    throw badInput(`confidenceLevel must be 0.9, 0.95 or 0.99; got ${level}.`);
  if (params?.censusYear != null && !censuses.includes(params.censusYear))
    throw badInput(`censusYear must be 2011 or 2021; got ${params.censusYear}.`);
  let ranks: Rank[] | null;
  try {
    ranks = ranksFor(params?.rankBand, params?.ranks);
  } catch (error) {
    throw badInput((error as Error).message);
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

/**
 * The area's ethnic breakdown as a disclosure table: the stated groups with their published margins
 * (stated total, minority ethnic), so a hidden group is never given back by a margin.
 */
function groupTable(headcount: ReadonlyMap<string, number>) {
  return disclosureTable(
    [
      {
        name: "group",
        leaves: statedGroups,
        margins: [
          ["STATED", statedGroups],
          ["MINORITY_ETHNIC", minorityGroups],
        ],
      },
    ],
    statedGroups.map((g) => ({ at: [g], count: headcount.get(g) ?? null })),
  );
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
    raw: boolean,
  ) {
    this.asAt = date.asAt;
    this.censusYear = spec.censusYear ?? nearestCensusYear(date.asAt, censuses);
    this.basis = basisFor(date.asAt, this.censusYear);
    this.forcesWithData = date.forcesWithData;
    this.forcesWithoutData = members.filter((m) => !date.forcesWithData.includes(m));
    const headcount = harmonisedHeadcount(date);
    const table = groupTable(headcount);
    this.rawHeadcount = table.value([spec.group]);
    this.rawStated = table.value(["STATED"]);
    this.notStatedHeadcount = headcount.get("NOT_STATED") ?? null;
    this.suppressed = !raw && (table.hidden([spec.group]) || table.hidden(["STATED"]));
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
  return ctx.loaders.analytics.workforce.load({ params: slice, area });
}

/** The spec with its as-at date resolved (the latest date every chosen rank has data). */
export async function resolveAsAt(ctx: HubContext, spec: WorkforceMeasureSpec): Promise<Date | null> {
  return spec.asAt ?? ctx.loaders.latestAsAt.load({ workerType: spec.workerType, ranks: spec.ranks });
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
  return point
    ? new MeasurePoint(spec, area, data.members, point, seesAllRawFigures(ctx.viewer, data.members))
    : null;
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
  const raw = seesAllRawFigures(ctx.viewer, data.members);
  return data.dates
    .filter((d) => (!from || d.asAt >= from) && (!to || d.asAt <= to))
    .map((d) => new MeasurePoint(spec, area, data.members, d, raw));
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
  const raw = seesAllRawFigures(ctx.viewer, data.members);
  const at = (d: Date) => data.dates.find((x) => x.asAt.getTime() === d.getTime());
  const [a, b] = [at(from), at(to)];
  if (!a || !b) return null;
  return changeBetween(
    new MeasurePoint(spec, area, data.members, a, raw),
    new MeasurePoint(spec, area, data.members, b, raw),
  );
}
