import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { defaultBiConfig } from "../../src/server/bi.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";
import { countQueries, testDatabase } from "../support/database.ts";
import { closeHubs, type HubMode } from "../support/hubs.ts";

// The SQL a force app's page costs over HTTP, on both serving paths and without the response cache:
// relation joins and entity references loaded with the gateway's selection keep it to a few
// statements. An executor that hands resolvers a different `info` (graphql-jit did) makes
// plugin-prisma load whole rows and relations one by one: this is where that shows.

const forceApp = readFileSync(
  new URL("../../examples/operations/force-app-hertfordshire.graphql", import.meta.url),
  "utf8",
);
let database: Database;
const hubs: Partial<Record<HubMode, RunningHub>> = {};

beforeAll(async () => {
  database = await testDatabase("seeded");
  const bi = { ...defaultBiConfig, responseCacheMb: 0 };
  hubs.monolith = await startHub({ database, port: 0, mode: "monolith", bi });
  hubs.gateway = await startHub({ database, port: 0, mode: "gateway", bi });
});
afterAll(async () => {
  await closeHubs(hubs);
  await database?.close();
});

async function post(hub: RunningHub) {
  const response = await fetch(hub.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: forceApp }),
  });
  return response.text();
}

describe("the README force-app query", () => {
  it.each([
    ["monolith", 2],
    ["gateway", 3],
  ] as const)("costs %s %i SQL statements, and both paths answer alike", async (mode, expected) => {
    const hub = hubs[mode]!;
    const first = await post(hub);
    const { result, count, statements } = await countQueries(database, () => post(hub));
    expect(result).toBe(first);
    expect(JSON.parse(result).data.force.evidence.totalCount).toBeGreaterThan(0);
    expect({ count, statements }).toMatchObject({ count: expected });
    // Apollo ends its answers with a newline, Hive Gateway does not.
    expect((await post(hubs.monolith!)).trimEnd()).toBe(result.trimEnd());
  });
});
