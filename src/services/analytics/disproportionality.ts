import { z } from "zod";
import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { EthnicityBasis, PolicePower, SubjectEthnicity } from "../../generated/prisma/enums.ts";
import { type AreaSpec, areaKey, areaMembersSql } from "./areas.ts";
import { analyticsQuery } from "./sql.ts";

// The one home of disproportionality's SQL: police-power uses and census population by area and group,
// over the months each force actually submitted. One statement for any number of areas.

/** Which uses to count. Null period: the latest the hub holds for the power and basis. */
export interface PowerWindow {
  power: PolicePower;
  tactic: string;
  ethnicityBasis: EthnicityBasis;
  periodEnd: Date | null;
  censusYear: number;
  /** Answer as the data stood at this moment: only rows of import batches accepted by then. */
  dataAsAt: Date | null;
}

/**
 * How subject ethnicities of the police-powers data map onto census groups (the harmonised groups);
 * `UNKNOWN` collects uses with no recorded ethnicity (the bounds), subjects left out are not counted.
 */
export type SubjectMapping = ReadonlyArray<{ subject: SubjectEthnicity; group: string }>;

export const UNKNOWN_GROUP = "UNKNOWN";

const row = z.object({
  areaKey: z.string(),
  group: z.string().nullable(),
  periodStart: z.date().nullable(),
  periodEnd: z.date().nullable(),
  /** Null: some member that submitted data has no figure for the group (not measured, not zero). */
  uses: z.number().nullable(),
  /** Census population of the members that submitted data. */
  population: z.number().nullable(),
  /** Σ population × months submitted over the members that submitted data. */
  personMonths: z.number().nullable(),
  minMonths: z.number().nullable(),
  maxMonths: z.number().nullable(),
  forcesWithData: z.array(z.string()),
  forcesWithoutData: z.array(z.string()),
});
type Row = z.infer<typeof row>;

export interface GroupUses {
  uses: number | null;
  population: number | null;
  personMonths: number | null;
}

export interface AreaUses {
  periodStart: Date | null;
  periodEnd: Date | null;
  /** Fewest and most months submitted among members with data; null: no member submitted anything. */
  minMonths: number | null;
  maxMonths: number | null;
  forcesWithData: string[];
  forcesWithoutData: string[];
  groups: Map<string, GroupUses>;
}

/** Uses and population by group for each area, in one statement. */
export async function powerUsesByArea(
  db: Db,
  window: PowerWindow,
  mapping: SubjectMapping,
  areas: readonly AreaSpec[],
): Promise<AreaUses[]> {
  const subjects = mapping.map((m) => m.subject);
  const imported = Prisma.sql`(${window.dataAsAt}::timestamptz IS NULL
    OR batch_id IN (SELECT id FROM import_batch WHERE imported_at <= ${window.dataAsAt}::timestamptz))`;
  const groups = mapping.map((m) => m.group);
  const rows = await analyticsQuery(
    db,
    "disproportionality.powerUsesByArea",
    row,
    Prisma.sql`
    WITH area_member AS (${areaMembersSql(areas)}),
    mapping AS (SELECT * FROM unnest(${subjects}::text[], ${groups}::text[]) AS m(subject, grp)),
    period AS (
      SELECT max(period_end) AS period_end FROM police_power_count
      WHERE power = ${window.power}::"PolicePower" AND ethnicity_basis = ${window.ethnicityBasis}::"EthnicityBasis"
        AND tactic = ${window.tactic} AND period_end = COALESCE(${window.periodEnd}::date, period_end)
        AND ${imported}),
    win AS (
      SELECT p.period_end, max(c.period_start) AS period_start FROM period p
      JOIN police_power_count c ON c.period_end = p.period_end
        AND c.power = ${window.power}::"PolicePower" AND c.tactic = ${window.tactic}
      GROUP BY 1),
    uses AS (
      SELECT c.force_id, c.subject_ethnicity::text AS subject, c.count, c.months_covered
      FROM police_power_count c JOIN win ON c.period_end = win.period_end AND c.period_start = win.period_start
      WHERE c.power = ${window.power}::"PolicePower" AND c.tactic = ${window.tactic}
        AND c.ethnicity_basis = ${window.ethnicityBasis}::"EthnicityBasis" AND ${imported}),
    force_months AS (
      SELECT force_id, max(months_covered) AS months FROM uses GROUP BY 1 HAVING max(months_covered) > 0),
    force_group AS (
      SELECT u.force_id, m.grp, sum(u.count)::float8 AS uses
      FROM uses u JOIN mapping m ON m.subject = u.subject GROUP BY 1, 2),
    population AS (
      SELECT force_id, ethnic_group::text AS grp, sum(population)::float8 AS population
      FROM population_baseline WHERE census_year = ${window.censusYear} AND ${imported} GROUP BY 1, 2),
    area_info AS (
      SELECT am.area_key,
        min(fm.months) AS min_months, max(fm.months) AS max_months,
        COALESCE(array_agg(am.force_id ORDER BY am.force_id) FILTER (WHERE fm.months IS NOT NULL), '{}') AS with_data,
        COALESCE(array_agg(am.force_id ORDER BY am.force_id) FILTER (WHERE fm.months IS NULL), '{}') AS without_data
      FROM area_member am LEFT JOIN force_months fm ON fm.force_id = am.force_id GROUP BY 1),
    area_group AS (
      SELECT am.area_key, g.grp,
        CASE WHEN count(fg.uses) = count(*) THEN sum(fg.uses) END AS uses,
        CASE WHEN count(p.population) = count(*) THEN sum(p.population) END AS population,
        CASE WHEN count(p.population) = count(*) THEN sum(p.population * fm.months) END AS person_months
      FROM area_member am
      JOIN force_months fm ON fm.force_id = am.force_id
      CROSS JOIN (SELECT DISTINCT grp FROM mapping) g
      LEFT JOIN force_group fg ON fg.force_id = am.force_id AND fg.grp = g.grp
      LEFT JOIN population p ON p.force_id = am.force_id AND p.grp = g.grp
      GROUP BY 1, 2)
    SELECT ai.area_key AS "areaKey", ag.grp AS "group",
      (SELECT period_start FROM win) AS "periodStart", (SELECT period_end FROM win) AS "periodEnd",
      ag.uses, ag.population, ag.person_months::float8 AS "personMonths",
      ai.min_months AS "minMonths", ai.max_months AS "maxMonths",
      ai.with_data AS "forcesWithData", ai.without_data AS "forcesWithoutData"
    FROM area_info ai LEFT JOIN area_group ag ON ag.area_key = ai.area_key`,
  );
  const byArea = new Map<string, AreaUses>();
  for (const r of rows) {
    const area = byArea.get(r.areaKey) ?? toArea(r);
    byArea.set(r.areaKey, area);
    if (r.group !== null)
      area.groups.set(r.group, { uses: r.uses, population: r.population, personMonths: r.personMonths });
  }
  return areas.map((a) => byArea.get(areaKey(a)) ?? emptyArea());
}

const toArea = (r: Row): AreaUses => ({
  periodStart: r.periodStart,
  periodEnd: r.periodEnd,
  minMonths: r.minMonths,
  maxMonths: r.maxMonths,
  forcesWithData: r.forcesWithData,
  forcesWithoutData: r.forcesWithoutData,
  groups: new Map(),
});

const emptyArea = (): AreaUses => ({
  periodStart: null,
  periodEnd: null,
  minMonths: null,
  maxMonths: null,
  forcesWithData: [],
  forcesWithoutData: [],
  groups: new Map(),
});
