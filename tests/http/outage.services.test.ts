import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.ts";
import { logger } from "../../src/logger.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";
import { createForces, postGraphQL } from "../support/hub.ts";
import { adminUrl, testDbPrefix, withAdminClient } from "../support/postgres.ts";

// A PostgreSQL database of this file's own (whatever TEST_DATABASE says: an outage needs a server),
// made unreachable the way an operator or a failover would: no new connections, existing ones killed.
const name = `${testDbPrefix()}_outage_${randomUUID().slice(0, 8)}`;
let database: Database;
let forceId: string;
const hubs: Record<string, RunningHub> = {};

const admin = (sql: string) => withAdminClient((client) => client.query(sql));
const outage = async () => {
  await admin(`alter database "${name}" allow_connections false`);
  await admin(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}'`);
};
const recover = () => admin(`alter database "${name}" allow_connections true`);

beforeAll(async () => {
  await admin(`create database "${name}"`);
  database = await openDatabase({ kind: "postgres", url: adminUrl(name) });
  await database.migrate();
  [forceId] = (await createForces(database.db, 1)) as [string];
  hubs.monolith = await startHub({ database, port: 0, mode: "monolith" });
  hubs.gateway = await startHub({ database, port: 0, mode: "gateway" });
});
afterAll(async () => {
  await recover().catch(() => {});
  for (const hub of Object.values(hubs)) await hub.close();
  await database?.close();
  await admin(`drop database if exists "${name}" with (force)`);
});

const forceQuery = "query Force($id: ID!) { force(id: $id) { id } }";
const ready = async (hub: RunningHub) => (await fetch(new URL("/ready", hub.url))).status;

describe("a database outage", () => {
  it("answers 503 DATABASE_UNAVAILABLE (never a null force), /ready 503, logs it, and recovers", async () => {
    for (const hub of Object.values(hubs)) {
      expect((await postGraphQL(hub.url, forceQuery, { id: forceId })).body).toEqual({
        data: { force: { id: forceId } },
      });
    }
    const logged = vi.spyOn(logger, "warn");
    await outage();
    try {
      for (const [mode, hub] of Object.entries(hubs)) {
        const { status, body } = await postGraphQL(hub.url, forceQuery, { id: forceId });
        expect({ mode, status, body }).toEqual({
          mode,
          status: 503,
          body: {
            errors: [
              {
                message: "The database is unavailable; try again shortly.",
                extensions: { code: "DATABASE_UNAVAILABLE" },
              },
            ],
          },
        });
        expect(await ready(hub)).toBe(503);
      }
      const lines = logged.mock.calls.map(([line]) => line as unknown as Record<string, unknown>);
      expect(
        lines.some((line) => line.code === "DATABASE_UNAVAILABLE" && typeof line.requestId === "string"),
      ).toBe(true);
    } finally {
      await recover();
      logged.mockRestore();
    }
    for (const hub of Object.values(hubs)) {
      // The pool opens new connections on demand: no restart.
      let body: unknown;
      for (let attempt = 0; attempt < 20; attempt++) {
        body = (await postGraphQL(hub.url, forceQuery, { id: forceId })).body;
        if (JSON.stringify(body).includes(forceId)) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(body).toEqual({ data: { force: { id: forceId } } });
      expect(await ready(hub)).toBe(200);
    }
  });
});
