import { z } from "zod";
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
  kind: z.enum(["members", "workforce", "population"]),
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

/** Workforce and population by group for each area and date of the slice, in one statement. */
export async function workforceByArea(
  db: Db,
  slice: WorkforceAreaSlice,
  areas: readonly AreaSpec[],
): Promise<AreaWorkforce[]> {
  const asAts = slice.asAts ? slice.asAts.map((d) => d.toISOString().slice(0, 10)) : null;
  const imported = Prisma.sql`(${slice.dataAsAt}::timestamptz IS NULL
    OR batch_id IN (SELECT id FROM import_batch WHERE imported_at <= ${slice.dataAsAt}::timestamptz))`;
  const rows = await analyticsQuery(
    db,
    "workforce.byArea",
    row,
    Prisma.sql`
    WITH area_member AS (${areaMembersSql(areas)}),
    cells AS (
      SELECT force_id, as_at, ethnicity::text AS grp, sum(headcount)::float8 AS headcount
      FROM workforce_count
      WHERE worker_type = ${slice.workerType}::"WorkerType" AND rank = ANY(${[...slice.ranks]}::"Rank"[])
        AND (${slice.genders ? [...slice.genders] : null}::"Gender"[] IS NULL
             OR gender = ANY(${slice.genders ? [...slice.genders] : null}::"Gender"[]))
        AND (${asAts}::date[] IS NULL OR as_at = ANY(${asAts}::date[]))
        AND headcount IS NOT NULL AND force_id IN (SELECT force_id FROM area_member) AND ${imported}
      GROUP BY 1, 2, 3),
    force_date AS (SELECT DISTINCT am.area_key, c.as_at, c.force_id
      FROM area_member am JOIN cells c ON c.force_id = am.force_id),
    population AS (
      SELECT force_id, census_year, ethnic_group::text AS grp, ethnicity AS detail, population::float8 AS population
      FROM population_baseline WHERE force_id IN (SELECT force_id FROM area_member) AND ${imported})
    SELECT 'members' AS kind, area_key AS "areaKey", NULL::date AS "asAt", NULL::int AS "censusYear",
      NULL AS "group", NULL AS detail, NULL::float8 AS value, array_agg(force_id ORDER BY force_id) AS forces
    FROM area_member GROUP BY area_key
    UNION ALL
    SELECT 'workforce', fd.area_key, fd.as_at, NULL, c.grp, NULL, sum(c.headcount),
      array_agg(DISTINCT fd.force_id)
    FROM force_date fd JOIN cells c ON c.force_id = fd.force_id AND c.as_at = fd.as_at
    GROUP BY fd.area_key, fd.as_at, c.grp
    UNION ALL
    SELECT 'population', fd.area_key, fd.as_at, p.census_year, p.grp, p.detail, sum(p.population), NULL
    FROM force_date fd JOIN population p ON p.force_id = fd.force_id
    GROUP BY fd.area_key, fd.as_at, p.census_year, p.grp, p.detail`,
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
    else if (r.kind === "workforce") {
      const d = date(r.areaKey, r.asAt!);
      d.headcount.set(r.group as WorkforceEthnicity, r.value!);
      for (const force of r.forces ?? []) if (!d.forcesWithData.includes(force)) d.forcesWithData.push(force);
    } else {
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
    for (const d of dates) d.forcesWithData.sort();
    return { members: found.members, dates };
  });
}
