import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// Two projects. `fast`: *.unit.test.ts — pure code (formulas, parsers, schema printing), no database,
// no global setup; `npm run test:fast` runs it alone in seconds. `db`: every other *.test.ts, each file
// with its own copy of a migrated (and seeded) template database built once by the global setup.
const unitTests = "tests/**/*.unit.test.ts";
// *.services.test.ts need the local PostgreSQL and Redis servers whatever the run's database (an outage
// drill cuts a real server's connections; the Redis response cache): they run with
// TEST_DATABASE=postgres (CI does), so `npm test` on a fresh machine needs nothing installed.
const serviceTests = "tests/**/*.services.test.ts";
const postgresRun = process.env.TEST_DATABASE === "postgres";

export default defineConfig({
  resolve: {
    // Pothos and Apollo load graphql's CommonJS build; make test files use the same one
    // ("Cannot use GraphQLSchema from another module or realm").
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    env: { NODE_ENV: "test" },
    pool: "forks",
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: "fast", include: [unitTests], testTimeout: 20_000 },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["tests/**/*.test.ts"],
          exclude: postgresRun ? [unitTests] : [unitTests, serviceTests],
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
