import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";
import { createApiKey, hashApiKey, listApiKeys, revokeApiKey } from "../../src/services/api-keys.ts";
import { testDatabase } from "../support/database.ts";
import { postGraphQL, uniq } from "../support/hub.ts";

let database: Database;
const hubs: Record<string, RunningHub> = {};

beforeAll(async () => {
  database = await testDatabase("seeded");
  hubs.monolith = await startHub({ database, port: 0, mode: "monolith" });
  hubs.gateway = await startHub({ database, port: 0, mode: "gateway" });
});
afterAll(async () => {
  for (const hub of Object.values(hubs)) await hub.close();
  await database?.close();
});

async function newKey(role: "force" | "national", forceIds: string[] = []) {
  const result = await createApiKey(database.db, {
    name: `test-${uniq()}`,
    role,
    forceIds,
    createdBy: "test",
  });
  if ("problem" in result) throw new Error(result.problem);
  return result;
}

const viewerQuery = "{ viewer { subject role forces { id } } }";

describe("API keys in the database", () => {
  it("stores only the key's hash and refuses keys that name no forces or unknown ones", async () => {
    const { key, apiKey } = await newKey("force", ["hertfordshire"]);
    expect(key).toMatch(/^prap_[\w-]{43}$/);
    const stored = await database.db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(stored.keyHash).toBe(hashApiKey(key));
    expect(JSON.stringify(stored)).not.toContain(key.slice(5));
    expect((await listApiKeys(database.db)).find((k) => k.id === apiKey.id)).not.toHaveProperty("keyHash");
    expect(await createApiKey(database.db, { name: "x", role: "force", createdBy: "t" })).toHaveProperty(
      "problem",
    );
    expect(
      await createApiKey(database.db, { name: "x", role: "force", forceIds: ["atlantis"], createdBy: "t" }),
    ).toEqual({ problem: "unknown force atlantis" });
    expect(
      await createApiKey(database.db, { name: "x", role: "national", forceIds: ["kent"], createdBy: "t" }),
    ).toHaveProperty("problem");
  });
});

describe.each(["monolith", "gateway"])("API keys over HTTP on the %s", (mode) => {
  const url = () => hubs[mode]!.url;
  const base = () => url().replace(/\/graphql$/, "");

  it("acts as the key's role, sent as X-API-Key or Authorization: ApiKey", async () => {
    const { key, apiKey } = await newKey("force", ["hertfordshire"]);
    const byHeader = await postGraphQL(url(), viewerQuery, undefined, { "x-api-key": key });
    expect(byHeader.body.data.viewer).toEqual({
      subject: `apikey:${apiKey.name}`,
      role: "FORCE",
      forces: [{ id: "hertfordshire" }],
    });
    const byScheme = await postGraphQL(url(), viewerQuery, undefined, { authorization: `ApiKey ${key}` });
    expect(byScheme.body.data.viewer).toEqual(byHeader.body.data.viewer);
  });

  it("unlocks raw figures in exports for a national key, privately", async () => {
    const { key } = await newKey("national");
    const path = `${base()}/export/workforce.csv?years=2006&forceIds=hertfordshire`;
    const publicRows = parse(await (await fetch(path)).text(), { columns: true }) as Record<string, string>[];
    const response = await fetch(path, { headers: { "x-api-key": key } });
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(publicRows.some((r) => r.suppressed === "true")).toBe(true);
    expect(rows.every((r) => r.suppressed === "false")).toBe(true);
    expect(rows.length).toBe(publicRows.length);
  });

  it("refuses unknown and revoked keys with 401", async () => {
    const { key, apiKey } = await newKey("national");
    expect((await postGraphQL(url(), viewerQuery, undefined, { "x-api-key": key })).status).toBe(200);
    expect(await revokeApiKey(database.db, apiKey.prefix)).toMatchObject({ id: apiKey.id });
    const revoked = await postGraphQL(url(), viewerQuery, undefined, { "x-api-key": key });
    expect(revoked.status).toBe(401);
    expect(revoked.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await fetch(`${base()}/export/forces.csv`, { headers: { "x-api-key": key } })).status).toBe(401);
    const made = await postGraphQL(url(), viewerQuery, undefined, { "x-api-key": `prap_${"A".repeat(43)}` });
    expect(made.status).toBe(401);
  });
});
