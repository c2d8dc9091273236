import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { type Database, openDatabase, openPgliteDatabase } from "../../src/db/database.ts";
import { adminUrl, testDbPrefix, withAdminClient } from "./postgres.ts";

/**
 * A database of this test file's own: a copy of the migrated template, empty or seeded with the
 * shipped real data. Close it in afterAll.
 */
export async function testDatabase(template: "empty" | "seeded" = "empty"): Promise<Database> {
  const source = inject(template === "empty" ? "emptyTemplate" : "seededTemplate");
  if (source === undefined)
    throw new Error(
      "No template database: a test that opens a database is named *.test.ts, not *.unit.test.ts.",
    );
  if (inject("testDatabaseKind") === "pglite") {
    const pglite = new PGlite({ loadDataDir: new Blob([readFileSync(source)]) });
    await pglite.waitReady;
    return openPgliteDatabase(pglite);
  }
  const name = `${testDbPrefix()}_${randomUUID().slice(0, 8)}`;
  await withAdminClient((admin) => admin.query(`create database "${name}" template "${source}"`));
  const database = await openDatabase({ kind: "postgres", url: adminUrl(name) });
  const close = database.close;
  return {
    ...database,
    async close() {
      await close();
      await withAdminClient((admin) => admin.query(`drop database if exists "${name}" with (force)`));
    },
  };
}

/** Counts the SQL statements Prisma sends while `run` executes (the N+1 guard). */
export async function countQueries<T>(database: Database, run: () => Promise<T>) {
  const statements: string[] = [];
  const stop = database.onQuery((event) => statements.push(event.sql));
  try {
    const result = await run();
    return { result, count: statements.length, statements };
  } finally {
    stop();
  }
}
