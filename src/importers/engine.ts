import { isAbsolute, relative, resolve } from "node:path";
import type { Db } from "../db/database.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { recordAudit } from "../services/audit.ts";
import { announced } from "../services/data-version.ts";
import { type CsvRow, type ProgressListener, readCsv } from "./csv.ts";
import { ImportValidationError, type RowProblem } from "./errors.ts";
import { ForceResolver, requireForces } from "./force-resolver.ts";

export type Tx = Prisma.TransactionClient;

/** A row deliberately not loaded (a national total, a region subtotal…), with the reason. */
export interface SkippedRow {
  line: number;
  reason: string;
}

export interface ReadContext {
  file: string;
  problems: RowProblem[];
  skip(line: number, reason: string): void;
}

export interface WriteContext {
  /** SourceDocument the rows come from; undefined = leave whatever the rows already have. */
  sourceId?: string;
}

/** What one table would get from the file: computed by comparing with the database. */
export interface TablePlan {
  table: string;
  inserted: number;
  updated: number;
  unchanged: number;
  /** A few of the updates (key, before, after) for the audit trail. */
  sample: Array<{ key: string; before: unknown; after: unknown }>;
  apply(tx: Tx, batchId: number, progress: (records: number) => void): Promise<void>;
}

/**
 * One kind of file the hub imports. Validation happens while reading; writing happens in one transaction.
 * `K` is the kind as a literal type: ImportKind (importers/index.ts) is the union of them all.
 */
export interface ImporterDefinition<S, K extends string = string> {
  kind: K;
  description: string;
  /** Headers the file must have. */
  columns: readonly string[];
  /** Loads what validation needs (e.g. the forces) and returns the state rows are collected in. */
  start(db: Db, ctx: ReadContext): Promise<S>;
  /** Validates one data row and keeps its records in the state; problems go to ctx.problems. */
  row(state: S, row: CsvRow, ctx: ReadContext): void;
  /** Whole-file checks after the last row (totals, rows that must come in pairs…). */
  finish?(state: S, ctx: ReadContext): void;
  /** Inside the write transaction: compares with the database and says what to write. */
  plan(tx: Tx, state: S, ctx: WriteContext): Promise<TablePlan[]>;
  /**
   * Inside the write transaction, after a batch that changed something: brings derived tables (the
   * analytics rollup) up to date, so that they commit with the rows, under the same data version.
   */
  afterWrite?(tx: Tx): Promise<void>;
}

// biome-ignore lint/suspicious/noExplicitAny: the registry holds importers of different states
export type AnyImporter = ImporterDefinition<any, string>;

/** The state of most importers: the forces (which must exist first), the records, the keys seen. */
export interface ForceRecordsState<R> {
  resolver: ForceResolver;
  records: R[];
  keys: KeyTracker;
}

/** The shared `start` of importers whose rows name a force: loads the forces, refuses to run without them. */
export async function startWithForces<R>(db: Db, { problems }: ReadContext): Promise<ForceRecordsState<R>> {
  const resolver = await ForceResolver.load(db);
  requireForces(resolver, problems);
  return { resolver, records: [], keys: new KeyTracker() };
}

export interface ImportOptions {
  /** Who imports (recorded on the ImportBatch and the audit event). */
  actor?: string;
  onProgress?: ProgressListener;
  sourceId?: string;
}

export interface ImportResult {
  kind: string;
  file: string;
  sha256: string;
  /** Data rows in the file (header and blank lines excluded). */
  rows: number;
  /** Database records the rows map to (inserted + updated + unchanged). */
  records: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: SkippedRow[];
  tables: Record<string, { inserted: number; updated: number; unchanged: number }>;
  /** The ImportBatch recorded for this import; null when nothing changed (nothing recorded). */
  batchId: number | null;
}

const MAX_PROBLEMS = 10_000;

/** Serialises imports on PostgreSQL (two imports comparing against the same rows would race). */
const IMPORT_LOCK_KEY = 727_201;

