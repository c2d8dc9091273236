// Streams a whole export from a hub running as its own process and prints the hub's resident memory
// while it does: the export must stream in constant memory whatever the row count (docs/bi.md).
// Usage: npm run bench:synthetic -- --db postgres   (the synthetic million-row workforce, its own database)
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/hub_bench_synth npx tsx scripts/bench/export-memory.ts \
//     [--export workforce.csv] [--query years=2006] [--header "x-api-key: …"] [--heap-mb 192] [--port 41301]
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    export: { type: "string", default: "workforce.csv" },
    port: { type: "string", default: "41301" },
    query: { type: "string", default: "" },
    header: { type: "string", default: "" },
    // Caps the hub's V8 heap: an export that completes under a small cap streams in bounded memory.
    "heap-mb": { type: "string", default: "" },
  },
});
if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to the bench database");

const hub = spawn(process.execPath, ["bin/hub.mjs", "start", "--mode", "monolith", "--no-seed"], {
  env: {
    ...process.env,
    PORT: values.port,
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    ...(values["heap-mb"] ? { NODE_OPTIONS: `--max-old-space-size=${values["heap-mb"]}` } : {}),
  },
  stdio: ["ignore", "ignore", "inherit"],
});
const rssMb = () => {
  const status = readFileSync(`/proc/${hub.pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
};

try {
  const base = `http://127.0.0.1:${values.port}`;
  for (let i = 0; ; i++) {
    if (
      await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 120) throw new Error("the hub did not start");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  // Warm up (schema, first queries) so the baseline is the hub at rest, not mid start-up.
  await (await fetch(`${base}/export/forces.csv`)).text();
  const baseline = rssMb();
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(rssMb()), 250);
  const started = Date.now();
  const headers: Record<string, string> = values.header
    ? Object.fromEntries([values.header.split(/:\s*/, 2)])
    : {};
  const response = await fetch(`${base}/export/${values.export}${values.query ? `?${values.query}` : ""}`, {
    headers,
  });
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines++;
  }
  clearInterval(timer);
  const seconds = (Date.now() - started) / 1000;
  const rows = lines - 1;
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(0);
  const cap = values["heap-mb"] ? ` (hub heap capped at ${values["heap-mb"]} MB)` : "";
  console.log(`export ${values.export}${values.query ? `?${values.query}` : ""}${cap}`);
  console.log(
    `  rows ${rows.toLocaleString("en-GB")}, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString("en-GB")} rows/s)`,
  );
  console.log(
    `  hub RSS MB: at rest ${baseline.toFixed(0)}; while streaming median ${at(0.5)}, p90 ${at(0.9)}, max ${sorted.at(-1)?.toFixed(0)} (${samples.length} samples)`,
  );
  const quarter = Math.floor(samples.length / 4);
  const firstQuarter = samples.slice(0, quarter);
  const lastQuarter = samples.slice(-quarter);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  console.log(
    `  mean RSS first quarter ${mean(firstQuarter).toFixed(0)} MB, last quarter ${mean(lastQuarter).toFixed(0)} MB`,
  );
} finally {
  hub.kill("SIGTERM");
}
