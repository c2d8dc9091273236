import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "../../src/db/database.ts";
import type { RunningHub } from "../../src/server/hub.ts";
import { testDatabase } from "../support/database.ts";
import { createForces, signToken, testJwtSecret } from "../support/hub.ts";
import { closeHubs, startCachingHubs } from "../support/hubs.ts";

// Public POSTed queries are answered from the response cache until the data changes: by a write in
// this process, or by anything committed elsewhere (the database's notification).

let database: Database;
let forceIds: string[];
let hubs: Record<string, RunningHub>;

beforeAll(async () => {
  vi.stubEnv("HUB_JWT_SECRET", testJwtSecret);
  database = await testDatabase("empty");
  forceIds = await createForces(database.db, 4);
  hubs = await startCachingHubs(database);
});
afterAll(async () => {
  await closeHubs(hubs);
  await database?.close();
  vi.unstubAllEnvs();
});

async function post(mode: string, query: string, variables: Record<string, unknown>, headers = {}) {
  const response = await fetch(hubs[mode]!.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    cache: response.headers.get("x-cache"),
    cacheControl: response.headers.get("cache-control"),
    status: response.status,
    text: await response.text(),
  };
}

const forceName = "query ($id: ID!) { force(id: $id) { id name } }";
const evidenceTitles = `query ($id: ID!) { force(id: $id) { evidence(first: 10) { nodes { title } } } }`;

/** Polls until `check` passes (a notification crosses a connection) or 5 s go by. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

describe.each(["monolith", "gateway"])("the response cache for public POSTs on the %s", (mode) => {
  const id = () => forceIds[mode === "monolith" ? 0 : 1]!;

  it("answers a repeated public query from the cache, byte for byte", async () => {
    const first = await post(mode, forceName, { id: id() });
    const second = await post(mode, forceName, { id: id() });
    // The cache is the hub's own: no answer to a POST, hit or miss, is for shared caches.
    expect(first).toMatchObject({ status: 200, cache: "miss", cacheControl: "no-store" });
    expect(JSON.parse(first.text)).toEqual({ data: { force: { id: id(), name: `Force ${id()}` } } });
    expect(second).toEqual({ ...first, cache: "hit" });
    // Other variables are another entry.
    expect((await post(mode, forceName, { id: forceIds[3] })).cache).toBe("miss");
  });

  // Callers with credentials: credentialed-cache.test.ts.
  it("never caches a mutation or an answer with errors", async () => {
    const mutation = `mutation ($input: CreateEvidenceInput!) { createEvidence(input: $input) { __typename } }`;
    const input = { owner: { forceId: id() }, kind: "POLICY", title: "t", summary: "s", status: "PLANNED" };
    const refused = await post(mode, mutation, { input });
    expect(refused.status).toBe(200);
    expect(JSON.parse(refused.text).data.createEvidence.__typename).toBe("ForbiddenError");
    expect((await post(mode, mutation, { input })).cache).toBe("miss");

    const failing = "query { force(id: 1) { nosuchfield } }";
    expect(JSON.parse((await post(mode, failing, {})).text).errors).toHaveLength(1);
    expect((await post(mode, failing, {})).cache).toBe("miss");
  });

  it("shows a write made through this hub to the next public read", async () => {
    expect(JSON.parse((await post(mode, evidenceTitles, { id: id() })).text)).toEqual({
      data: { force: { evidence: { nodes: [] } } },
    });
    expect((await post(mode, evidenceTitles, { id: id() })).cache).toBe("hit");

    const token = await signToken({ sub: "force-app", role: "force", forces: [id()] });
    const created = await post(
      mode,
      `mutation ($input: CreateEvidenceInput!) { createEvidence(input: $input) {
        ... on MutationCreateEvidenceSuccess { evidence { id } } } }`,
      {
        input: {
          owner: { forceId: id() },
          kind: "POLICY",
          title: `Published ${mode}`,
          summary: "s",
          status: "DELIVERED",
          deliveredOn: "2026-01-01",
        },
      },
      { authorization: `Bearer ${token}` },
    );
    expect(JSON.parse(created.text).data.createEvidence.evidence.id).toMatch(/\w/);

    const after = await post(mode, evidenceTitles, { id: id() });
    expect(after.cache).toBe("miss");
    expect(JSON.parse(after.text)).toEqual({
      data: { force: { evidence: { nodes: [{ title: `Published ${mode}` }] } } },
    });
  });

  it("drops its answers when a change is committed elsewhere (the database's notification)", async () => {
    expect((await post(mode, forceName, { id: forceIds[2] })).cache).not.toBeNull();
    expect((await post(mode, forceName, { id: forceIds[2] })).cache).toBe("hit");
    // As another process would: plain SQL, no announcement from this one.
    const renamed = `Renamed by another process (${mode})`;
    await database.db.$transaction([
      database.db.$executeRaw`update force set name = ${renamed} where id = ${forceIds[2]}`,
      database.db.$executeRaw`insert into audit_event (actor, action, entity_type, entity_id, changes)
        values ('elsewhere', 'UPDATE', 'Force', ${forceIds[2]}, '{}')`,
    ]);
    const after = await eventually(
      () => post(mode, forceName, { id: forceIds[2] }),
      (answer) => answer.text.includes(renamed),
    );
    expect(JSON.parse(after.text)).toEqual({ data: { force: { id: forceIds[2], name: renamed } } });
  });
});
