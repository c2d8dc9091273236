import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";
import { testDatabase } from "../support/database.ts";
import { postGraphQL, signToken, testJwtSecret } from "../support/hub.ts";
import { createWriteWorld, rowCounts, type WriteWorld } from "./fixtures.ts";
import * as op from "./operations.ts";

// Through the gateway, with tokens signed independently of the hub (tests/support/hub.ts), as a force
// app would send them.

let database: Database;
let hub: RunningHub;
let w: WriteWorld;
let tokens: Record<"herts" | "national", string>;

beforeAll(async () => {
  process.env.HUB_JWT_SECRET = testJwtSecret;
  database = await testDatabase("empty");
  w = await createWriteWorld(database.db);
  hub = await startHub({ database, port: 0, mode: "gateway" });
  tokens = {
    herts: await signToken({ sub: w.viewers.herts.subject, role: "force", forces: [w.herts] }),
    national: await signToken({ sub: w.viewers.national.subject, role: "national" }),
  };
});
afterAll(async () => {
  await hub?.close();
  await database?.close();
});

async function call(query: string, variables: Record<string, unknown>, token?: string) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const { status, body } = await postGraphQL(hub.url, query, variables, headers);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const input = (owner: Record<string, unknown>, title: string) => ({
  owner,
  kind: "SURVEY",
  title,
  summary: "Black workforce survey",
});

describe("force app writes through the gateway", () => {
  it("a Hertfordshire token creates for Hertfordshire and BCH and is refused for Cheshire, writing nothing", async () => {
    const own = await call(
      op.createEvidence,
      { input: input({ forceId: w.herts }, "Herts survey") },
      tokens.herts,
    );
    expect(own.createEvidence.evidence).toMatchObject({ title: "Herts survey", ownerForce: { id: w.herts } });
    const bch = await call(
      op.createEvidence,
      { input: input({ collaborationId: w.bch }, "BCH survey") },
      tokens.herts,
    );
    expect(bch.createEvidence.evidence).toMatchObject({
      ownerCollaboration: { id: w.bch },
      ownerForce: null,
    });
    const before = await rowCounts(database.db);
    const other = await call(
      op.createEvidence,
      { input: input({ forceId: w.cheshire }, "Not ours") },
      tokens.herts,
    );
    expect(other.createEvidence.__typename).toBe("ForbiddenError");
    expect(await rowCounts(database.db)).toEqual(before);
  });

  it("a public caller cannot write and cannot see drafts; national sees everything", async () => {
    const draft = await call(
      op.createEvidence,
      { input: input({ forceId: w.herts }, "Herts draft") },
      tokens.herts,
    );
    const id = draft.createEvidence.evidence.id;
    const before = await rowCounts(database.db);
    const refused = await call(op.createEvidence, { input: input({ forceId: w.herts }, "Anonymous") });
    expect(refused.createEvidence.__typename).toBe("ForbiddenError");
    expect(await rowCounts(database.db)).toEqual(before);

    const forceEvidence = `query ($id: ID!, $force: ID!) {
      evidenceItem(id: $id) { id published }
      force(id: $force) { name evidence(first: 100) { totalCount nodes { id } } }
    }`;
    const variables = { id, force: w.herts };
    const asPublic = await call(forceEvidence, variables);
    expect(asPublic.evidenceItem).toBeNull();
    expect(asPublic.force.evidence.nodes.map((n: { id: string }) => n.id)).not.toContain(id);
    const asNational = await call(forceEvidence, variables, tokens.national);
    expect(asNational.evidenceItem).toEqual({ id, published: false });
    expect(asNational.force.evidence.totalCount).toBe(
      await database.db.evidence.count({ where: { ownerForceId: w.herts } }),
    );
    const trail = await call(op.auditTrail, { filter: { entityId: id } }, tokens.national);
    expect(trail.auditTrail.nodes).toMatchObject([
      {
        action: "CREATE",
        actor: w.viewers.herts.subject,
        actorRole: "force",
        before: null,
        after: { title: "Herts draft" },
      },
    ]);
  });
});
