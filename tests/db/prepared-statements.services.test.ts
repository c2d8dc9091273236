import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.ts";
import { testDatabase } from "../support/database.ts";

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** Runs two reads of one shape on one connection (a transaction pins it), then lists its prepared statements. */
async function preparedAfterTwoReads(db: Database["db"]) {
  return db.$transaction(async (tx) => {
    await tx.force.findMany({ where: { id: "a-force-that-is-not-there" } });
    await tx.force.findMany({ where: { id: "another-one" } });
    return tx.$queryRaw<{ name: string; statement: string }[]>`/* test.prepared */
      select name, statement from pg_prepared_statements order by name`;
  });
}

describe("prepared statements on PostgreSQL", () => {
  it("names each distinct statement once per connection, so a repeated shape is parsed once", async () => {
    const prepared = await preparedAfterTwoReads(database.db);
    const forceReads = prepared.filter((row) => /from "public"\."force"/i.test(row.statement));
    expect(forceReads).toHaveLength(1);
    expect(forceReads[0]?.name).toMatch(/^hub_\d+$/);
  });

  it("HUB_DB_PREPARED_STATEMENTS=false runs every statement unnamed", async () => {
    if (database.target.kind !== "postgres") throw new Error("this file runs on PostgreSQL only");
    const unnamed = await openDatabase({ ...database.target, preparedStatements: false });
    try {
      expect(await preparedAfterTwoReads(unnamed.db)).toEqual([]);
    } finally {
      await unnamed.close();
    }
  });
});
