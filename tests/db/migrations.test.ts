import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openPgliteDatabase } from "../../src/db/database.ts";
import { diffSchemaAgainstMigrations, listMigrations } from "../../src/db/migrations.ts";
import { testDatabase } from "../support/database.ts";

describe("migrations", () => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase("empty");
  });
  afterAll(() => database.close());

  it("are all applied to the template and applying again is a no-op", async () => {
    const expected = (await listMigrations()).migrationDirectories.map((m) => m.path);
    const rows = await database.db.$queryRaw<{ migration_name: string }[]>`
      select migration_name from _prisma_migrations where finished_at is not null order by migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(expected);
    expect(await database.migrate()).toEqual([]);
  });

  it("leave a fresh embedded database ready for enum arrays in raw SQL in the same session", async () => {
    const fresh = await openPgliteDatabase(new PGlite("memory://"));
    try {
      const applied = await fresh.migrate();
      expect(applied).toEqual((await listMigrations()).migrationDirectories.map((m) => m.path));
      const rows = await fresh.db.$queryRaw<{ ranks: string[] }[]>`
        SELECT ${["CONSTABLE", "SERGEANT"]}::"Rank"[] AS ranks`;
      expect(rows).toEqual([{ ranks: ["CONSTABLE", "SERGEANT"] }]);
    } finally {
      await fresh.close();
    }
  });

  it("match prisma/schema.prisma (no migration is missing)", async () => {
    expect(await diffSchemaAgainstMigrations()).toBe("");
  });

  it("enforce that evidence has exactly one owner", async () => {
    await expect(
      database.db.evidence.create({
        data: {
          id: "no-owner",
          kind: "POLICY",
          title: "t",
          summary: "s",
          status: "PLANNED",
          provenance: "FORCE_SUBMITTED",
        },
      }),
    ).rejects.toThrow(/evidence_one_owner/);
  });
});
