import pg from "pg";

/** Which database the suite runs against: TEST_DATABASE=pglite (default) or postgres. */
export function testDatabaseKind(): "pglite" | "postgres" {
  const kind = process.env.TEST_DATABASE ?? "pglite";
  if (kind !== "pglite" && kind !== "postgres")
    throw new Error(`TEST_DATABASE must be pglite or postgres, not ${kind}`);
  return kind;
}

/** Server used when TEST_DATABASE=postgres; the suite creates and drops its own databases there. */
export function adminUrl(database = "postgres"): string {
  const url = new URL(process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  url.pathname = `/${database}`;
  return url.toString();
}

/** Unique per run so concurrent runs (two Node versions in CI) never share databases. */
export function testDbPrefix(): string {
  process.env.HUB_TEST_DB_PREFIX ??= `hub_t_${process.pid}_${Date.now().toString(36)}`;
  return process.env.HUB_TEST_DB_PREFIX;
}

export async function withAdminClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `TEST_DATABASE=postgres but PostgreSQL at ${adminUrl()} cannot be reached (${(error as Error).message}). ` +
        "Start it or set TEST_POSTGRES_URL.",
    );
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
