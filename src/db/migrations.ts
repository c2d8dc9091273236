import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngineWasm as SchemaEngineWasmClass } from "@prisma/migrate/dist/src/SchemaEngineWasm";
import { z } from "zod";

/**
 * The WASM schema engine, loaded on first use only: @prisma/migrate (with @prisma/internals) takes
 * ~0.7 s and ~30 MB to load and its engine ~20 MB more once set up, which a process serving an
 * up-to-date database would otherwise carry for its whole life. @prisma/migrate has no working ESM
 * entry: load its CommonJS build.
 */
function schemaEngine(): typeof SchemaEngineWasmClass {
  const require = createRequire(import.meta.url);
  return (require("@prisma/migrate") as { SchemaEngineWasm: typeof SchemaEngineWasmClass }).SchemaEngineWasm;
}

const projectRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const migrationsDir = join(projectRoot, "prisma", "migrations");
export const schemaPath = join(projectRoot, "prisma", "schema.prisma");

type MigrationList = Parameters<SchemaEngineWasmClass["applyMigrations"]>[0]["migrationsList"];

export async function listMigrations(dir = migrationsDir): Promise<MigrationList> {
  const lockfileContent = await readFile(join(dir, "migration_lock.toml"), "utf8").catch(() => null);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
      .map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(join(dir, name, "migration.sql"), "utf8")
            .then((value) => ({ tag: "ok" as const, value }))
            .catch((error: Error) => ({ tag: "error" as const, value: error.message })),
        },
      })),
  );
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lockfileContent },
    migrationDirectories,
    shadowDbInitScript: "",
  };
}

async function withEngine<T>(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngineWasmClass) => Promise<T>,
): Promise<T> {
  // The engine does not dispose the connections it opens; track them and close them ourselves.
  const opened: SqlDriverAdapter[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    connect: async () => {
      const connection = await adapter.connect();
      opened.push(connection);
      return connection;
    },
    connectToShadowDb: async () => {
      const connection = await adapter.connectToShadowDb();
      opened.push(connection);
      return connection;
    },
  };
  const engine = await schemaEngine().setup({ adapter: bindMigrationAwareSqlAdapterFactory(tracked) });
  try {
    return await run(engine);
  } finally {
    await engine.stop();
    await Promise.all(opened.map((connection) => connection.dispose().catch(() => {})));
  }
}

const migrationRow = z.object({ name: z.string(), finished: z.boolean() });

/**
 * True when every committed migration is recorded as applied in `_prisma_migrations` and none has
 * failed: then the schema engine would do nothing (a failed one it reports; a missing table it creates
 * and fills), so the caller need not load it. Read on a connection of the adapter's own, like the engine.
 */
async function upToDate(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  committed: string[],
): Promise<boolean> {
  const connection = await adapter.connect();
  try {
    const query = async (sql: string) => (await connection.queryRaw({ sql, args: [], argTypes: [] })).rows;
    // migrations table exists: to_regclass resolves the name on the search path, as the engine does.
    const [exists] = await query("select to_regclass('_prisma_migrations') is not null");
    if (!z.tuple([z.boolean()]).parse(exists)[0]) return false;
    // migration state: each recorded migration not rolled back, and whether it finished.
    const raw = await query(
      "select migration_name, finished_at is not null from _prisma_migrations where rolled_back_at is null",
    );
    const rows = raw.map(([name, finished]) => migrationRow.parse({ name, finished }));
    if (rows.some((row) => !row.finished)) return false;
    const applied = new Set(rows.map((row) => row.name));
    return committed.every((name) => applied.has(name));
  } finally {
    await connection.dispose().catch(() => {});
  }
}

/**
 * Applies prisma/migrations to the database (what `prisma migrate deploy` does) with the WASM
 * schema engine, so no native engine is needed. Already-applied migrations are skipped; when all are,
 * the engine is not even loaded.
 */
export async function applyMigrations(adapter: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const migrationsList = await listMigrations();
  if (migrationsList.migrationDirectories.length === 0) {
    throw new Error(`No migrations found in ${migrationsDir}`);
  }
  const committed = migrationsList.migrationDirectories.map((m) => m.path);
  if (await upToDate(adapter, committed)) return [];
  const result = await withEngine(adapter, (engine) =>
    engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } }),
  );
  return result.appliedMigrationNames;
}

/**
 * The SQL that takes the database described by the committed migrations to the current
 * prisma/schema.prisma, or "" when they agree. Diffs on an in-memory PGlite shadow, offline.
 */
export async function diffSchemaAgainstMigrations(): Promise<string> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const shadow = new PGlite("memory://");
  const migrationsList = await listMigrations();
  const schema = await readFile(schemaPath, "utf8");
  try {
    return await withEngine(new PrismaPGlite(shadow), async (engine) =>
      captureStdout(() =>
        engine.migrateDiff({
          from:
            migrationsList.migrationDirectories.length === 0
              ? { tag: "empty" }
              : { tag: "migrations", ...migrationsList },
          to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
          script: true,
          exitCode: null,
          filters: { externalTables: [], externalEnums: [] },
        }),
      ),
    );
  } finally {
    await shadow.close();
  }
}

// The engine writes the diff script to process.stdout.
async function captureStdout(run: () => Promise<unknown>): Promise<string> {
  const chunks: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  }) as typeof process.stdout.write;
  try {
    await run();
  } finally {
    process.stdout.write = original;
  }
  const sql = chunks.join("");
  return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? "" : sql;
}
