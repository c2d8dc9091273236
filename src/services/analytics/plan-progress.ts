import { z } from "zod";
import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { EvidenceStatus } from "../../generated/prisma/enums.ts";
import { analyticsQuery } from "./sql.ts";

// The one home of plan progress's SQL: evidence by status per force and national objective, and each
// measure's latest observation, as the data stood at a moment. Statuses at a past moment come from the
// audit trail (each API write records {before, after} rows): the last change at or before the moment,
// else the `before` of the first change after it; rows never changed since they were seeded keep their
// status from their creation on.

/** Evidence's status as it stood at `dataAsAt` (null: now); null status = the evidence did not exist. */
function evidenceThen(dataAsAt: Date | null): Prisma.Sql {
  if (!dataAsAt)
    return Prisma.sql`SELECT id, owner_force_id, owner_collaboration_id, is_public, status::text AS status FROM evidence`;
  const t = Prisma.sql`${dataAsAt}::timestamptz`;
  const events = Prisma.sql`FROM audit_event a WHERE a.entity_type = 'Evidence' AND a.entity_id = e.id`;
  return Prisma.sql`SELECT e.id, e.owner_force_id, e.owner_collaboration_id, e.is_public, COALESCE(
      (SELECT a.changes->'after'->>'status' ${events} AND a.at <= ${t} ORDER BY a.at DESC, a.id DESC LIMIT 1),
      (SELECT a.changes->'before'->>'status' ${events} AND a.at > ${t} ORDER BY a.at, a.id LIMIT 1),
      CASE WHEN e.created_at <= ${t} AND NOT EXISTS (SELECT 1 ${events}) THEN e.status::text END
    ) AS status
    FROM evidence e`;
}

const evidenceRow = z.object({
  objectiveId: z.string(),
  areaId: z.string().nullable(),
  forceId: z.string().nullable(),
  status: z.string().nullable(),
  evidence: z.number(),
});
export type EvidenceCountRow = Omit<z.infer<typeof evidenceRow>, "status"> & {
  status: EvidenceStatus | null;
};

export interface EvidenceProgressParams {
  /** Null: the latest plan version that has objectives. */
  planVersionId: string | null;
  /** Null: every force. */
  forceIds: readonly string[] | null;
  dataAsAt: Date | null;
  /** Count only published evidence (delivered, verified or marked public): drafts are not the viewer's to see. */
  publishedOnly: boolean;
}

/**
 * Evidence by (national objective, force, status) as it stood then: evidence owned by a force counts
 * for it; evidence owned by a collaboration counts for each member force; evidence linked through a
 * force objective counts for the national objectives that force objective is mapped to. Every objective
 * of the version has at least one row (forceId null, 0 evidence) so objectives with none are listed.
 */
export async function evidenceByObjective(
  db: Db,
  params: EvidenceProgressParams,
): Promise<EvidenceCountRow[]> {
  const forces = params.forceIds ? [...params.forceIds] : null;
  const rows = await analyticsQuery(
    db,
    "plan.evidenceByObjective",
    evidenceRow,
    Prisma.sql`
    WITH version AS (
      SELECT COALESCE(${params.planVersionId}::text, (SELECT v.id FROM plan_version v
        WHERE EXISTS (SELECT 1 FROM objective o WHERE o.plan_version_id = v.id)
        ORDER BY v.published_on DESC NULLS LAST, v.id DESC LIMIT 1)) AS id),
    ev AS (SELECT * FROM (${evidenceThen(params.dataAsAt)}) t
      WHERE NOT ${params.publishedOnly}::boolean OR t.is_public OR t.status IN ('DELIVERED', 'VERIFIED')),
    ev_force AS (
      SELECT id, status, owner_force_id AS force_id FROM ev WHERE status IS NOT NULL AND owner_force_id IS NOT NULL
      UNION
      SELECT ev.id, ev.status, cm.force_id FROM ev
      JOIN collaboration_member cm ON cm.collaboration_id = ev.owner_collaboration_id WHERE ev.status IS NOT NULL),
    links AS (
      SELECT evidence_id, objective_id FROM evidence_objective
      UNION
      SELECT efo.evidence_id, fol.objective_id FROM evidence_force_objective efo
      JOIN force_objective_link fol ON fol.force_objective_id = efo.force_objective_id),
    counted AS (
      SELECT l.objective_id, ef.force_id, ef.status, count(DISTINCT ef.id)::int AS evidence
      FROM ev_force ef JOIN links l ON l.evidence_id = ef.id
      WHERE (${forces}::text[] IS NULL OR ef.force_id = ANY(${forces}::text[]))
      -- Per force, and across forces (force_id null: each piece of evidence once).
      GROUP BY GROUPING SETS ((l.objective_id, ef.force_id, ef.status), (l.objective_id, ef.status)))
    SELECT o.id AS "objectiveId", o.area_id AS "areaId", c.force_id AS "forceId", c.status,
      COALESCE(c.evidence, 0) AS evidence
    FROM objective o LEFT JOIN counted c ON c.objective_id = o.id
    WHERE o.plan_version_id = (SELECT id FROM version)
    ORDER BY o.sort_order, o.id, c.force_id, c.status`,
  );
  return rows as EvidenceCountRow[];
}

const trackRow = z.object({
  forceId: z.string(),
  measureId: z.string(),
  baseline: z.number().nullable(),
  baselineDate: z.date().nullable(),
  target: z.number().nullable(),
  dueDate: z.date().nullable(),
  latest: z.number().nullable(),
  latestDate: z.date().nullable(),
});
export type MeasureTrackRow = z.infer<typeof trackRow>;

/**
 * Each force's measures (of its own objectives and its collaborations') with the latest observation
 * made by `dataAsAt`: observed on or before that day and not recorded after that moment.
 */
export async function measureTracks(
  db: Db,
  forceIds: readonly string[],
  dataAsAt: Date | null,
): Promise<MeasureTrackRow[]> {
  const t = Prisma.sql`${dataAsAt}::timestamptz`;
  return analyticsQuery(
    db,
    "plan.measureTracks",
    trackRow,
    Prisma.sql`
    WITH owner AS (
      SELECT f.id AS force_id, fo.id AS force_objective_id FROM force f
      JOIN force_objective fo ON fo.owner_force_id = f.id OR fo.owner_collaboration_id IN
        (SELECT collaboration_id FROM collaboration_member WHERE force_id = f.id)
      WHERE f.id = ANY(${[...forceIds]}::text[]))
    SELECT o.force_id AS "forceId", m.id AS "measureId",
      m.baseline_value::float8 AS baseline, m.baseline_date AS "baselineDate",
      m.target_value::float8 AS target, m.due_date AS "dueDate",
      latest.value::float8 AS latest, latest.observed_on AS "latestDate"
    FROM owner o JOIN measure m ON m.force_objective_id = o.force_objective_id
    LEFT JOIN LATERAL (
      SELECT mo.value, mo.observed_on FROM measure_observation mo
      WHERE mo.measure_id = m.id
        AND (${t} IS NULL OR (mo.observed_on <= ${t}::date AND NOT EXISTS (
          SELECT 1 FROM audit_event a WHERE a.entity_type = 'MeasureObservation' AND a.entity_id = mo.id
            AND a.action = 'CREATE' AND a.at > ${t})))
      ORDER BY mo.observed_on DESC LIMIT 1) latest ON true
    ORDER BY o.force_id, m.id`,
  );
}
