// Serving throughput at fixed concurrency (autocannon, loopback, bounded duration): the default path
// (`npm start`: gateway + 3 subgraphs in one process), the monolith, each subgraph directly, and a
// hand-written pg + JSON.stringify baseline; RSS per process idle and under load; start to first
// answer on a seeded database. Each process runs alone, one after another, so they never compete.
// The monolith and the default path run twice: as configured (public answers from the response
// cache after the first) and with HUB_RESPONSE_CACHE_MB=0 (every request resolved); the default path
// also with a force app's token (its own cache entries, its credential verified on every request).
// Usage: npm run bench -- serving [--duration 10] [--connections 10] [--port 41400] [--only default]
//        [--postgraphile http://127.0.0.1:5000/graphql]
// --postgraphile adds a PostGraphile 4 server you started on the same database (`npx postgraphile -c
// $DATABASE_URL --schema public --append-plugins @graphile-contrib/pg-simplify-inflector`; not a
// dependency of the hub) for the force and force + evidence + boards queries, in its own naming.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { SignJWT } from "jose";
import { loadConfig } from "../../src/config.ts";

const root = new URL("../../", import.meta.url);
const hub = new URL("bin/hub.mjs", root).pathname;

interface Query {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const forceApp = readFileSync(new URL("examples/operations/force-app-hertfordshire.graphql", root), "utf8");
const queries: Record<string, Query> = {
  force: {
    name: "force { id name }",
    query: "query ($id: ID!) { force(id: $id) { id name } }",
    variables: { id: "hertfordshire" },
  },
  forceEvidenceBoards: {
    name: "force+region+evidence(50)+boards(20)",
    query: `query ($id: ID!) { force(id: $id) { id name region { name }
      evidence(first: 50) { totalCount nodes { id title status kind } }
      boards(first: 20) { nodes { name type } } } }`,
    variables: { id: "hertfordshire" },
  },
  forceApp: { name: "README force-app (3 subgraphs)", query: forceApp },
  national: {
    name: "national + 50 forces' minority ratio",
    query: `{ nationalRepresentation { asAt censusYear statedHeadcount
        minority: group(group: MINORITY_ETHNIC) { ratio } }
      forces(first: 50) { nodes { id representation { minority: group(group: MINORITY_ETHNIC) { ratio gapPercentagePoints } } } } }`,
  },
  planEvidence: {
    name: "plan: evidence(50) of a force",
    query: `{ evidence(first: 50, filter: { forceIds: ["hertfordshire"] }) { totalCount nodes { id title status kind } } }`,
  },
  workforceNational: {
    name: "workforce: national representation",
    query: `{ nationalRepresentation { asAt statedHeadcount minority: group(group: MINORITY_ETHNIC) { ratio } } }`,
  },
};

/** The same questions in PostGraphile 4's naming (pg-simplify-inflector), keyed like the hub's. */
const postgraphileQueries: Partial<Record<keyof typeof queries, Query>> = {
  force: { ...queries.force!, query: "query ($id: String!) { force(id: $id) { id name } }" },
  forceEvidenceBoards: {
    ...queries.forceEvidenceBoards!,
    query: `query ($id: String!) { force(id: $id) { id name region { name }
      evidencesByOwnerForceId(first: 50) { totalCount nodes { id title status kind } }
      boardsByOwnerForceId(first: 20) { nodes { name type } } } }`,
  },
};

interface Target {
  name: string;
  command: string[];
  queries: (keyof typeof queries)[];
  /** The first query answered marks the end of start-up. */
  probe: keyof typeof queries;
  env?: NodeJS.ProcessEnv;
  /** Sent with every request (a token); answers are compared with other processes' of the same headers. */
  headers?: Record<string, string>;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

async function post(url: string, q: Query, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
  });
  return { status: response.status, text: (await response.text()).trimEnd() };
}

