import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import type { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import lockfile from "proper-lockfile";
import { type DatabaseTarget, describeTarget } from "../config.ts";
import { UserError } from "../errors.ts";
import { PrismaClient } from "../generated/prisma/client.ts";
import { applyMigrations } from "./migrations.ts";
import { statementNames } from "./statement-names.ts";

export type Db = PrismaClient;

/**
 * Both database paths run WebAssembly: Prisma's query compiler (compiled once per query shape, then
 * cached) and, for the embedded database, PGlite. By default V8 recompiles every function that has run
 * ~13 MB of code with its optimising compiler on background threads; for these modules that happens
 * at the first queries, and the compilers' scratch memory stays with the threads' malloc arenas:
 * 40-100 MB of resident memory per process, for code that then rarely runs. 75× the budget leaves
 * start-up and idle on the baseline compiler (measured: idle RSS ~280 → ~200 MB on PostgreSQL, same
 * throughput on both databases) while code that stays hot under load still tiers up. Set before any
 * module compiles: both compile lazily, when a database opens.
 */
setFlagsFromString("--wasm-tiering-budget=1000000000");

export interface QueryEvent {
  sql: string;
  durationMs: number;
}

export interface Database {
  db: Db;
  target: DatabaseTarget;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  /** Applies prisma/migrations (a no-op when up to date); returns the names of those applied. */
  migrate(): Promise<string[]>;
  /** One round trip to the database (readiness checks); rejects when it cannot be reached. */
  ping(): Promise<void>;
  /** The PostgreSQL pool's connections (metrics); absent for PGlite. */
  poolStats?: () => { total: number; idle: number; waiting: number };
  /**
   * LISTEN on a channel (PostgreSQL: over a connection of its own; PGlite: on the instance). `onLost`
   * runs once if that connection fails; listen again.
   */
  listen?(
    channel: string,
    onNotify: () => void,
    onLost: (error: Error) => void,
  ): Promise<() => Promise<void>>;
  /** Subscribe to every SQL statement Prisma sends; returns an unsubscribe function. */
  onQuery(listener: (event: QueryEvent) => void): () => void;
  close(): Promise<void>;
}

/** The database could not be opened: the message says which one and what to start. */
export class DatabaseUnavailableError extends UserError {
  override name = "DatabaseUnavailableError";
}

// Each kind of database loads only its own driver (PGlite's, or pg's): a process never carries both.
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "pglite") {
    const { pglite, release } = await openPglite(target.dataDir);
    return openPgliteDatabase(pglite, target.dataDir, release);
  }
  await checkPostgres(target.url);
  const { default: pg } = await import("pg");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const pool = new pg.Pool({ connectionString: target.url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle connection the server drops (restart, outage) is replaced on next use; the next query reports it.
  pool.on("error", () => {});
  // The pool is ours: the migration engine disposes every connection it opens, and with
  // disposeExternalPool that ended the pool under a client already using it.
  const adapter = new PrismaPg(pool, {
    // The adapter's type says string; undefined (past the bound) runs the statement unnamed.
    statementNameGenerator:
      target.preparedStatements === false ? undefined : (statementNames() as (query: SqlQuery) => string),
  });
  const database = wrap(adapter, target, () => pool.end());
  database.poolStats = () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
  database.listen = async (channel, onNotify, onLost) => {
    const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5_000 });
    let closing = false;
    const lost = (error: Error) => {
      if (closing) return;
      closing = true;
      client.end().catch(() => {});
      onLost(error);
    };
    client.on("notification", onNotify);
    client.on("error", lost);
    client.on("end", () => lost(new Error("the listening connection closed")));
    try {
      await client.connect();
      await client.query(`LISTEN "${channel.replaceAll('"', "")}"`);
    } catch (error) {
      closing = true;
      await client.end().catch(() => {});
      throw error;
    }
    return async () => {
      closing = true;
      await client.end().catch(() => {});
    };
  };
  return database;
}

/** Wraps an already-open PGlite (e.g. one loaded from a dump in tests). Closing closes it. */
export async function openPgliteDatabase(
  pglite: PGlite,
  label = "memory://",
  release = async () => {},
): Promise<Database> {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  return wrap(
    new PrismaPGlite(pglite),
    { kind: "pglite", dataDir: label },
    async () => {
      await pglite.close();
      await release();
    },
    pglite,
  );
}

