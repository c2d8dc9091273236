import dns from "node:dns";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openPgliteDatabase } from "../../src/db/database.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";
import { testDatabase } from "../support/database.ts";
import { postGraphQL } from "../support/hub.ts";

// The hub promises no internet after install: it makes no outbound connection it was not configured
// to make (no vendor telemetry, usage reporting or cloud-metadata probes). Every TCP connection and
// every DNS lookup this process attempts while the hub starts and serves is recorded here; only
// loopback is allowed. (Vitest runs each test file in its own process, so nothing else is recorded.)
const attempts: string[] = [];
const loopback = new Set(["127.0.0.1", "::1", "localhost", "::ffff:127.0.0.1"]);

const originalConnect = net.Socket.prototype.connect;
const originalLookup = dns.lookup;
const originalPromisesLookup = dns.promises.lookup;

function target(args: unknown[]): string {
  const [first, second] = args;
  if (typeof first === "object" && first !== null) {
    const options = first as { host?: string; path?: string; port?: number };
    return options.path ? `unix:${options.path}` : `${options.host ?? "localhost"}:${options.port}`;
  }
  if (typeof first === "string" && typeof second !== "string") return `unix:${first}`;
  return `${typeof second === "string" ? second : "localhost"}:${first}`;
}

let database: Database;
const hubs: RunningHub[] = [];

beforeAll(async () => {
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    attempts.push(`connect ${target(args)}`);
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
  dns.lookup = ((hostname: string, ...rest: unknown[]) => {
    attempts.push(`lookup ${hostname}`);
    return (originalLookup as (...a: unknown[]) => void)(hostname, ...rest);
  }) as typeof dns.lookup;
  dns.promises.lookup = ((hostname: string, ...rest: unknown[]) => {
    attempts.push(`lookup ${hostname}`);
    return (originalPromisesLookup as (...a: unknown[]) => Promise<unknown>)(hostname, ...rest);
  }) as typeof dns.promises.lookup;
  database = await testDatabase("seeded");
});

afterAll(async () => {
  for (const hub of hubs) await hub.close();
  await database?.close();
  net.Socket.prototype.connect = originalConnect;
  dns.lookup = originalLookup;
  dns.promises.lookup = originalPromisesLookup;
});

const isLoopback = (attempt: string) => {
  const [kind, where] = attempt.split(" ") as [string, string];
  if (where.startsWith("unix:")) return true;
  const host = kind === "lookup" ? where : where.slice(0, where.lastIndexOf(":"));
  return loopback.has(host) || host.startsWith("127.");
};

describe("no outbound connection", () => {
  it.each(["gateway", "monolith"] as const)(
    "the %s hub starts and answers on loopback only",
    async (mode) => {
      attempts.length = 0;
      const hub = await startHub({ database, port: 0, host: "127.0.0.1", mode });
      hubs.push(hub);
      const { body } = await postGraphQL(
        hub.url,
        '{ force(id: "hertfordshire") { name evidence { totalCount } } }',
      );
      expect(body.data.force.name).toBe("Hertfordshire Constabulary");
      // Telemetry and cloud detectors start in the background: give them time to try.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(attempts.length).toBeGreaterThan(0); // the interception works: the query itself was seen
      expect(attempts.filter((a) => !isLoopback(a))).toEqual([]);
    },
  );

  it("a fresh embedded database is created and migrated offline (the first start's path)", async () => {
    attempts.length = 0;
    const fresh = await openPgliteDatabase(new PGlite("memory://"));
    try {
      await fresh.migrate();
      expect(await fresh.db.force.count()).toBe(0);
    } finally {
      await fresh.close();
    }
    expect(attempts.filter((a) => !isLoopback(a))).toEqual([]);
  });
});
