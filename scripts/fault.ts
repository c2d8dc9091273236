// Fault drill (not a test): bounded loopback load on a hub while its PostgreSQL database becomes
// unreachable for some seconds, then reachable again. Prints answers by code per phase, the time to
// recover and memory before/after. Uses a database of its own, created and dropped here.
//
//   npx tsx scripts/fault.ts [--mode gateway|monolith] [--outage 5] [--before 5] [--after 10]
//                            [--concurrency 8] [--admin-url postgresql://postgres@127.0.0.1:5432/postgres]
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase } from "../src/db/database.ts";
import { logger } from "../src/logger.ts";
import { startHub } from "../src/server/hub.ts";

const { values } = parseArgs({
  options: {
    mode: { type: "string", default: "gateway" },
    outage: { type: "string", default: "5" },
    before: { type: "string", default: "5" },
    after: { type: "string", default: "10" },
    concurrency: { type: "string", default: "8" },
    "admin-url": { type: "string", default: "postgresql://postgres@127.0.0.1:5432/postgres" },
  },
});
// One line per request would bury the summary; errors hidden from clients still print.
logger.level = "error";
const mode = values.mode === "monolith" ? "monolith" : "gateway";
const seconds = { before: Number(values.before), outage: Number(values.outage), after: Number(values.after) };
const concurrency = Math.min(Number(values.concurrency), 32);
const adminUrl = values["admin-url"] as string;
const name = `hub_fault_${process.pid}_${Date.now().toString(36)}`;
const dbUrl = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
type Phase = "before" | "outage" | "after";
interface Answer {
  at: number;
  phase: Phase;
  code: string;
  status: number;
  ms: number;
}

await admin(`create database "${name}"`);
const database = await openDatabase({ kind: "postgres", url: dbUrl });
await database.migrate();
await database.db.force.createMany({
  data: Array.from({ length: 20 }, (_, i) => ({
    id: `fault-${i}`,
    name: `Fault drill force ${i}`,
    country: "ENGLAND" as const,
    kind: "TERRITORIAL" as const,
  })),
});
const hub = await startHub({ database, port: 0, mode });
const query = "query Drill { forces(first: 10) { totalCount nodes { id name } } }";

let phase: Phase = "before";
let running = true;
const answers: Answer[] = [];
const started = performance.now();
let outageEndedAt = 0;

async function worker() {
  while (running) {
    const t = performance.now();
    let code = "ok";
    let status = 0;
    try {
      const response = await fetch(hub.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
        signal: AbortSignal.timeout(10_000),
      });
      status = response.status;
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      if (body.errors?.length) code = body.errors[0]?.extensions?.code ?? "NO_CODE";
    } catch (error) {
      code = `CLIENT_${(error as Error).name}`;
    }
    answers.push({ at: t - started, phase, code, status, ms: performance.now() - t });
  }
}

global.gc?.();
const rssBefore = process.memoryUsage().rss;
const workers = Array.from({ length: concurrency }, worker);
const sleep = (s: number) => new Promise((resolve) => setTimeout(resolve, s * 1000));

await sleep(seconds.before);
phase = "outage";
await admin(`alter database "${name}" allow_connections false`);
await admin(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}'`);
const outageStartedAt = performance.now() - started;
await sleep(seconds.outage);
await admin(`alter database "${name}" allow_connections true`);
phase = "after";
outageEndedAt = performance.now() - started;
await sleep(seconds.after);
running = false;
await Promise.all(workers);
global.gc?.();
const rssAfter = process.memoryUsage().rss;

const readyAfter = await fetch(new URL("/ready", hub.url));
await hub.close();
await database.close();
await admin(`drop database if exists "${name}" with (force)`);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
};
console.log(`Fault drill: ${mode}, ${concurrency} loopback clients, outage ${seconds.outage} s`);
for (const p of ["before", "outage", "after"] as const) {
  const inPhase = answers.filter((a) => a.phase === p);
  const byCode = new Map<string, number>();
  for (const a of inPhase)
    byCode.set(`${a.code} (${a.status})`, (byCode.get(`${a.code} (${a.status})`) ?? 0) + 1);
  const ms = inPhase.map((a) => a.ms);
  console.log(
    `  ${p.padEnd(7)} ${String(inPhase.length).padStart(6)} answers, p50 ${percentile(ms, 50).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms: ` +
      [...byCode].map(([code, n]) => `${code} ×${n}`).join(", "),
  );
}
const firstFailure = answers.find((a) => a.at >= outageStartedAt && a.code !== "ok");
const recovered = answers.find((a) => a.at >= outageEndedAt && a.code === "ok");
const lastFailure = answers.filter((a) => a.code !== "ok").at(-1);
console.log(
  `  first error after the outage began: ${firstFailure ? `${(firstFailure.at - outageStartedAt).toFixed(0)} ms` : "none"}`,
);
console.log(
  `  recovery (first ok answer after connections were allowed): ${recovered ? `${(recovered.at - outageEndedAt).toFixed(0)} ms` : "never"}; last error at +${lastFailure ? ((lastFailure.at - outageEndedAt) / 1000).toFixed(1) : "-"} s`,
);
console.log(`  /ready at the end: ${readyAfter.status}`);
console.log(
  `  memory (rss, whole process incl. load generator): before ${mb(rssBefore)}, after ${mb(rssAfter)}`,
);
