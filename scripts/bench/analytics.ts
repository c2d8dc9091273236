// Analytics benchmark on the synthetic one-million-row workforce (scripts/bench/synthetic-workforce.ts):
// p50/p95 and SQL statements of the national rollup, a 43-force league table, a 20-year trend and a
// disproportionality table, executed in-process through the GraphQL schema, on PostgreSQL and PGlite.
// Usage: npm run bench -- analytics [--db=pglite|postgres|both] [--runs=30]   (or npm run bench:analytics)
import { parseArgs } from "node:util";
import { graphql } from "graphql";
import { createContext, type Viewer } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import { monolithSchema } from "../../src/schema/build.ts";
import {
  DEFAULT_PGLITE_DIR,
  DEFAULT_POSTGRES_SERVER,
  openSyntheticWorkforce,
} from "./synthetic-workforce.ts";

const national: Viewer = { subject: "bench", role: "national", forceIds: [] };
const latest = "2025-12-31";

const operations: Array<{ name: string; source: string; viewer?: Viewer }> = [
  {
    name: "national rollup (E&W, all officer ranks)",
    source: `{ workforceMeasure(input: { asAt: "${latest}", group: BLACK }) {
      value headcount statedHeadcount interval { lower upper } } }`,
  },
  {
    name: "national rollup, public viewer (disclosure cube)",
    source: `{ workforceMeasure(input: { asAt: "${latest}", group: BLACK }) { value headcount suppressed } }`,
    viewer: { subject: "bench-public", role: "public", forceIds: [] },
  },
  {
    name: "league table, 43 forces",
    source: `{ workforceLeagueTable(input: { asAt: "${latest}", group: MINORITY_ETHNIC }) {
      rank percentile tiedWith force { id } point { value interval { lower upper } } } }`,
  },
  {
    name: "league table, 5 forces (statements must not grow)",
    source: `{ workforceLeagueTable(forceIds: ["kent", "essex", "surrey", "sussex", "hampshire"],
      input: { asAt: "${latest}", group: MINORITY_ETHNIC }) { rank force { id } point { value } } }`,
  },
  {
    name: "20-year trend (E&W, 80 quarterly dates)",
    source: `{ workforceTrend(input: { group: BLACK, measure: SHARE }) {
      points { asAt value headcount } change { difference ratio exceedsUncertainty } } }`,
  },
  {
    name: "disproportionality table, 43 forces",
    source: `{ disproportionalityByForce { area { key } status unknownUses
      black: group(group: BLACK) { ratePerThousand ratio ratioInterval { lower upper } ratioBounds { lower upper } } } }`,
  },
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function measure(database: Database, runs: number) {
  const schema = monolithSchema();
  let statements = 0;
  database.onQuery(() => statements++);
  const rows = [];
  for (const op of operations) {
    const once = async () => {
      const contextValue = createContext({ db: database.db, viewer: op.viewer ?? national });
      const result = await graphql({ schema, source: op.source, contextValue });
      if (result.errors) throw new Error(`${op.name}: ${result.errors.map((e) => e.message).join("; ")}`);
    };
    for (let i = 0; i < 3; i++) await once();
    const times: number[] = [];
    statements = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await once();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    rows.push({
      operation: op.name,
      "p50 ms": percentile(times, 50).toFixed(1),
      "p95 ms": percentile(times, 95).toFixed(1),
      "SQL statements": statements / runs,
    });
  }
  return rows;
}

/** Runs the suite on each database (exported for the bench runner). */
export async function analyticsBench(options: {
  db: string;
  runs: number;
  postgresServer?: string;
  pgliteDir?: string;
}) {
  const kinds =
    options.db === "both" ? (["postgres", "pglite"] as const) : [options.db as "pglite" | "postgres"];
  for (const kind of kinds) {
    const database = await openSyntheticWorkforce({
      kind,
      postgresServer: options.postgresServer,
      pgliteDir: options.pgliteDir,
      log: (m) => console.error(`[${kind}] ${m}`),
    });
    const rowCount = await database.db.workforceCount.count();
    console.log(
      `\nAnalytics on ${kind === "postgres" ? "PostgreSQL" : "PGlite"}, ${rowCount} synthetic workforce rows, ${options.runs} runs each:`,
    );
    console.table(await measure(database, options.runs));
    await database.close();
  }
}

/** The suite entry of `npm run bench -- analytics [--db=pglite|postgres|both] [--runs=30]`. */
export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    strict: false,
    options: {
      db: { type: "string", default: "both" },
      runs: { type: "string", default: "30" },
      "postgres-server": { type: "string", default: DEFAULT_POSTGRES_SERVER },
      "pglite-dir": { type: "string", default: DEFAULT_PGLITE_DIR },
    },
  });
  await analyticsBench({
    db: String(values.db),
    runs: Math.min(Number(values.runs), 500),
    postgresServer: String(values["postgres-server"]),
    pgliteDir: String(values["pglite-dir"]),
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await run(process.argv.slice(2));
