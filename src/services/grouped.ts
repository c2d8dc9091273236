import { z } from "zod";
import type { HubContext } from "../context.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { EthnicGroup, Gender, Rank, WorkerType, WorkforceEthnicity } from "../generated/prisma/enums.ts";
import { seesAllRawFigures } from "../policy/disclosure.ts";
import { ALL, groupOf } from "./workforce-disclosure.ts";

// Grouped tables for BI tools: raw counts summed in SQL by the dimensions the caller picks. Headcounts
// are stocks, so workforce groups are always per as-at date and worker type; population per census;
// police powers per period. Public workforce sums go through the disclosure cube (visibleSum).

/** The three rank bands that partition the ranks (src/analytics/rank-bands.ts names them). */
const rankBandSql = Prisma.raw(`case
  when w.rank = 'CONSTABLE' then 'CONSTABLES'
  when w.rank in ('SERGEANT', 'INSPECTOR', 'CHIEF_INSPECTOR') then 'SERGEANT_TO_CHIEF_INSPECTOR'
  when w.rank in ('SUPERINTENDENT', 'CHIEF_SUPERINTENDENT', 'CHIEF_OFFICER') then 'SUPERINTENDENT_AND_ABOVE'
end`);

export const workforceDimensions = [
  "FORCE",
  "REGION",
  "RANK",
  "RANK_BAND",
  "GENDER",
  "ETHNIC_GROUP",
] as const;
export type WorkforceDimension = (typeof workforceDimensions)[number];

/** A dimension's SQL and the name of its column in the result. */
interface GroupColumn {
  sql: Prisma.Sql;
  as: string;
}

const column = (sql: string | Prisma.Sql, as: string): GroupColumn => ({
  sql: typeof sql === "string" ? Prisma.raw(sql) : sql,
  as,
});

/**
 * The select list and grouping of a grouped table: each dimension as its column when grouped by, else
 * null (all of it), and a region's name beside its id. `kept` columns (a date, a census year) are
 * always grouped by, first.
 */
function grouping<D extends string>(columns: Record<D, GroupColumn>, by: readonly D[], kept: Prisma.Sql[]) {
  const chosen = new Set<string>(by);
  const named = (sql: Prisma.Sql, as: string) => Prisma.sql`${sql} as ${Prisma.raw(`"${as}"`)}`;
  const select = (Object.entries(columns) as [D, GroupColumn][]).map(([dimension, c]) =>
    named(chosen.has(dimension) ? c.sql : Prisma.sql`null`, c.as),
  );
  const region = chosen.has("REGION") ? [Prisma.raw("r.name")] : [];
  select.push(named(region[0] ?? Prisma.sql`null`, "regionName"));
  const groupBy = Prisma.join([...kept, ...by.map((d) => columns[d].sql), ...region]);
  return { select: Prisma.join(select), groupBy };
}

const workforceColumns: Record<WorkforceDimension, GroupColumn> = {
  FORCE: column("w.force_id", "forceId"),
  REGION: column("f.region_id", "regionId"),
  RANK: column("w.rank::text", "rank"),
  RANK_BAND: column(rankBandSql, "rankBand"),
  GENDER: column("w.gender::text", "gender"),
  ETHNIC_GROUP: column("w.ethnic_group::text", "ethnicGroup"),
};

export interface WorkforceGroupFilter {
  years?: readonly number[] | null;
  forceIds?: readonly string[] | null;
  regionIds?: readonly string[] | null;
  workerTypes?: readonly WorkerType[] | null;
  ranks?: readonly Rank[] | null;
  genders?: readonly Gender[] | null;
  ethnicGroups?: readonly EthnicGroup[] | null;
}

const groupRow = z.object({
  asAt: z.date(),
  workerType: z.string(),
  forceId: z.string().nullable(),
  regionId: z.string().nullable(),
  regionName: z.string().nullable(),
  rank: z.string().nullable(),
  rankBand: z.string().nullable(),
  gender: z.string().nullable(),
  ethnicGroup: z.string().nullable(),
  headcount: z.coerce.number().int().nullable(),
  fte: z.coerce.number().nullable(),
  cells: z.array(z.string()),
});

export interface WorkforceGroup extends Omit<z.infer<typeof groupRow>, "cells"> {
  suppressed: boolean;
}

const listFilter = (column: string, values: readonly string[] | null | undefined, type: string) =>
  values?.length
    ? Prisma.sql`and ${Prisma.raw(column)} = any(${values}::${Prisma.raw(type)}[])`
    : Prisma.empty;

/**
 * Workforce headcount and FTE summed by the chosen dimensions, per as-at date and worker type, in one
 * statement. Viewers without raw access get each sum from the disclosure cube: hidden (null,
 * suppressed) when any cell in it is hidden, so a group never gives a suppressed cell away.
 */
