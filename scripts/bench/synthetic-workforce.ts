// A synthetic workforce of about one million count rows, in a database of its own, for benchmarks and
// streaming tests: every force × 20 years of quarterly as-at dates (2006–2025) × 7 officer ranks and 4
// other worker types × 4 genders × 6 ethnicities (the Home Office pre-2021 categories before 31 March
// 2021, the 2021 ones from then). Headcounts are made up (deterministic hashes scaled by rank, gender
// and ethnicity weights; about 2% printed "-" as in the real tables) and are NEVER loaded into the
// hub's own database: forces, regions, Census 2011/2021 and stop and search are the real shipped files.
//
// Usage: tsx scripts/bench/synthetic-workforce.ts [--db pglite|postgres|both] [--rebuild]
//   PostgreSQL: database hub_bench_synth on --postgres-server (default postgresql://postgres@127.0.0.1:5432)
//   PGlite:     --pglite-dir (default .data/bench-synthetic-workforce)
import { rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { type Database, openDatabase } from "../../src/db/database.ts";
import { runImport } from "../../src/importers/index.ts";
import { DATA_DIR, SHIPPED_DATASETS } from "../../src/importers/manifest.ts";
import { refreshWorkforceRollup } from "../../src/services/analytics/workforce.ts";

export const SYNTHETIC_KIND = "synthetic-workforce";
export const SYNTHETIC_POSTGRES_DB = "hub_bench_synth";
export const DEFAULT_POSTGRES_SERVER = "postgresql://postgres@127.0.0.1:5432";
export const DEFAULT_PGLITE_DIR = ".data/bench-synthetic-workforce";
export const FIRST_YEAR = 2006;
export const YEARS = 20;

/** Real reference data the synthetic workforce is measured against (imported as shipped). */
const REFERENCE_KINDS = ["forces", "regions", "census2011", "census2021", "stop-search-ratio"] as const;

export interface SyntheticOptions {
  kind: "pglite" | "postgres";
  postgresServer?: string;
  pgliteDir?: string;
  rebuild?: boolean;
  log?: (message: string) => void;
}

async function ensurePostgresDatabase(server: string, rebuild: boolean) {
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  try {
    if (rebuild) await admin.query(`DROP DATABASE IF EXISTS ${SYNTHETIC_POSTGRES_DB} WITH (FORCE)`);
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [SYNTHETIC_POSTGRES_DB]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${SYNTHETIC_POSTGRES_DB}`);
  } finally {
    await admin.end();
  }
}

/** Opens the synthetic database, building it first if it is missing (or --rebuild). */
export async function openSyntheticWorkforce(options: SyntheticOptions): Promise<Database> {
  const log = options.log ?? (() => {});
  if (options.kind === "pglite" && options.rebuild)
    rmSync(options.pgliteDir ?? DEFAULT_PGLITE_DIR, { recursive: true, force: true });
  if (options.kind === "postgres")
    await ensurePostgresDatabase(options.postgresServer ?? DEFAULT_POSTGRES_SERVER, options.rebuild ?? false);
  const database = await openDatabase(
    options.kind === "pglite"
      ? { kind: "pglite", dataDir: options.pgliteDir ?? DEFAULT_PGLITE_DIR }
      : {
          kind: "postgres",
          url: `${options.postgresServer ?? DEFAULT_POSTGRES_SERVER}/${SYNTHETIC_POSTGRES_DB}`,
        },
  );
  await database.migrate();
  const built = await database.db.importBatch.findFirst({ where: { kind: SYNTHETIC_KIND } });
  if (!built) await build(database, log);
  return database;
}

async function build(database: Database, log: (message: string) => void) {
  const { db } = database;
  for (const kind of REFERENCE_KINDS)
    for (const dataset of SHIPPED_DATASETS)
      for (const file of dataset.imports.filter((i) => i.kind === kind)) {
        await runImport(db, kind, join(DATA_DIR, dataset.folder, file.file), { actor: "bench:synthetic" });
        log(`imported ${dataset.folder}/${file.file}`);
      }
  const batch = await db.importBatch.create({
    data: {
      kind: SYNTHETIC_KIND,
      fileName: "scripts/bench/synthetic-workforce.ts",
      sha256: "synthetic",
      rowCount: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      importedBy: "bench:synthetic",
    },
  });
  let rows = 0;
  for (let year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
    const inserted = await db.$executeRaw`
      /* bench.synthetic-workforce: one year of quarterly as-at dates for every force */
      INSERT INTO workforce_count
        (force_id, as_at, worker_type, rank, gender, ethnicity, ethnic_group, headcount, batch_id)
      SELECT f.id, d.as_at, r.worker_type::"WorkerType", r.rank::"Rank", g.gender::"Gender",
        e.ethnicity::"WorkforceEthnicity", e.grp::"EthnicGroup",
        CASE WHEN h.v % 50 = 0 THEN NULL
          ELSE round(f.size * r.weight * g.weight * e.weight * (0.6 + (h.v % 800) / 1000.0))::int END,
        ${batch.id}
      FROM (SELECT id, 500 + abs(hashtext(id)) % 6000 AS size FROM force) f
      CROSS JOIN (SELECT make_date(${year}, m, 1) + interval '1 month' - interval '1 day' AS as_at
                  FROM unnest(ARRAY[3, 6, 9, 12]) AS m) d
      CROSS JOIN (VALUES
        ('POLICE_OFFICER', 'CONSTABLE', 0.75), ('POLICE_OFFICER', 'SERGEANT', 0.12),
        ('POLICE_OFFICER', 'INSPECTOR', 0.06), ('POLICE_OFFICER', 'CHIEF_INSPECTOR', 0.03),
        ('POLICE_OFFICER', 'SUPERINTENDENT', 0.02), ('POLICE_OFFICER', 'CHIEF_SUPERINTENDENT', 0.01),
        ('POLICE_OFFICER', 'CHIEF_OFFICER', 0.005), ('POLICE_STAFF', 'NOT_APPLICABLE', 0.6),
        ('PCSO', 'NOT_APPLICABLE', 0.1), ('SPECIAL_CONSTABLE', 'NOT_APPLICABLE', 0.15),
        ('DESIGNATED_OFFICER', 'NOT_APPLICABLE', 0.03)) AS r(worker_type, rank, weight)
      CROSS JOIN (VALUES ('FEMALE', 0.36), ('MALE', 0.6), ('NOT_STATED', 0.03), ('PREFER_NOT_TO_SAY', 0.01))
        AS g(gender, weight)
      CROSS JOIN (VALUES ('WHITE', 'WHITE', 0.9), ('ASIAN', 'ASIAN', 0.03), ('BLACK', 'BLACK', 0.015),
        ('MIXED', 'MIXED', 0.02), ('NOT_STATED', 'NOT_STATED', 0.025),
        -- The 2021 categories start on 31 March 2021, the first as-at date of that year.
        (CASE WHEN ${year} >= 2021 THEN 'OTHER' ELSE 'CHINESE_OR_OTHER' END, 'OTHER', 0.01)) AS e(ethnicity, grp, weight)
      CROSS JOIN LATERAL (SELECT abs(hashtext(f.id || d.as_at::text || r.worker_type || r.rank || g.gender || e.ethnicity))
        AS v) h`;
    rows += inserted;
    log(`${year}: ${inserted} rows (${rows} in all)`);
  }
  await db.importBatch.update({ where: { id: batch.id }, data: { rowCount: rows, inserted: rows } });
  await refreshWorkforceRollup(db);
  await db.$executeRawUnsafe("ANALYZE");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      db: { type: "string", default: "both" },
      rebuild: { type: "boolean", default: false },
      "postgres-server": { type: "string", default: DEFAULT_POSTGRES_SERVER },
      "pglite-dir": { type: "string", default: DEFAULT_PGLITE_DIR },
    },
  });
  const kinds =
    values.db === "both" ? (["postgres", "pglite"] as const) : [values.db as "pglite" | "postgres"];
  for (const kind of kinds) {
    const started = performance.now();
    const database = await openSyntheticWorkforce({
      kind,
      rebuild: values.rebuild,
      postgresServer: values["postgres-server"],
      pgliteDir: values["pglite-dir"],
      log: (m) => console.error(`[${kind}] ${m}`),
    });
    const count = await database.db.workforceCount.count();
    console.log(`${kind}: ${count} workforce rows (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    await database.close();
  }
}
