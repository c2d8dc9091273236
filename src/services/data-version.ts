import { EventEmitter } from "node:events";
import { z } from "zod";
import type { Database, Db } from "../db/database.ts";
import { logger } from "../logger.ts";

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
 * Called by this process's writers once their transaction has committed (writes, imports, the
 * workforce rollup refresh), so that its own next request sees the change even before the database's
 * notification arrives. Other processes hear of it through the notification.
 */
export function announceDataChange(): void {
  localChanges.emit("change");
}

export interface DataVersionTracker {
  /** The data version now: remembered between changes, read from the database when unknown. */
  current(): Promise<string>;
  close(): Promise<void>;
}

/**
 * The data version, remembered until the data changes. A change is known from the database's
 * notification (any process, once committed) or this process's own announcement (at once). Until the
 * database listens, or while its connection is down, every call reads the version, as if nothing were
 * remembered, and listening is retried in the background.
 */
export function trackDataVersion(database: Database): DataVersionTracker {
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
