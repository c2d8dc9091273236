import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { announced } from "../../services/data-version.ts";

/**
 * What happened to each row of one model's content. Every content row lands in exactly one count:
 * - inserted / updated / unchanged: as usual;
 * - kept: the database differs from the content only where someone changed it after the seed wrote it
 *   (or deleted the row): the seed leaves their change alone;
 * - waiting: the row names a force that is not in the database yet (or belongs to a row that does);
 *   it is written by the first run after the forces importer has created the force.
 */
export interface ContentCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  kept: number;
  waiting: number;
}

export type ContentReport = Record<string, ContentCounts>;

type Row = Record<string, unknown>;
type Json = string | number | boolean | null | Json[];

type DelegateName =
  | "sourceDocument"
  | "planVersion"
  | "planArea"
  | "objective"
  | "objectiveLineage"
  | "collaboration"
  | "collaborationMember"
  | "collaborationFunction"
  | "forceObjective"
  | "forceObjectiveLink"
  | "measure"
  | "evidence"
  | "evidenceObjective"
  | "evidenceForceObjective"
  | "board"
  | "boardMembership"
  | "meeting"
  | "scrutinyActivity";

interface GenericDelegate {
  findMany(args: { where: unknown }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  update(args: { where: unknown; data: Row }): Promise<unknown>;
}

type Tx = Prisma.TransactionClient;

/** One model's curated rows and what the writer needs to know about its columns. */
export interface ModelSpec<R extends object = Row> {
  /** Prisma model name, used as AuditEvent.entityType. */
  model: Prisma.ModelName;
  delegate: DelegateName;
  /** Primary key columns; the audit entityId is their values joined with ":". */
  key: readonly (keyof R & string)[];
  /** @db.Date columns (content writes them as "YYYY-MM-DD"). */
  dates?: readonly (keyof R & string)[];
  /** Decimal columns (content writes them as numbers). */
  decimals?: readonly (keyof R & string)[];
  /** Columns holding a data.police.uk force slug, resolved through Force ids and ForceAlias. */
  forces?: readonly (keyof R & string)[];
  /** Columns referencing rows of other content models: column → model. */
  refs?: Partial<Record<keyof R & string, Prisma.ModelName>>;
  rows: readonly R[];
}

export function spec<R extends object>(definition: ModelSpec<R>): ModelSpec {
  return definition as unknown as ModelSpec;
}

export interface WriteOptions {
  actor: string;
  onProgress?: (message: string) => void;
}

type Outcome = "waiting" | "kept";

/**
 * Writes curated content idempotently, in one transaction, models in the given order (parents first).
 * Inserts missing rows, updates columns whose content changed, and writes one AuditEvent (action SEED)
 * per inserted or updated row. A column someone else changed since the seed last wrote it (the SEED
 * audit trail says what the seed wrote) is left as it is, so a restart never undoes an edit.
 */
export async function writeContent(db: Db, specs: readonly ModelSpec[], options: WriteOptions) {
  return announced(
    db.$transaction(
      async (tx) => {
        const forces = await loadForceSlugs(tx);
        const history = await loadSeedHistory(
          tx,
          specs.map((s) => s.model),
        );
        const absent = new Map<string, Map<string, Outcome>>();
        const missingForces = new Set<string>();
        const report: ContentReport = {};
        for (const s of specs) {
          report[s.model] = await writeModel(tx, s, { forces, history, absent, missingForces, options });
        }
        if (missingForces.size > 0) {
          const waiting = Object.values(report).reduce((sum, counts) => sum + counts.waiting, 0);
          options.onProgress?.(
            `Curated content: ${waiting} rows wait for forces not imported yet (${[...missingForces].sort().join(", ")})`,
          );
        }
        return report;
      },
      { maxWait: 30_000, timeout: 300_000 },
    ),
  );
}

interface Context {
  forces: Map<string, string>;
  history: Map<string, Map<string, Row>>;
  absent: Map<string, Map<string, Outcome>>;
  missingForces: Set<string>;
  options: WriteOptions;
}

async function writeModel(tx: Tx, s: ModelSpec, ctx: Context): Promise<ContentCounts> {
  const counts: ContentCounts = { inserted: 0, updated: 0, unchanged: 0, kept: 0, waiting: 0 };
  const absentHere = new Map<string, Outcome>();
  ctx.absent.set(s.model, absentHere);
  const delegate = (tx as unknown as Record<DelegateName, GenericDelegate>)[s.delegate];
  const dates = new Set<string>(s.dates ?? []);
  const decimals = new Set<string>(s.decimals ?? []);
  const history = ctx.history.get(s.model) ?? new Map<string, Row>();

  // 1. Normalise the content; hold back rows whose force (or parent row) is not in the database.
  const ready: { entityId: string; desired: Row }[] = [];
  for (const source of s.rows as readonly Row[]) {
    const desired: Row = {};
    let blocked: Outcome | undefined;
    for (const [column, value] of Object.entries(source)) {
      let v = value;
      if (v !== null && decimals.has(column)) v = new Prisma.Decimal(v as number).toString();
      if (v !== null && (s.forces as readonly string[] | undefined)?.includes(column)) {
        const forceId = ctx.forces.get(v as string);
        if (forceId === undefined) {
          ctx.missingForces.add(v as string);
          blocked = "waiting";
        } else v = forceId;
      }
      const parentModel = (s.refs as Record<string, string> | undefined)?.[column];
      if (v !== null && parentModel) {
        const parentOutcome = ctx.absent.get(parentModel)?.get(v as string);
        if (parentOutcome && blocked !== "waiting") blocked = parentOutcome;
      }
      desired[column] = v;
    }
    const entityId = s.key.map((k) => String(desired[k])).join(":");
    if (blocked) {
      counts[blocked]++;
      absentHere.set(entityId, blocked);
    } else ready.push({ entityId, desired });
  }
  if (ready.length === 0) return counts;

  // 2. Compare with the database.
  const existing = await delegate.findMany({
    where: keyWhere(
      s.key,
      ready.map((r) => r.desired),
    ),
  });
  const current = new Map(existing.map((row) => [s.key.map((k) => String(row[k])).join(":"), row]));
  const creates: Row[] = [];
  const audits: Prisma.AuditEventCreateManyInput[] = [];
  const audit = (entityId: string, changes: Row) =>
    audits.push({
      actor: ctx.options.actor,
      action: "SEED",
      entityType: s.model,
      entityId,
      changes: changes as Prisma.InputJsonValue,
    });

  for (const { entityId, desired } of ready) {
    const row = current.get(entityId);
    const seeded = history.get(entityId);
    if (!row) {
      if (seeded) {
        // The seed wrote this row before and someone has deleted it since: respect that.
        counts.kept++;
        absentHere.set(entityId, "kept");
      } else {
        creates.push(toDb(desired, dates));
        audit(entityId, { after: desired });
        counts.inserted++;
      }
      continue;
    }
    const before: Row = {};
    const after: Row = {};
    const keptColumns: string[] = [];
    for (const [column, want] of Object.entries(desired)) {
      if (s.key.includes(column)) continue;
      const have = fromDb(s.model, column, row[column], dates, decimals);
      if (same(have, want)) continue;
      if (seeded && column in seeded && !same(have, seeded[column])) keptColumns.push(column);
      else {
        before[column] = have;
        after[column] = want;
      }
    }
    if (Object.keys(after).length > 0) {
      await delegate.update({ where: keyUnique(s.key, desired), data: toDb(after, dates) });
      audit(
        entityId,
        keptColumns.length > 0 ? { before, after, keptLocalEdits: keptColumns } : { before, after },
      );
      counts.updated++;
    } else if (keptColumns.length > 0) counts.kept++;
    else counts.unchanged++;
  }
  if (creates.length > 0) await delegate.createMany({ data: creates });
  if (audits.length > 0) await tx.auditEvent.createMany({ data: audits });
  return counts;
}

/** data.police.uk slug (or any alias) → Force.id, for every force in the database. */
async function loadForceSlugs(tx: Tx): Promise<Map<string, string>> {
  const [forces, aliases] = await Promise.all([
    tx.force.findMany({ select: { id: true } }),
    tx.forceAlias.findMany({ select: { alias: true, forceId: true } }),
  ]);
  const slugs = new Map<string, string>();
  for (const { alias, forceId } of aliases) slugs.set(alias, forceId);
  for (const { id } of forces) slugs.set(id, id);
  return slugs;
}

/** model → entityId → the column values the seed last wrote (folded from SEED audit events). */
async function loadSeedHistory(tx: Tx, models: string[]): Promise<Map<string, Map<string, Row>>> {
  const events = await tx.auditEvent.findMany({
    where: { action: "SEED", entityType: { in: models } },
    orderBy: { id: "asc" },
    select: { entityType: true, entityId: true, changes: true },
  });
  const history = new Map<string, Map<string, Row>>();
  for (const event of events) {
    const after = (event.changes as { after?: Row } | null)?.after;
    if (!after) continue;
    let byId = history.get(event.entityType);
    if (!byId) {
      byId = new Map();
      history.set(event.entityType, byId);
    }
    byId.set(event.entityId, { ...byId.get(event.entityId), ...after });
  }
  return history;
}

function keyWhere(key: readonly string[], rows: Row[]): unknown {
  if (key.length === 1) return { [key[0]!]: { in: rows.map((r) => r[key[0]!]) } };
  return { OR: rows.map((r) => Object.fromEntries(key.map((k) => [k, r[k]]))) };
}

function keyUnique(key: readonly string[], row: Row): unknown {
  const values = Object.fromEntries(key.map((k) => [k, row[k]]));
  return key.length === 1 ? values : { [key.join("_")]: values };
}

function toDb(row: Row, dates: Set<string>): Row {
  const out: Row = {};
  for (const [column, value] of Object.entries(row)) {
    out[column] = value !== null && dates.has(column) ? new Date(`${value as string}T00:00:00.000Z`) : value;
  }
  return out;
}

/** A database value in the content's own notation, so the two compare equal when unchanged. */
function fromDb(
  model: string,
  column: string,
  value: unknown,
  dates: Set<string>,
  decimals: Set<string>,
): Json {
  if (value instanceof Date) {
    if (!dates.has(column))
      throw new Error(`${model}.${column} is a date column: list it in the spec's dates`);
    return value.toISOString().slice(0, 10);
  }
  if (Prisma.Decimal.isDecimal(value)) {
    if (!decimals.has(column))
      throw new Error(`${model}.${column} is a decimal column: list it in the spec's decimals`);
    return value.toString();
  }
  return value as Json;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
