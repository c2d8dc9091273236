import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openDatabase, openPgliteDatabase } from "../../src/db/database.ts";
import { seedDatabase } from "../../src/seed/seed.ts";
import { adminUrl, testDatabaseKind, testDbPrefix, withAdminClient } from "./postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseKind: "pglite" | "postgres";
    /** PGlite: paths of dumped data dirs; PostgreSQL: names of template databases. */
    emptyTemplate: string;
    seededTemplate: string;
  }
}

// Builds two migrated templates once per run (empty, and seeded with the shipped real data);
// each test file then gets its own copy.
export default async function setup(project: TestProject) {
  const kind = testDatabaseKind();
  project.provide("testDatabaseKind", kind);
  if (kind === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "prap-hub-test-"));
    const dump = async (seed: boolean) => {
      const pglite = new PGlite("memory://");
      const database = await openPgliteDatabase(pglite);
      await database.migrate();
      if (seed) await seedDatabase(database);
      const file = join(dir, seed ? "seeded.tar" : "empty.tar");
      writeFileSync(file, Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
      await database.close();
      return file;
    };
    project.provide("emptyTemplate", await dump(false));
    project.provide("seededTemplate", await dump(true));
    return () => rmSync(dir, { recursive: true, force: true });
  }

  const prefix = testDbPrefix();
  await withAdminClient(async (admin) => {
    for (const suffix of ["empty", "seeded"]) {
      await admin.query(`drop database if exists "${prefix}_${suffix}"`);
      await admin.query(`create database "${prefix}_${suffix}"`);
    }
  });
  for (const suffix of ["empty", "seeded"]) {
    const database = await openDatabase({ kind: "postgres", url: adminUrl(`${prefix}_${suffix}`) });
    await database.migrate();
    if (suffix === "seeded") await seedDatabase(database);
    await database.close();
  }
  project.provide("emptyTemplate", `${prefix}_empty`);
  project.provide("seededTemplate", `${prefix}_seeded`);
  return async () => {
    await withAdminClient(async (admin) => {
      const { rows } = await admin.query<{ datname: string }>(
        "select datname from pg_database where datname like $1",
        [`${prefix}%`],
      );
      for (const { datname } of rows) await admin.query(`drop database if exists "${datname}" with (force)`);
    });
  };
}
