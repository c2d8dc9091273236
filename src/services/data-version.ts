import { EventEmitter } from "node:events";
import { z } from "zod";
import type { Database, Db } from "../db/database.ts";
import { logger } from "../logger.ts";
import { getOrCreate } from "../memo.ts";

const versionRow = z.object({ audit: z.coerce.string(), batch: z.coerce.string() });

/**
 * A token that changes whenever the data changes: every import writes an import batch and an audit
 * event, every write an audit event (both append-only, ids increasing). Two index probes.
 */
export async function dataVersion(db: Db): Promise<string> {
  const rows = await db.$queryRaw<unknown[]>`/* data-version */
    select coalesce((select max(id) from audit_event), 0) as audit,
           coalesce((select max(id) from import_batch), 0) as batch`;
  const row = versionRow.parse(rows[0]);
  return `${row.audit}.${row.batch}`;
}

/** The channel the database announces committed changes on (migration 20261123160000_data_change_notify). */
export const dataChangedChannel = "hub_data_changed";

const localChanges = new EventEmitter().setMaxListeners(0);

/**
 * Called by this process's writers once their transaction has committed (writes, imports, seeds), so
 * that its own next request sees the change even before the database's notification arrives. Other
 * processes hear of it through the notification.
 */
export function announceDataChange(): void {
  localChanges.emit("change");
}

export interface DataVersionTracker {
  /** The data version now: remembered between changes, read from the database when unknown. */
  current(): Promise<string>;
  close(): Promise<void>;
}

const trackers = new WeakMap<Db, { tracker: DataVersionTracker; users: number }>();

/**
 * The data version as this process knows it: its tracker's (no round trip between changes) when a
 * server tracks one for this database, else read now.
 */
export function currentDataVersion(db: Db): Promise<string> {
  return trackers.get(db)?.tracker.current() ?? dataVersion(db);
}

/**
 * The database's tracker, shared by every server of the process on that database (one notification
 * connection); it stops when the last of them closes its handle.
 */
export function trackDataVersion(database: Database): DataVersionTracker {
  const entry = getOrCreate(trackers, database.db, () => ({ tracker: startTracking(database), users: 0 }));
  entry.users++;
  let closed = false;
  return {
    current: () => entry.tracker.current(),
    async close() {
      if (closed) return;
      closed = true;
      if (--entry.users > 0) return;
      trackers.delete(database.db);
      await entry.tracker.close();
    },
  };
}

/**
 * The data version, remembered until the data changes. A change is known from the database's
 * notification (any process, once committed) or this process's own announcement (at once). Until the
 * database listens, or while its connection is down, every call reads the version, as if nothing were
 * remembered, and listening is retried in the background.
 */
function startTracking(database: Database): DataVersionTracker {
  let remembered: Promise<string> | undefined;
  let trusted = false;
  let stopListening: (() => Promise<void>) | undefined;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;
  let backoffMs = 500;
  const forget = () => {
    remembered = undefined;
  };
  localChanges.on("change", forget);

  const listen = async () => {
    if (!database.listen || closed) return;
    try {
      const stop = await database.listen(dataChangedChannel, forget, (error) => {
        trusted = false;
        forget();
        logger.warn(
          { err: error },
          "data version: change notifications lost; reading the version per request",
        );
        schedule();
      });
      if (closed) return void (await stop());
      stopListening = stop;
      backoffMs = 500;
      forget();
      trusted = true;
    } catch (error) {
      logger.warn({ err: error }, "data version: cannot listen for changes; reading the version per request");
      schedule();
    }
  };
  const schedule = () => {
    if (closed) return;
    retry = setTimeout(listen, backoffMs);
    retry.unref();
    backoffMs = Math.min(backoffMs * 2, 30_000);
  };
  void listen();

  return {
    current() {
      if (!trusted) return dataVersion(database.db);
      if (!remembered) {
        const reading = dataVersion(database.db);
        remembered = reading;
        reading.catch(() => {
          if (remembered === reading) forget();
        });
      }
      return remembered;
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      localChanges.off("change", forget);
      await stopListening?.();
    },
  };
}

/** Awaits a committed write, then announces it (announceDataChange). */
export async function announced<T>(write: Promise<T>): Promise<T> {
  const result = await write;
  announceDataChange();
  return result;
}

/**
 * Values that are functions of imported data (the workforce table, its suppression pattern, census
 * populations), kept per process and per database while the data version is the one they were read
 * at: a request at a version already seen reads none of it again. Safe because these tables change
 * only through imports, and each import commits a new import batch in the same transaction, under the
 * import lock (src/importers/engine.ts), so batch ids grow in commit order and a committed import is
 * always a new version. A value read at version v may hold data committed after v: harmless, since
 * no request that reads a later version asks for v again. Concurrent requests share one read; a failed
 * read is forgotten so the next request tries again. Callers must not mutate the values.
 */
export class VersionedCache<V> {
  private readonly entries = new Map<string, Promise<V>>();

  constructor(private readonly maxEntries: number) {}

  /**
   * The values of the keys at `version`, loading the missing ones with one call of `load` (whose
   * answers are in the order of the keys it is given).
   */
  loadMany<K>(
    version: string,
    keys: readonly K[],
    keyOf: (key: K) => string,
    load: (missing: K[]) => Promise<readonly V[]>,
  ): Promise<V[]> {
    const id = (key: K) => `${version}|${keyOf(key)}`;
    // This call's answers, held here so that an eviction meanwhile cannot lose one.
    const found = new Map<string, Promise<V>>();
    const missing = new Map<string, K>();
    const ids = keys.map(id);
    keys.forEach((key, i) => {
      const hit = this.entries.get(ids[i]!);
      if (hit) found.set(ids[i]!, hit);
      else missing.set(ids[i]!, key);
    });
    if (missing.size > 0) {
      const loading = load([...missing.values()]);
      [...missing.keys()].forEach((k, i) => {
        const value = loading.then((values) => values[i]!);
        found.set(k, value);
        this.remember(k, value);
        value.catch(() => {
          if (this.entries.get(k) === value) this.entries.delete(k);
        });
      });
    }
    return Promise.all(ids.map((k) => found.get(k)!));
  }

  private remember(id: string, value: Promise<V>) {
    // Insertion order: the oldest entries (usually of versions no longer current) go first.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(id, value);
  }
}

/**
 * One cache per database (a process serves one; tests open several whose versions can coincide),
 * created on first use.
 */
export function perDatabase<V>(maxEntries: number): (db: Db) => VersionedCache<V> {
  const caches = new WeakMap<Db, VersionedCache<V>>();
  return (db) => getOrCreate(caches, db, () => new VersionedCache<V>(maxEntries));
}
