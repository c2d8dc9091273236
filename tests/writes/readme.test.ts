import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";
import { testDatabase } from "../support/database.ts";
import { postGraphQL, uniq } from "../support/hub.ts";

// The README's force-app round trip, executed as written: its `hub token` commands and its GraphQL
// blocks, in order, against a seeded hub behind the gateway.

const secret = `readme-round-trip-${uniq()}-${uniq()}-${uniq()}`;
let database: Database;
let hub: RunningHub;

beforeAll(async () => {
  process.env.HUB_JWT_SECRET = secret;
  database = await testDatabase("seeded");
  hub = await startHub({ database, port: 0, mode: "gateway" });
});
afterAll(async () => {
  await hub?.close();
  await database?.close();
});

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const roundTrip = readme.slice(
  readme.indexOf("<!-- round-trip:start"),
  readme.indexOf("<!-- round-trip:end"),
);
const graphqlBlocks = [...roundTrip.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** Runs `npx hub token …` exactly as the README writes it (through bin/hub.mjs). */
async function hubToken(command: string): Promise<string> {
  const args = command.replace(/^npx hub /, "").split(/\s+/);
  const { stdout } = await promisify(execFile)(process.execPath, ["bin/hub.mjs", ...args], {
    env: { ...process.env, HUB_JWT_SECRET: secret },
  });
  return stdout.trim();
}

async function send(query: string, variables: Record<string, unknown>, token: string) {
  const { status, body } = await postGraphQL(hub.url, query, variables, { authorization: `Bearer ${token}` });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data;
}

it("the README's round trip works as written: token, record, deliver, national rollup and audit", async () => {
  const forceCommand = /TOKEN=\$\((npx hub token [^)]*)\)/.exec(roundTrip)?.[1];
  const nationalCommand = /\(`(npx hub token --role national)`\)/.exec(roundTrip)?.[1];
  expect([forceCommand, nationalCommand, graphqlBlocks.length]).toEqual([
    "npx hub token --role force --force hertfordshire",
    "npx hub token --role national",
    3,
  ]);
  const [record, deliver, rollup] = graphqlBlocks as [string, string, string];
  const forceToken = await hubToken(forceCommand!);
  const nationalToken = await hubToken(nationalCommand!);
  const deliveredBefore = await database.db.evidence.count({
    where: { ownerForceId: "hertfordshire", status: { in: ["DELIVERED", "VERIFIED"] } },
  });

  const key = `readme-${uniq()}`;
  const created = await send(record, { key }, forceToken);
  expect(created.createEvidence.__typename).toBe("MutationCreateEvidenceSuccess");
  const { id, version } = created.createEvidence.evidence;
  expect(created.createEvidence.evidence).toMatchObject({
    version: 1,
    status: "IN_PROGRESS",
    published: false,
  });
  const retried = await send(record, { key }, forceToken);
  expect(retried.createEvidence.evidence.id).toBe(id);

  const delivered = await send(deliver, { id, version }, forceToken);
  expect(delivered.changeEvidenceStatus.evidence).toEqual({
    status: "DELIVERED",
    deliveredOn: "2024-11-20",
    version: 2,
    published: true,
  });
  const stale = await send(deliver, { id, version }, forceToken);
  expect(stale.changeEvidenceStatus).toEqual({ __typename: "ConflictError", currentVersion: 2 });

  const national = await send(rollup, { id }, nationalToken);
  expect(national.force.delivered.totalCount).toBe(deliveredBefore + 1);
  expect(national.auditTrail.nodes.map((n: { action: string }) => n.action)).toEqual(["UPDATE", "CREATE"]);
  expect(national.auditTrail.nodes[0]).toMatchObject({
    actor: "dev-force-hertfordshire",
    actorRole: "force",
    before: { status: "IN_PROGRESS", version: 1 },
    after: { status: "DELIVERED", version: 2 },
  });
});
