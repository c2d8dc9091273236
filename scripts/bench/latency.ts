// Gateway overhead benchmark: the same cross-subgraph query through the gateway (3 subgraphs over
// loopback HTTP) vs the single-process monolith schema over HTTP, with SQL statements per request.
// Usage: npm run bench -- latency [--requests 200]   (DATABASE_URL set: PostgreSQL; else a temp PGlite)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../../src/config.ts";
import { openDatabase } from "../../src/db/database.ts";
import { seedDatabase } from "../../src/seed/seed.ts";
import { startHub } from "../../src/server/hub.ts";

// Spans all three subgraphs: organisations (force, partners), plan (evidence by objective, boards),
// workforce (representation against the census).
const query = /* GraphQL */ `
  query Bench($id: ID!) {
    force(id: $id) {
      id
      name
      region { name }
      collaborationPartners { id name }
      evidence(first: 50) { totalCount nodes { title status objectives { code area { code } } } }
      boards(first: 20) { nodes { name type } }
      representation { asAt censusYear statedHeadcount groups { group headcount ratio } }
    }
  }
`;

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    strict: false,
    options: { requests: { type: "string", default: "200" } },
  });
  const requests = Math.min(Number(values.requests), 5_000);
  const config = loadConfig();
  const tempDir = config.database.kind === "pglite" ? mkdtempSync(join(tmpdir(), "prap-bench-")) : undefined;
  const database = await openDatabase(tempDir ? { kind: "pglite", dataDir: tempDir } : config.database);
  await database.migrate();
  await seedDatabase(database);

  let statements = 0;
  database.onQuery(() => statements++);

  function percentile(sorted: number[], p: number) {
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
  }

  async function measure(label: string, url: string) {
    const body = JSON.stringify({ query, variables: { id: "hertfordshire" } });
    const post = () => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
    for (let i = 0; i < 20; i++) await (await post()).json(); // warm-up
    statements = 0;
    const times: number[] = [];
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      const result = (await (await post()).json()) as { errors?: unknown };
      times.push(performance.now() - started);
      if (result.errors) throw new Error(`${label}: ${JSON.stringify(result.errors)}`);
    }
    times.sort((a, b) => a - b);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    return {
      label,
      requests,
      meanMs: mean,
      p50Ms: percentile(times, 50),
      p95Ms: percentile(times, 95),
      sqlPerRequest: statements / requests,
    };
  }

  const results = [];
  for (const mode of ["monolith", "gateway"] as const) {
    const hub = await startHub({ database, port: 0, mode });
    results.push(
      await measure(mode === "gateway" ? "gateway → 3 subgraphs" : "single-process schema", hub.url),
    );
    await hub.close();
  }
  await database.close();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });

  console.log(
    `Cross-subgraph query, ${requests} sequential requests each, ${config.database.kind === "pglite" ? "PGlite" : "PostgreSQL"}:`,
  );
  console.table(
    results.map((r) => ({
      path: r.label,
      "mean ms": r.meanMs.toFixed(2),
      "p50 ms": r.p50Ms.toFixed(2),
      "p95 ms": r.p95Ms.toFixed(2),
      "SQL / request": r.sqlPerRequest.toFixed(2),
    })),
  );
  const [mono, gateway] = results;
  if (mono && gateway)
    console.log(`Gateway overhead: ${(gateway.p50Ms / mono.p50Ms).toFixed(2)}× the single-process p50`);
}
