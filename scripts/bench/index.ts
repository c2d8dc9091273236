export {};

// Benchmarks, printed (never timed tests). `npm run bench` runs every suite; `npm run bench -- serving`
// runs one. A suite is a module exporting `run(args: string[])`; add yours to `suites` below.
// DATABASE_URL set: PostgreSQL; else each suite uses a temporary PGlite database.
const suites: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  serving: () => import("./serving.ts"),
  latency: () => import("./latency.ts"),
  analytics: () => import("./analytics.ts"),
};

const args = process.argv.slice(2);
const chosen = args.filter((a) => a in suites);
const rest = args.filter((a) => !(a in suites));
// Option values (`--only default`) follow their flag.
const unknown = rest.filter(
  (a, i) => !a.startsWith("-") && !rest[i - 1]?.startsWith("--") && !/^\d+$/.test(a),
);
if (unknown.length) {
  console.error(`Unknown suite ${unknown.join(", ")}: choose from ${Object.keys(suites).join(", ")}`);
  process.exit(2);
}
for (const name of chosen.length ? chosen : Object.keys(suites)) {
  console.log(`\n=== ${name} ===`);
  await (await suites[name]!()).run(rest);
}
process.exit(0);
