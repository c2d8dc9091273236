import type {
  DataQualityFlag,
  EthnicityBasis,
  PolicePower,
  PowerBreakdown,
  PowerRowRole,
  SubjectEthnicity,
} from "../generated/prisma/enums.ts";
import { isoDay } from "./cells.ts";
import {
  insertJson,
  planTable,
  type TablePlan,
  type Tx,
  updateJsonById,
  type WriteContext,
} from "./engine.ts";

/** One PolicePowerCount record as an importer produces it. */
export interface PowerRecord {
  forceId: string;
  power: PolicePower;
  tactic: string;
  category: string | null;
  /** The row's place in the source's structure; isSubtotal = TOTAL or SUBTOTAL. */
  role: PowerRowRole;
  parentTactic: string | null;
  breakdown: PowerBreakdown;
  qualityFlags: DataQualityFlag[];
  isSubtotal: boolean;
  periodStart: Date;
  periodEnd: Date;
  monthsCovered: number;
  ethnicityBasis: EthnicityBasis;
  subjectEthnicity: SubjectEthnicity;
  count: number;
}

type Keyed = Pick<
  PowerRecord,
  "forceId" | "power" | "tactic" | "periodStart" | "periodEnd" | "ethnicityBasis" | "subjectEthnicity"
>;

/** The table's natural key (its unique index). */
export function powerKey(r: Keyed): string {
  return [
    r.forceId,
    r.power,
    r.tactic,
    isoDay(r.periodStart),
    isoDay(r.periodEnd),
    r.ethnicityBasis,
    r.subjectEthnicity,
  ].join("|");
}

/** Plans PolicePowerCount writes: loads the stored rows of the file's powers and periods in one query. */
export async function planPowerCounts(tx: Tx, records: PowerRecord[], ctx: WriteContext): Promise<TablePlan> {
  const distinct = <T>(pick: (r: PowerRecord) => T) => [...new Set(records.map(pick))];
  const existing =
    records.length === 0
      ? []
      : await tx.policePowerCount.findMany({
          where: {
            power: { in: distinct((r) => r.power) },
            ethnicityBasis: { in: distinct((r) => r.ethnicityBasis) },
            periodStart: { in: distinct((r) => isoDay(r.periodStart)).map((d) => new Date(d)) },
          },
        });
  const sourceId = ctx.sourceId;
  return planTable({
    table: "PolicePowerCount",
    incoming: records,
    existing,
    keyOf: powerKey,
    keyOfExisting: powerKey,
    same: (row, r) =>
      row.count === r.count &&
      row.monthsCovered === r.monthsCovered &&
      row.isSubtotal === r.isSubtotal &&
      row.category === r.category &&
      row.role === r.role &&
      row.parentTactic === r.parentTactic &&
      row.breakdown === r.breakdown &&
      row.qualityFlags.join(",") === r.qualityFlags.join(",") &&
      (sourceId === undefined || row.sourceId === sourceId),
    insert: (tx, chunk, batchId) =>
      insertJson(
        tx,
        "police_power_count",
        {
          force_id: "text",
          power: '"PolicePower"',
          tactic: "text",
          category: "text",
          is_subtotal: "boolean",
          role: '"PowerRowRole"',
          parent_tactic: "text",
          breakdown: '"PowerBreakdown"',
          quality_flags: '"DataQualityFlag"[]',
          period_start: "date",
          period_end: "date",
          months_covered: "integer",
          ethnicity_basis: '"EthnicityBasis"',
          subject_ethnicity: '"SubjectEthnicity"',
          count: "integer",
          source_id: "text",
          batch_id: "integer",
        },
        chunk.map((r) => ({
          force_id: r.forceId,
          power: r.power,
          tactic: r.tactic,
          category: r.category,
          is_subtotal: r.isSubtotal,
          role: r.role,
          parent_tactic: r.parentTactic,
          breakdown: r.breakdown,
          quality_flags: pgArray(r.qualityFlags),
          period_start: isoDay(r.periodStart),
          period_end: isoDay(r.periodEnd),
          months_covered: r.monthsCovered,
          ethnicity_basis: r.ethnicityBasis,
          subject_ethnicity: r.subjectEthnicity,
          count: r.count,
          source_id: sourceId ?? null,
          batch_id: batchId,
        })),
      ),
    update: (tx, row, r, batchId) =>
      tx.policePowerCount.update({
        where: { id: row.id },
        data: {
          count: r.count,
          monthsCovered: r.monthsCovered,
          isSubtotal: r.isSubtotal,
          category: r.category,
          role: r.role,
          parentTactic: r.parentTactic,
          breakdown: r.breakdown,
          qualityFlags: r.qualityFlags,
          batchId,
          ...(sourceId === undefined ? {} : { sourceId }),
        },
      }),
    updateMany: (tx, pairs, batchId) =>
      updateJsonById(
        tx,
        "police_power_count",
        {
          count: "integer",
          months_covered: "integer",
          is_subtotal: "boolean",
          category: "text",
          role: '"PowerRowRole"',
          parent_tactic: "text",
          breakdown: '"PowerBreakdown"',
          quality_flags: '"DataQualityFlag"[]',
          source_id: "text",
          batch_id: "integer",
        },
        pairs.map(([row, r]) => ({
          id: row.id,
          count: r.count,
          months_covered: r.monthsCovered,
          is_subtotal: r.isSubtotal,
          category: r.category,
          role: r.role,
          parent_tactic: r.parentTactic,
          breakdown: r.breakdown,
          quality_flags: pgArray(r.qualityFlags),
          source_id: sourceId === undefined ? row.sourceId : sourceId,
          batch_id: batchId,
        })),
      ),
    show: (v) => {
      const r = v as PowerRecord & { sourceId?: string | null };
      return {
        count: r.count,
        monthsCovered: r.monthsCovered,
        isSubtotal: r.isSubtotal,
        category: r.category,
        role: r.role,
        parentTactic: r.parentTactic,
        breakdown: r.breakdown,
        qualityFlags: r.qualityFlags,
      };
    },
  });
}

/** A PostgreSQL array literal for an enum array sent through json_to_recordset as text. */
const pgArray = (values: readonly string[]) => `{${values.join(",")}}`;

export const isSubtotalRole = (role: PowerRowRole) => role === "TOTAL" || role === "SUBTOTAL";