export async function workforceGroups(
  ctx: HubContext,
  by: readonly WorkforceDimension[],
  filter: WorkforceGroupFilter = {},
): Promise<WorkforceGroup[]> {
  const chosen = new Set(by);
  const { select, groupBy } = grouping(workforceColumns, by, [
    Prisma.raw("w.as_at"),
    Prisma.raw("w.worker_type"),
  ]);
  const years = filter.years?.length
    ? Prisma.sql`and extract(year from w.as_at)::int = any(${[...filter.years]}::int[])`
    : Prisma.empty;
  const raw = await ctx.db.$queryRaw<unknown[]>`/* grouped.workforce */
    select w.as_at as "asAt", w.worker_type::text as "workerType", ${select},
      sum(w.headcount) as headcount, sum(w.fte) as fte,
      array_agg(w.force_id || '|' || w.rank || '|' || w.gender || '|' || w.ethnicity) as cells
    from workforce_count w
    join force f on f.id = w.force_id
    left join region r on r.id = f.region_id
    where true
      ${years}
      ${listFilter("w.force_id", filter.forceIds, "text")}
      ${listFilter("f.region_id", filter.regionIds, "text")}
      ${listFilter("w.worker_type", filter.workerTypes ?? ["POLICE_OFFICER"], '"WorkerType"')}
      ${listFilter("w.rank", filter.ranks, '"Rank"')}
      ${listFilter("w.gender", filter.genders, '"Gender"')}
      ${listFilter("w.ethnic_group", filter.ethnicGroups, '"EthnicGroup"')}
    group by ${groupBy}
    order by ${groupBy}`;
  const rows = z.array(groupRow).parse(raw);
  // A group over every gender (or every rank) of a force reads the cube's published margin, which
  // disclosure control protects as a whole, rather than adding leaves that may be hidden one by one.
  const allGenders = !chosen.has("GENDER") && !filter.genders?.length;
  const allRanks = allGenders && !chosen.has("RANK") && !chosen.has("RANK_BAND") && !filter.ranks?.length;
  const raws = seesAllRawFigures(ctx.viewer, filter.forceIds?.length ? [...filter.forceIds] : null);
  return Promise.all(
    rows.map(async ({ cells, ...row }) => {
      if (raws) return { ...row, suppressed: false };
      const cube = await ctx.loaders.workforceCube.load({
        asAt: row.asAt,
        workerType: row.workerType as WorkerType,
      });
      const coordinates = new Map<string, string[]>();
      for (const cell of cells) {
        const [forceId, rank, gender, ethnicity] = cell.split("|") as [
          string,
          string,
          string,
          WorkforceEthnicity,
        ];
        const at = [forceId, allRanks ? ALL : rank, allGenders ? ALL : gender, groupOf(row.asAt, ethnicity)];
        coordinates.set(at.join("|"), at);
      }
      const visible = cube.table.visibleSum([...coordinates.values()]);
      return visible.hidden
        ? { ...row, headcount: null, fte: null, suppressed: true }
        : { ...row, headcount: visible.value, suppressed: false };
    }),
  );
}

export const populationDimensions = ["FORCE", "REGION", "ETHNIC_GROUP"] as const;
export type PopulationDimension = (typeof populationDimensions)[number];

const populationColumns: Record<PopulationDimension, GroupColumn> = {
  FORCE: column("p.force_id", "forceId"),
  REGION: column("f.region_id", "regionId"),
  ETHNIC_GROUP: column("p.ethnic_group::text", "ethnicGroup"),
};

const populationRow = z.object({
  censusYear: z.number().int(),
  forceId: z.string().nullable(),
  regionId: z.string().nullable(),
  regionName: z.string().nullable(),
  ethnicGroup: z.string().nullable(),
  population: z.coerce.number().int(),
});
export type PopulationGroup = z.infer<typeof populationRow>;

/**
 * Census population summed by the chosen dimensions, per census year, in one statement. Each census
 * stores one level only (2011 detailed categories, 2021 broad groups), so the sum never counts a
 * person twice. Census counts are published figures: no disclosure control applies.
 */
export async function populationGroups(
  ctx: HubContext,
  by: readonly PopulationDimension[],
  filter: {
    censusYears?: readonly number[] | null;
    forceIds?: readonly string[] | null;
    regionIds?: readonly string[] | null;
    ethnicGroups?: readonly EthnicGroup[] | null;
  } = {},
): Promise<PopulationGroup[]> {
  const { select, groupBy } = grouping(populationColumns, by, [Prisma.raw("p.census_year")]);
  const censusYears = filter.censusYears?.length
    ? Prisma.sql`and p.census_year = any(${[...filter.censusYears]}::int[])`
    : Prisma.empty;
  const raw = await ctx.db.$queryRaw<unknown[]>`/* grouped.population */
    select p.census_year as "censusYear", ${select}, sum(p.population) as population
    from population_baseline p
    join force f on f.id = p.force_id
    left join region r on r.id = f.region_id
    where true
      ${censusYears}
      ${listFilter("p.force_id", filter.forceIds, "text")}
      ${listFilter("f.region_id", filter.regionIds, "text")}
      ${listFilter("p.ethnic_group", filter.ethnicGroups, '"EthnicGroup"')}
    group by ${groupBy}
    order by ${groupBy}`;
  return z.array(populationRow).parse(raw);
}