async function startProcess(target: Target, url: string, env: NodeJS.ProcessEnv) {
  const started = performance.now();
  const child = spawn(target.command[0]!, target.command.slice(1), {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const deadline = started + 120_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${target.name} exited: ${stderr.slice(-2000)}`);
    const answer = await post(url, queries[target.probe]!, target.headers).catch(() => undefined);
    if (answer?.status === 200) return { child, startMs: performance.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`${target.name} did not answer within 120 s: ${stderr.slice(-2000)}`);
}

/** `pid`: the process whose RSS is sampled (absent for a server the bench did not start). */
async function load(
  url: string,
  q: Query,
  pid: number | undefined,
  options: { duration: number; connections: number; headers?: Record<string, string> },
) {
  let peak = 0;
  const sampler = setInterval(() => {
    if (pid) peak = Math.max(peak, rssMb(pid));
  }, 250);
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.duration,
    method: "POST",
    headers: { "content-type": "application/json", ...options.headers },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
  });
  clearInterval(sampler);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
    rssLoadMb: pid ? Math.max(peak, rssMb(pid)) : Number.NaN,
  };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (child.exitCode === null) child.kill("SIGKILL");
}

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    strict: false,
    options: {
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "10" },
      port: { type: "string", default: "41400" },
      only: { type: "string" },
      postgraphile: { type: "string" },
    },
  });
  const duration = Math.min(Number(values.duration), 60);
  const connections = Math.min(Number(values.connections), 50);
  const port = Number(values.port);
  const config = loadConfig();
  const postgres = config.database.kind === "postgres";
  const node = process.execPath;
  const secret = randomBytes(32).toString("hex");
  const env = { ...process.env, HOST: "127.0.0.1", LOG_LEVEL: "warn", HUB_JWT_SECRET: secret };
  const forceToken = await new SignJWT({ role: "force", forces: ["hertfordshire"] })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("bench-force-app")
    .setIssuedAt()
    .setExpirationTime("2h")
    .sign(new TextEncoder().encode(secret));

  // A seeded database first (idempotent: a seeded one imports nothing).
  await new Promise<void>((resolve, reject) => {
    const seed = spawn(node, [hub, "seed"], { env, stdio: "ignore" });
    seed.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`hub seed exited ${code}`))));
  });

  const all = ["force", "forceEvidenceBoards", "forceApp", "national"] as const;
  const noCache = { HUB_RESPONSE_CACHE_MB: "0" };
  const hubStart = (name: string, at: number, args: string[], extra?: NodeJS.ProcessEnv) => ({
    name,
    command: [node, hub, "start", "--no-seed", ...args],
    queries: [...all],
    probe: "force" as const,
    port: at,
    path: "/graphql",
    env: extra,
  });
  const subgraph = (name: string, at: number, query: keyof typeof queries) => ({
    name: `${name} subgraph`,
    command: [node, hub, "subgraph", name, "--port", String(at)],
    queries: [query],
    probe: query,
    port: at,
    path: "/graphql",
  });
  const targets: (Target & { port: number; path: string })[] = [
    {
      name: "baseline (pg + JSON.stringify)",
      command: [
        node,
        "--import",
        "tsx",
        new URL("scripts/bench/baseline.ts", root).pathname,
        String(port + 5),
      ],
      queries: ["force"],
      probe: "force",
      port: port + 5,
      path: "/",
    },
    hubStart("monolith", port + 1, ["--mode", "monolith"]),
    hubStart("default (npm start)", port, []),
    // RSS columns are the primary's (it only forks and restarts workers).
    hubStart("default, 2 workers, no response cache", port + 8, ["--workers", "2"], noCache),
    hubStart("monolith, no response cache", port + 6, ["--mode", "monolith"], noCache),
    hubStart("default, no response cache", port + 7, [], noCache),
    {
      ...hubStart("default, force token (cached per viewer)", port + 9, []),
      headers: { authorization: `Bearer ${forceToken}` },
    },
    subgraph("organisations", port + 2, "force"),
    subgraph("plan", port + 3, "planEvidence"),
    subgraph("workforce", port + 4, "workforceNational"),
  ];

  const rows: Record<string, string | number>[] = [];
  const answers = new Map<string, string>();
  const rpsOf = new Map<string, number>();
  const only = typeof values.only === "string" ? values.only : undefined;
  const chosen = targets.filter(
    (t) => (postgres || !t.name.startsWith("baseline")) && (!only || t.name.includes(only)),
  );
  const postgraphile = typeof values.postgraphile === "string" ? values.postgraphile : undefined;
  const postgraphileName = "PostGraphile 4 (started by you)";
  /** `started`: a process this bench started (RSS, start time); absent for PostGraphile, whose answers are in its own naming. */
  const measure = async (
    target: { name: string; queries: (keyof typeof queries)[]; headers?: Record<string, string> },
    url: string,
    started?: { pid: number; startMs: number },
  ) => {
    const rssIdleMb = started ? rssMb(started.pid) : Number.NaN;
    for (const key of target.queries) {
      const q = (started ? queries[key] : postgraphileQueries[key])!;
      const answer = await post(url, q, target.headers);
      const answerKey = `${key}/${target.headers ? "token" : "public"}`;
      const reference = started && answers.get(answerKey);
      const same = !started || reference === undefined ? "—" : reference === answer.text ? "yes" : "NO";
      if (started && reference === undefined) answers.set(answerKey, answer.text);
      if (answer.status !== 200 || answer.text.includes('"errors"'))
        throw new Error(`${target.name} / ${q.name}: ${answer.text.slice(0, 500)}`);
      await autocannon({
        url,
        connections,
        duration: 1,
        method: "POST",
        headers: { "content-type": "application/json", ...target.headers },
        body: JSON.stringify({ query: q.query, variables: q.variables }),
      });
      const measured = await load(url, q, started?.pid, { duration, connections, headers: target.headers });
      rpsOf.set(`${target.name}/${key}`, measured.rps);
      rows.push({
        process: target.name,
        query: q.name,
        rps: Math.round(measured.rps),
        "p50 ms": measured.p50,
        "p99 ms": measured.p99,
        failed: measured.failed,
        "same JSON": same,
        "RSS idle MB": Number.isNaN(rssIdleMb) ? "—" : Math.round(rssIdleMb),
        "RSS load MB": Number.isNaN(measured.rssLoadMb) ? "—" : Math.round(measured.rssLoadMb),
        "start→answer s": started ? (started.startMs / 1000).toFixed(1) : "—",
      });
    }
  };
  if (postgraphile) {
    const asked = Object.keys(postgraphileQueries) as (keyof typeof queries)[];
    await measure({ name: postgraphileName, queries: asked }, postgraphile);
  }
  for (const target of chosen) {
    const url = `http://127.0.0.1:${target.port}${target.path}`;
    const { child, startMs } = await startProcess(target, url, {
      ...env,
      ...target.env,
      PORT: String(target.port),
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await measure(target, url, { pid: child.pid!, startMs });
    } finally {
      await stop(child);
    }
  }

  const baseline = rpsOf.get("baseline (pg + JSON.stringify)/force");
  for (const row of rows) {
    const key = Object.entries(queries).find(([, q]) => q.name === row.query)?.[0];
    const mono = key ? rpsOf.get(`monolith/${key}`) : undefined;
    row["× baseline"] = baseline ? (Number(row.rps) / baseline).toFixed(2) : "—";
    row["× monolith"] = mono ? (Number(row.rps) / mono).toFixed(2) : "—";
    if (!postgraphile) continue;
    const theirs = key ? rpsOf.get(`${postgraphileName}/${key}`) : undefined;
    row["× PostGraphile"] = theirs ? (Number(row.rps) / theirs).toFixed(2) : "—";
  }
  console.log(
    `Serving, ${connections} connections × ${duration} s per run, ${postgres ? "PostgreSQL" : "PGlite"}, node ${process.version}` +
      " (× baseline: rps over the pg + JSON.stringify force query; same JSON: equal to the first process's answer):",
  );
  console.table(rows);
}
