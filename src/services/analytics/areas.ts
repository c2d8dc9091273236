import { z } from "zod";
import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { analyticsQuery } from "./sql.ts";

// "Any area": a force, a region, a collaboration, any list of forces, or England and Wales. Every
// analytics statement takes a list of areas and resolves their member forces inside the same SQL
// (the `area_member` CTE), so a league table of 43 forces costs the statements of one.

export type AreaSpec =
  | { kind: "NATIONAL" }
  | { kind: "REGION"; id: string }
  | { kind: "COLLABORATION"; id: string }
  | { kind: "FORCES"; ids: readonly string[] }
  /** The forces sharing any collaboration with this one (not the force itself). */
  | { kind: "PARTNERS"; forceId: string };

export type AreaKind = AreaSpec["kind"];

/** A stable key: equal areas share a key (force lists are sorted and deduplicated). */
export function areaKey(area: AreaSpec): string {
  switch (area.kind) {
    case "NATIONAL":
      return "national";
    case "REGION":
      return `region:${area.id}`;
    case "COLLABORATION":
      return `collaboration:${area.id}`;
    case "FORCES":
      return `forces:${[...new Set(area.ids)].sort().join(",")}`;
    case "PARTNERS":
      return `partners:${area.forceId}`;
  }
}

export const forceArea = (id: string): AreaSpec => ({ kind: "FORCES", ids: [id] });
export const nationalArea: AreaSpec = { kind: "NATIONAL" };

/** England and Wales: the 43 territorial forces with a census area (BTP and PSNI are not in it). */
export const nationalForcesSql = Prisma.sql`SELECT id FROM force
  WHERE pfa_code IS NOT NULL AND kind = 'TERRITORIAL' AND country IN ('ENGLAND', 'WALES')`;

/**
 * `area_member(area_key, force_id)` for the given areas, as the body of a CTE. Areas are passed as
 * three parallel arrays (key, kind, reference): one row per region/collaboration/national area, one
 * row per force of a force list.
 */
export function areaMembersSql(areas: readonly AreaSpec[]): Prisma.Sql {
  const keys: string[] = [];
  const kinds: string[] = [];
  const refs: string[] = [];
  for (const area of areas) {
    const key = areaKey(area);
    const add = (ref: string) => {
      keys.push(key);
      kinds.push(area.kind);
      refs.push(ref);
    };
    if (area.kind === "FORCES") for (const id of new Set(area.ids)) add(id);
    else if (area.kind === "PARTNERS") add(area.forceId);
    else add(area.kind === "NATIONAL" ? "" : area.id);
  }
  return Prisma.sql`SELECT DISTINCT a.key AS area_key, f.id AS force_id
    FROM unnest(${keys}::text[], ${kinds}::text[], ${refs}::text[]) AS a(key, kind, ref)
    JOIN force f ON
      (a.kind = 'NATIONAL' AND f.id IN (${nationalForcesSql}))
      OR (a.kind = 'REGION' AND f.region_id = a.ref)
      OR (a.kind = 'COLLABORATION' AND f.id IN
            (SELECT force_id FROM collaboration_member WHERE collaboration_id = a.ref))
      OR (a.kind = 'FORCES' AND f.id = a.ref)
      OR (a.kind = 'PARTNERS' AND f.id <> a.ref AND f.id IN
            (SELECT partner.force_id FROM collaboration_member own
             JOIN collaboration_member partner ON partner.collaboration_id = own.collaboration_id
             WHERE own.force_id = a.ref))`;
}

/** The forces of the national area, ordered by id (the default rows of per-force tables). */
export async function nationalForceIds(db: Db): Promise<string[]> {
  const rows = await analyticsQuery(
    db,
    "areas.nationalForceIds",
    z.object({ id: z.string() }),
    Prisma.sql`${nationalForcesSql} ORDER BY id`,
  );
  return rows.map((r) => r.id);
}
