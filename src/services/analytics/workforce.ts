import { z } from "zod";
import { officerRanks } from "../../analytics/rank-bands.ts";
import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type {
  EthnicGroup,
  Gender,
  Rank,
  WorkerType,
  WorkforceEthnicity,
} from "../../generated/prisma/enums.ts";
import { type AreaSpec, areaKey, areaMembersSql } from "./areas.ts";
import { analyticsQuery } from "./sql.ts";

// The one home of the workforce measures' SQL: headcount by ethnic group for any areas at one or every
// as-at date, with the census population of the forces that had data at each date, in one statement.

export interface WorkforceAreaSlice {
  workerType: WorkerType;
  ranks: readonly Rank[];
  /** Null: every gender. */
  genders: readonly Gender[] | null;
  /** Null: every as-at date (a trend). */
  asAts: readonly Date[] | null;
  /** Answer as the data stood at this moment: only rows of import batches accepted by then. */
  dataAsAt: Date | null;
}

const row = z.object({
  kind: z.enum(["members", "dates", "workforce", "population"]),
  areaKey: z.string(),
  asAt: z.date().nullable(),
  censusYear: z.number().nullable(),
  group: z.string().nullable(),
  /** The census's detailed category of a population row ("ALL" where only the broad group is held). */
  detail: z.string().nullable(),
  value: z.number().nullable(),
  forces: z.array(z.string()).nullable(),
});

export interface PopulationRow {
  group: EthnicGroup;
  ethnicity: string;
  population: number;
}

export interface AreaDate {
  asAt: Date;
  /** Members with at least one headcount in the slice at this date. */
  forcesWithData: string[];
  /** Headcount by ethnicity as the Home Office table records it (harmonised by the caller). */
  headcount: Map<WorkforceEthnicity, number>;
  /** census year → stored population rows of forcesWithData (harmonised by the caller). */
  population: Map<number, PopulationRow[]>;
}

export interface AreaWorkforce {
  members: string[];
  /** Oldest first. */
  dates: AreaDate[];
}

/** Every rank of a worker type: a slice asking for all of them can read the all-ranks rollup. */
const allRanksOf: Record<WorkerType, readonly Rank[]> = {
  POLICE_OFFICER: officerRanks,
  POLICE_STAFF: ["NOT_APPLICABLE"],
  PCSO: ["NOT_APPLICABLE"],
  SPECIAL_CONSTABLE: ["NOT_APPLICABLE"],
  DESIGNATED_OFFICER: ["NOT_APPLICABLE"],
};

/**
 * The workforce cells of a slice as (force_id, as_at, grp, headcount). Without a gender filter or a
 * past moment they come from `workforce_rollup` (summed over genders; over all ranks when the slice
 * has them all), a few per cent of the rows of `workforce_count`.
 */
function cellsSql(slice: WorkforceAreaSlice, asAts: string[] | null): Prisma.Sql {
  const dates = Prisma.sql`(${asAts}::date[] IS NULL OR as_at = ANY(${asAts}::date[]))`;
  const inArea = Prisma.sql`force_id IN (SELECT force_id FROM area_member)`;
  const type = Prisma.sql`worker_type = ${slice.workerType}::"WorkerType"`;
  if (slice.genders === null && slice.dataAsAt === null) {
    const allRanks = allRanksOf[slice.workerType].every((r) => slice.ranks.includes(r));
    const ranks = allRanks ? Prisma.sql`rank IS NULL` : Prisma.sql`rank = ANY(${[...slice.ranks]}::"Rank"[])`;
    return Prisma.sql`SELECT force_id, as_at, ethnicity::text AS grp, sum(headcount)::float8 AS headcount
      FROM workforce_rollup WHERE ${type} AND ${ranks} AND ${dates} AND ${inArea} GROUP BY 1, 2, 3`;
  }
  const genders = slice.genders ? [...slice.genders] : null;
  return Prisma.sql`SELECT force_id, as_at, ethnicity::text AS grp, sum(headcount)::float8 AS headcount
    FROM workforce_count
    WHERE ${type} AND rank = ANY(${[...slice.ranks]}::"Rank"[])
      AND (${genders}::"Gender"[] IS NULL OR gender = ANY(${genders}::"Gender"[]))
      AND ${dates} AND headcount IS NOT NULL AND ${inArea} AND ${importedBy(slice.dataAsAt)}
    GROUP BY 1, 2, 3`;
}

/** Rows of import batches accepted by the moment (all rows when null). */
const importedBy = (dataAsAt: Date | null) => Prisma.sql`(${dataAsAt}::timestamptz IS NULL
    OR batch_id IN (SELECT id FROM import_batch WHERE imported_at <= ${dataAsAt}::timestamptz))`;

