import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { defaultBiConfig } from "../../src/server/bi.ts";
import { documentHash } from "../../src/server/export/documents.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";
import { testDatabase } from "../support/database.ts";
import { postGraphQL } from "../support/hub.ts";

let database: Database;
const hubs: Record<string, RunningHub> = {};
const bi = { ...defaultBiConfig, responseCacheMb: 0 };

beforeAll(async () => {
  database = await testDatabase("seeded");
  hubs.monolith = await startHub({
    database,
    port: 0,
    mode: "monolith",
    bi: { ...bi, trustedDocumentsOnly: false },
  });
  hubs.gateway = await startHub({
    database,
    port: 0,
    mode: "gateway",
    bi: { ...bi, trustedDocumentsOnly: true },
  });
});
afterAll(async () => {
  for (const hub of Object.values(hubs)) await hub.close();
  await database?.close();
});

const forcesDocument = readFileSync(
  new URL("../../operations/export/forces.graphql", import.meta.url),
  "utf8",
);
const variables = JSON.stringify({ first: 3, kind: "TERRITORIAL" });

// biome-ignore lint/suspicious/noExplicitAny: GraphQL JSON
async function get(url: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { headers: { accept: "application/graphql-response+json" } });
  return { status: response.status, body: await response.json() };
}

describe.each(["monolith", "gateway"])("persisted operations on the %s", (mode) => {
  const url = () => hubs[mode]!.url;

  it("runs a trusted document by sha256 or by operation name over GET, with variables", async () => {
    const hash = documentHash(forcesDocument);
    const byHash = await get(`${url()}?documentId=sha256:${hash}&variables=${encodeURIComponent(variables)}`);
    expect(byHash.status).toBe(200);
    expect(byHash.body.data.forces.nodes.map((f: { id: string }) => f.id)).toEqual([
      "avon-and-somerset",
      "bedfordshire",
      "cambridgeshire",
    ]);
    const byName = await get(`${url()}?documentId=ExportForces&variables=${encodeURIComponent(variables)}`);
    expect(byName.body).toEqual(byHash.body);
    const bare = await get(`${url()}?documentId=${hash}&variables=${encodeURIComponent(variables)}`);
    expect(bare.body).toEqual(byHash.body);
    const example = await get(`${url()}?documentId=NationalProgress`);
    expect(example.status).toBe(200);
    expect(example.body.data.forces.totalCount).toBeGreaterThan(40);
  });

  it("refuses an unknown documentId", async () => {
    const unknown = await get(`${url()}?documentId=sha256:${"0".repeat(64)}`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("accepts a documentId in a POST body", async () => {
    const response = await fetch(url(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ documentId: "ExportForces", variables: { first: 1 } }),
    });
    expect(response.status).toBe(200);
    expect(
      ((await response.json()) as { data: { forces: { nodes: unknown[] } } }).data.forces.nodes,
    ).toHaveLength(1);
  });
});

describe("accepting only trusted documents (production setting)", () => {
  it("refuses any other query text over GET and POST, and accepts the trusted text itself", async () => {
    const gateway = hubs.gateway!.url;
    const free = await get(`${gateway}?query=${encodeURIComponent("{ regions { id } }")}`);
    expect(free.status).toBe(400);
    expect(free.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_ONLY");
    const posted = await postGraphQL(gateway, "{ regions { id } }");
    expect(posted.status).toBe(400);
    expect(posted.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_ONLY");
    const trustedText = await postGraphQL(gateway, forcesDocument, { first: 2 });
    expect(trustedText.status).toBe(200);
    expect(trustedText.body.data.forces.nodes).toHaveLength(2);
    // The monolith runs with the setting off: free queries still work there.
    expect((await postGraphQL(hubs.monolith!.url, "{ regions { id } }")).status).toBe(200);
  });
});