export async function runImporter(
  db: Db,
  importer: AnyImporter,
  filePath: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const absolute = resolve(filePath);
  const file = displayPath(absolute);
  const problems: RowProblem[] = [];
  const skipped: SkippedRow[] = [];
  const ctx: ReadContext = { file, problems, skip: (line, reason) => skipped.push({ line, reason }) };

  const state = await importer.start(db, ctx);
  if (problems.length > 0) throw new ImportValidationError(importer.kind, file, problems);
  let unchecked = 0;
  const read = await readCsv(absolute, {
    required: importer.columns,
    problems,
    onProgress: options.onProgress,
    onRow: (row) => {
      // A file of the wrong kind would list a problem per cell: stop collecting at some point.
      if (problems.length >= MAX_PROBLEMS) unchecked++;
      else importer.row(state, row, ctx);
    },
  });
  if (unchecked > 0)
    problems.push({ line: null, reason: `${unchecked} more rows were not checked (too many problems)` });
  if (problems.length === 0) importer.finish?.(state, ctx);
  if (problems.length > 0) throw new ImportValidationError(importer.kind, file, sortProblems(problems));

  const actor = options.actor ?? "system";
  return announced(
    db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`select pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
        const plans = await importer.plan(tx, state, { sourceId: options.sourceId });
        const tables: ImportResult["tables"] = {};
        let inserted = 0;
        let updated = 0;
        let unchanged = 0;
        for (const plan of plans) {
          const t = tables[plan.table] ?? { inserted: 0, updated: 0, unchanged: 0 };
          tables[plan.table] = t;
          t.inserted += plan.inserted;
          t.updated += plan.updated;
          t.unchanged += plan.unchanged;
          inserted += plan.inserted;
          updated += plan.updated;
          unchanged += plan.unchanged;
        }
        const result: ImportResult = {
          kind: importer.kind,
          file,
          sha256: read.sha256,
          rows: read.rows,
          records: inserted + updated + unchanged,
          inserted,
          updated,
          unchanged,
          skipped: skipped.sort((a, b) => a.line - b.line),
          tables,
          batchId: null,
        };
        if (inserted + updated === 0) return result;

        const batch = await tx.importBatch.create({
          data: {
            kind: importer.kind,
            fileName: file,
            sha256: read.sha256,
            rowCount: read.rows,
            inserted,
            updated,
            unchanged,
            importedBy: actor,
            sourceId: options.sourceId ?? null,
          },
          select: { id: true },
        });
        const total = inserted + updated;
        let done = 0;
        const progress = (records: number) => {
          done += records;
          options.onProgress?.({ phase: "write", done, total });
        };
        for (const plan of plans) {
          if (plan.inserted + plan.updated > 0) await plan.apply(tx, batch.id, progress);
        }
        await importer.afterWrite?.(tx);
        await recordAudit(tx, {
          actor,
          action: "IMPORT",
          entityType: "ImportBatch",
          entityId: String(batch.id),
          changes: {
            kind: importer.kind,
            file,
            sha256: read.sha256,
            rows: read.rows,
            inserted,
            updated,
            unchanged,
            skipped: skipped.length,
            tables,
            updatedSample: plans.flatMap((p) => p.sample.map((s) => ({ table: p.table, ...s }))).slice(0, 20),
          } as Prisma.InputJsonValue,
        });
        return { ...result, batchId: batch.id };
      },
      { timeout: 10 * 60_000, maxWait: 60_000 },
    ),
  );
}

function displayPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : absolute;
}

function sortProblems(problems: RowProblem[]): RowProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}

// ─── Helpers for importers ───────────────────────────────────────────────────

const INSERT_CHUNK = 5000;

/**
 * Compares the records a file yields with the rows already stored (matched on the natural key) and
 * plans the writes: createMany for new records, one update for each changed record, nothing for the
 * unchanged ones.
 */
export function planTable<I, E>(options: {
  table: string;
  incoming: I[];
  existing: E[];
  keyOf: (record: I) => string;
  keyOfExisting: (row: E) => string;
  /** True when the stored row already says what the file says. */
  same: (row: E, record: I) => boolean;
  insert: (tx: Tx, records: I[], batchId: number) => Promise<unknown>;
  update: (tx: Tx, row: E, record: I, batchId: number) => Promise<unknown>;
  /** Optional bulk form of `update` (one statement for a chunk of changed records). */
  updateMany?: (tx: Tx, pairs: Array<[E, I]>, batchId: number) => Promise<unknown>;
  /** For the audit sample: the fields that matter. */
  show?: (value: I | E) => unknown;
}): TablePlan {
  const stored = new Map(options.existing.map((row) => [options.keyOfExisting(row), row]));
  const toInsert: I[] = [];
  const toUpdate: Array<[E, I]> = [];
  let unchanged = 0;
  for (const record of options.incoming) {
    const row = stored.get(options.keyOf(record));
    if (row === undefined) toInsert.push(record);
    else if (options.same(row, record)) unchanged++;
    else toUpdate.push([row, record]);
  }
  const show = options.show ?? ((v: I | E) => v);
  return {
    table: options.table,
    inserted: toInsert.length,
    updated: toUpdate.length,
    unchanged,
    sample: toUpdate.slice(0, 5).map(([row, record]) => ({
      key: options.keyOf(record),
      before: show(row),
      after: show(record),
    })),
    async apply(tx, batchId, progress) {
      for (let i = 0; i < toInsert.length; i += INSERT_CHUNK) {
        const chunk = toInsert.slice(i, i + INSERT_CHUNK);
        await options.insert(tx, chunk, batchId);
        progress(chunk.length);
      }
      if (options.updateMany) {
        for (let i = 0; i < toUpdate.length; i += INSERT_CHUNK) {
          const chunk = toUpdate.slice(i, i + INSERT_CHUNK);
          await options.updateMany(tx, chunk, batchId);
          progress(chunk.length);
        }
        return;
      }
      let sinceReport = 0;
      for (const [row, record] of toUpdate) {
        await options.update(tx, row, record, batchId);
        if (++sinceReport === 500) {
          progress(sinceReport);
          sinceReport = 0;
        }
      }
      if (sinceReport > 0) progress(sinceReport);
    },
  };
}

/**
 * Inserts many rows with one statement: the rows travel as one JSON parameter expanded by
 * json_to_recordset (several times faster than createMany on PGlite, same on PostgreSQL).
 * `columns` maps each SQL column to its type; enum types are quoted ('"Rank"'). Table and column
 * names come from code, never from data.
 */
export async function insertJson(
  tx: Tx,
  table: string,
  columns: Record<string, string>,
  rows: Array<Record<string, unknown>>,
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const isEnum = (type: string) => type.startsWith('"');
  const select = names.map((c) => (isEnum(columns[c]!) ? `x.${c}::${columns[c]}` : `x.${c}`)).join(", ");
  const shape = names.map((c) => `${c} ${isEnum(columns[c]!) ? "text" : columns[c]}`).join(", ");
  await tx.$executeRawUnsafe(
    `insert into ${table} (${names.join(", ")}) select ${select} from json_to_recordset($1::json) as x(${shape})`,
    JSON.stringify(rows),
  );
}

/**
 * Updates many rows by id with one statement (same JSON technique as insertJson). `columns` are
 * the columns to set, with their types; `id` is matched against the table's bigint id.
 */
export async function updateJsonById(
  tx: Tx,
  table: string,
  columns: Record<string, string>,
  rows: Array<Record<string, unknown> & { id: bigint | number }>,
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const isEnum = (type: string) => type.startsWith('"');
  const set = names
    .map((c) => `${c} = ${isEnum(columns[c]!) ? `x.${c}::${columns[c]}` : `x.${c}`}`)
    .join(", ");
  const shape = names.map((c) => `${c} ${isEnum(columns[c]!) ? "text" : columns[c]}`).join(", ");
  await tx.$executeRawUnsafe(
    `update ${table} t set ${set} from json_to_recordset($1::json) as x(id bigint, ${shape}) where t.id = x.id`,
    JSON.stringify(rows.map((r) => ({ ...r, id: String(r.id) }))),
  );
}

/** Remembers natural keys seen in a file and reports a repeated one with both line numbers. */
export class KeyTracker {
  private readonly lines = new Map<string, number>();

  /** False (and a problem) when the key was already seen. */
  add(key: string, line: number, problems: RowProblem[], describe = key): boolean {
    const first = this.lines.get(key);
    if (first !== undefined) {
      problems.push({ line, reason: `duplicate of line ${first} (${describe})` });
      return false;
    }
    this.lines.set(key, line);
    return true;
  }
}

/** Decimal columns come back as Prisma Decimals: compare them as fixed 2-decimal strings. */
export function fixed2(value: { toFixed(digits: number): string } | null): string | null {
  return value === null ? null : value.toFixed(2);
}

export function sameDay(a: Date, b: Date): boolean {
  return a.getTime() === b.getTime();
}