/**
 * Brings `workforce_rollup` up to date; run after every change to workforce_count, inside the import's
 * transaction (the workforce importer's afterWrite), so the rollup commits with the rows it sums and
 * answers cached by data version never hold an old rollup under the new version.
 */
export async function refreshWorkforceRollup(db: Pick<Db, "$executeRaw">): Promise<void> {
  await db.$executeRaw`/* analytics.workforce.refreshRollup */ REFRESH MATERIALIZED VIEW workforce_rollup`;
  // Fresh statistics, or the planner takes the view for a handful of rows and nests loops over it.
  await db.$executeRaw`/* analytics.workforce.analyzeRollup */ ANALYZE workforce_rollup`;
}

/** Workforce and population by group for each area and date of the slice, in one statement. */
export async function workforceByArea(
  db: Db,
  slice: WorkforceAreaSlice,
  areas: readonly AreaSpec[],
): Promise<AreaWorkforce[]> {
  const asAts = slice.asAts ? slice.asAts.map((d) => d.toISOString().slice(0, 10)) : null;
  const imported = importedBy(slice.dataAsAt);
  const rows = await analyticsQuery(
    db,
    "workforce.byArea",
    row,
    Prisma.sql`
    WITH area_member AS (${areaMembersSql(areas)}),
    cells AS (${cellsSql(slice, asAts)}),
    population AS (
      SELECT force_id, census_year, ethnic_group::text AS grp, ethnicity AS detail, population::float8 AS population
      FROM population_baseline WHERE force_id IN (SELECT force_id FROM area_member) AND ${imported}),
    force_date AS (SELECT DISTINCT am.area_key, c.as_at, c.force_id
      FROM area_member am JOIN cells c ON c.force_id = am.force_id),
    -- Population of the forces with data at each date: summed once per distinct set of forces (one set
    -- for all dates of a trend whose members always reported), not once per date.
    date_forces AS (SELECT area_key, as_at, array_agg(force_id ORDER BY force_id) AS forces
      FROM force_date GROUP BY 1, 2),
    set_population AS (
      SELECT s.area_key, s.forces, p.census_year, p.grp, p.detail, sum(p.population) AS population
      FROM (SELECT DISTINCT area_key, forces FROM date_forces) s
      JOIN population p ON p.force_id = ANY(s.forces)
      GROUP BY 1, 2, 3, 4, 5)
    SELECT 'members' AS kind, area_key AS "areaKey", NULL::date AS "asAt", NULL::int AS "censusYear",
      NULL AS "group", NULL AS detail, NULL::float8 AS value, array_agg(force_id ORDER BY force_id) AS forces
    FROM area_member GROUP BY area_key
    UNION ALL
    SELECT 'workforce', am.area_key, c.as_at, NULL, c.grp, NULL, sum(c.headcount), NULL
    FROM cells c JOIN area_member am ON am.force_id = c.force_id
    GROUP BY am.area_key, c.as_at, c.grp
    UNION ALL
    SELECT 'dates', area_key, as_at, NULL, NULL, NULL, NULL, forces FROM date_forces
    UNION ALL
    SELECT 'population', d.area_key, d.as_at, sp.census_year, sp.grp, sp.detail, sp.population, NULL
    FROM date_forces d JOIN set_population sp ON sp.area_key = d.area_key AND sp.forces = d.forces`,
  );
  const byArea = new Map<string, { members: string[]; dates: Map<number, AreaDate> }>();
  const area = (key: string): { members: string[]; dates: Map<number, AreaDate> } => {
    const found = byArea.get(key) ?? { members: [] as string[], dates: new Map<number, AreaDate>() };
    byArea.set(key, found);
    return found;
  };
  const date = (key: string, asAt: Date) => {
    const dates = area(key).dates;
    const found: AreaDate = dates.get(asAt.getTime()) ?? {
      asAt,
      forcesWithData: [],
      headcount: new Map(),
      population: new Map(),
    };
    dates.set(asAt.getTime(), found);
    return found;
  };
  for (const r of rows) {
    if (r.kind === "members") area(r.areaKey).members = r.forces ?? [];
    else if (r.kind === "dates") date(r.areaKey, r.asAt!).forcesWithData = r.forces ?? [];
    else if (r.kind === "workforce")
      date(r.areaKey, r.asAt!).headcount.set(r.group as WorkforceEthnicity, r.value!);
    else {
      const d = date(r.areaKey, r.asAt!);
      const census = d.population.get(r.censusYear!) ?? [];
      d.population.set(r.censusYear!, census);
      census.push({ group: r.group as EthnicGroup, ethnicity: r.detail!, population: r.value! });
    }
  }
  return areas.map((a) => {
    const found = byArea.get(areaKey(a));
    if (!found) return { members: [], dates: [] };
    const dates = [...found.dates.values()].sort((x, y) => x.asAt.getTime() - y.asAt.getTime());
    return { members: found.members, dates };
  });
}
