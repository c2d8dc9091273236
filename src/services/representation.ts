import type { Db } from "../db/database.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { EthnicGroup, Rank, WorkerType } from "../generated/prisma/enums.ts";

// SQL aggregates behind representation: one GROUP BY per parameter set covers every force asked for in
// a request (the loaders batch them), and the national rollup is its own GROUP BY, never a JS sum of
// per-force rows fetched one by one.

export interface WorkforceSlice {
  asAt: Date;
  workerType: WorkerType;
  ranks: readonly Rank[];
}

/** Headcount by broad ethnic group; a group with no numeric cell ("-" in the source) is absent. */
export interface GroupCounts {
  headcount: Map<EthnicGroup, number>;
  /** Ranks of the slice with at least one number for this force (or nationally). */
  ranksWithData: Set<Rank>;
}

const empty = (): GroupCounts => ({ headcount: new Map(), ranksWithData: new Set() });

/** Forces in national rollups: the 43 territorial forces of England and Wales (BTP has no census area). */
const nationalForces = Prisma.sql`(SELECT id FROM force
  WHERE pfa_code IS NOT NULL AND kind = 'TERRITORIAL' AND country IN ('ENGLAND', 'WALES'))`;

/**
 * The latest as-at date with data for every rank of the slice (all ranks stop in 2006; chief officers
 * run to 2021): the earliest of the ranks' latest dates, one index probe per rank. A rank with a gap
 * in its series would show up in `ranksWithoutData`.
 */
export async function latestAsAt(
  db: Db,
  workerType: WorkerType,
  ranks: readonly Rank[],
): Promise<Date | null> {
  const rows = await db.$queryRaw<{ asAt: Date | null; missing: number }[]>`
    SELECT min(latest) AS "asAt", count(*) FILTER (WHERE latest IS NULL)::int AS missing
    FROM unnest(${[...ranks]}::"Rank"[]) AS wanted(rank)
    CROSS JOIN LATERAL (
      SELECT max(as_at) AS latest FROM workforce_count
      WHERE worker_type = ${workerType}::"WorkerType" AND rank = wanted.rank AND headcount IS NOT NULL
    ) AS per_rank`;
  const row = rows[0];
  return row && row.missing === 0 ? row.asAt : null;
}

type CountRow = {
  forceId: string | null;
  group: EthnicGroup;
  headcount: number | null;
  ranks: Rank[] | null;
};

/** Workforce by group for each force (null: the national rollup), in one statement per call. */
export async function workforceByGroup(
  db: Db,
  slice: WorkforceSlice,
  forceIds: readonly (string | null)[],
): Promise<GroupCounts[]> {
  const wanted = forceIds.filter((id): id is string => id !== null);
  const inSlice = Prisma.sql`as_at = ${slice.asAt}::date AND worker_type = ${slice.workerType}::"WorkerType"
    AND rank = ANY(${[...slice.ranks]}::"Rank"[])`;
  const columns = Prisma.sql`ethnic_group::text AS "group", sum(headcount)::int AS headcount,
    array_agg(DISTINCT rank::text) FILTER (WHERE headcount IS NOT NULL) AS ranks`;
  const rows = await db.$queryRaw<CountRow[]>`
    SELECT force_id AS "forceId", ${columns} FROM workforce_count
    WHERE force_id = ANY(${wanted}::text[]) AND ${inSlice} GROUP BY 1, 2
    UNION ALL
    SELECT NULL, ${columns} FROM workforce_count
    WHERE ${forceIds.includes(null)} AND force_id IN ${nationalForces} AND ${inSlice} GROUP BY 2`;
  const result = new Map<string | null, GroupCounts>();
  for (const row of rows) {
    const counts = result.get(row.forceId) ?? empty();
    result.set(row.forceId, counts);
    if (row.headcount !== null) counts.headcount.set(row.group, row.headcount);
    for (const rank of row.ranks ?? []) counts.ranksWithData.add(rank);
  }
  return forceIds.map((id) => result.get(id) ?? empty());
}

/** One stored census category of an area: broad group, detailed category ("ALL" for 2021) and population. */
export interface PopulationRow {
  group: EthnicGroup;
  ethnicity: string;
  population: number;
}

/**
 * Census population by stored category for each force area (null: England and Wales), for
 * harmonising (src/analytics/ethnic-groups.ts): Census 2011's Chinese category moves between groups.
 */
export async function populationByGroup(
  db: Db,
  censusYear: number,
  forceIds: readonly (string | null)[],
): Promise<PopulationRow[][]> {
  const wanted = forceIds.filter((id): id is string => id !== null);
  const rows = await db.$queryRaw<
    { forceId: string | null; group: EthnicGroup; ethnicity: string; population: number }[]
  >`
    SELECT force_id AS "forceId", ethnic_group::text AS "group", ethnicity, sum(population)::int AS population
    FROM population_baseline WHERE census_year = ${censusYear} AND force_id = ANY(${wanted}::text[])
    GROUP BY 1, 2, 3
    UNION ALL
    SELECT NULL, ethnic_group::text, ethnicity, sum(population)::int
    FROM population_baseline WHERE census_year = ${censusYear} AND ${forceIds.includes(null)}
      AND force_id IN ${nationalForces}
    GROUP BY 2, 3`;
  const result = new Map<string | null, PopulationRow[]>();
  for (const { forceId, ...row } of rows) result.set(forceId, [...(result.get(forceId) ?? []), row]);
  return forceIds.map((id) => result.get(id) ?? []);
}