function wrap(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  target: DatabaseTarget,
  closeDriver: () => Promise<void>,
  pglite?: PGlite,
): Database {
  const db = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const listeners = new Set<(event: QueryEvent) => void>();
  db.$on("query", (e) => {
    for (const listener of listeners) listener({ sql: e.query, durationMs: e.duration });
  });

  return {
    db,
    target,
    adapter,
    ...(pglite
      ? { listen: async (channel: string, onNotify: () => void) => pglite.listen(channel, onNotify) }
      : {}),
    async migrate() {
      const applied = await applyMigrations(adapter);
      // PGlite learns array types once, when it opens: without a refresh, an enum array created by
      // these migrations would go to raw SQL as 'A,B' (malformed array literal) until a restart.
      if (applied.length > 0) await pglite?.refreshArrayTypes();
      return applied;
    },
    async ping() {
      await db.$queryRawUnsafe("select 1");
    },
    onQuery(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      await db.$disconnect();
      await closeDriver();
    },
  };
}

async function openPglite(dataDir: string): Promise<{ pglite: PGlite; release: () => Promise<void> }> {
  let release = async () => {};
  try {
    if (!dataDir.startsWith("memory://")) {
      mkdirSync(dataDir, { recursive: true });
      // PGlite has no postmaster: two processes on one data directory would corrupt it.
      release = await lockDataDir(dataDir);
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const pglite = new PGlite(dataDir, {
      // PostgreSQL's 128 MB of shared buffers are touched whole when PGlite starts (WebAssembly
      // memory: resident from then on, never returned). The files sit in the OS page cache anyway, and
      // one connection needs far less: 32 MB keeps an embedded hub ~100 MB smaller.
      startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=32MB"],
    });
    await pglite.waitReady;
    return { pglite, release };
  } catch (error) {
    await release().catch(() => {});
    if (error instanceof DatabaseUnavailableError) throw error;
    throw new DatabaseUnavailableError(
      `Cannot open the ${describeTarget({ kind: "pglite", dataDir })}: ${(error as Error).message}. ` +
        "Check that the directory is writable and not used by another running hub " +
        "(set HUB_DATA_DIR to use another directory).",
    );
  }
}

/**
 * Locks the data directory for this process. proper-lockfile alone would call the lock of a process
 * killed with -9 "in use" until it goes stale (15 s); the pid written beside it lets a new start
 * see at once that its owner is gone and take it over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const pidFile = `${dataDir}.lock.pid`;
  const options = {
    stale: 15_000,
    update: 5_000,
    onCompromised: (error: Error) =>
      console.error(`The lock on ${dataDir} was lost (${error.message}); another hub may now use it.`),
  };
  const take = async () => {
    const unlock = await lockfile.lock(dataDir, options);
    writeFileSync(pidFile, String(process.pid));
    return async () => {
      rmSync(pidFile, { force: true });
      await unlock();
    };
  };
  try {
    return await take();
  } catch (error) {
    if ((error as { code?: string }).code !== "ELOCKED") throw error;
    const owner = Number(readFileOr(pidFile));
    if (Number.isInteger(owner) && owner > 0 && !isAlive(owner)) {
      rmSync(`${dataDir}.lock`, { recursive: true, force: true });
      return take();
    }
    throw new DatabaseUnavailableError(
      `The embedded database in ${dataDir} is in use by another running hub` +
        (owner ? ` (process ${owner})` : "") +
        ". Stop that one, or set HUB_DATA_DIR to use another directory.",
    );
  }
}

function readFileOr(path: string): string {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return "";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as { code?: string }).code === "EPERM";
  }
}

async function checkPostgres(url: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const reason = (error as Error).message || String(error);
    throw new DatabaseUnavailableError(
      `Cannot reach ${describeTarget({ kind: "postgres", url })}: ${reason}. ` +
        "Start PostgreSQL (for example `pg_ctlcluster 15 main start`, or `docker run -p 5432:5432 postgres`) " +
        "and check the URL, or unset DATABASE_URL to use the embedded database.",
    );
  } finally {
    await client.end().catch(() => {});
  }
}
