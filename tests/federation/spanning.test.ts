import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "../../src/db/database.ts";
import type { HttpService } from "../../src/server/http.ts";
import { type RunningHub, serveMonolith, startHub } from "../../src/server/hub.ts";
import { testDatabase } from "../support/database.ts";
import { postGraphQL, signToken, testJwtSecret } from "../support/hub.ts";

// The check: one query over all three subgraphs answers the same through the gateway, from the
// single-process schema, and from each subgraph asked directly (what the gateway's plan stitches).
const spanning = /* GraphQL */ `
  query Spanning($id: ID!) {
    force(id: $id) {
      id name region { name }
      collaborationPartners { id name }
      evidence(first: 50) { totalCount nodes { id title status objectives { code area { code } } } }
      boards(first: 20) { totalCount nodes { name type } }
      representation { asAt censusYear statedHeadcount groups { group headcount ratio suppressed } }
    }
  }
`;

const encode = (text: string) => Buffer.from(text).toString("base64");

let database: Database;
let hub: RunningHub;
let monolith: HttpService;
let auth: Record<string, string>;

beforeAll(async () => {
  vi.stubEnv("HUB_JWT_SECRET", testJwtSecret);
  database = await testDatabase("seeded");
  hub = await startHub({ database, port: 0, mode: "gateway" });
  monolith = await serveMonolith(database, 0);
  auth = { authorization: `Bearer ${await signToken({ sub: "programme-team", role: "national" })}` };
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await hub?.close();
  await monolith?.close();
  await database?.close();
});

async function direct(name: string, query: string, variables: Record<string, unknown>) {
  const { body } = await postGraphQL(hub.subgraphs[name as "plan"]!, query, variables, auth);
  expect(body.errors, name).toBeUndefined();
  return body.data;
}

describe("a query spanning organisations, plan and workforce", () => {
  for (const id of ["hertfordshire", "cheshire"]) {
    it(`returns the same data for ${id} through the gateway, the single process and the subgraphs`, async () => {
      const viaGateway = await postGraphQL(hub.url, spanning, { id }, auth);
      const viaMonolith = await postGraphQL(monolith.url, spanning, { id }, auth);
      expect(viaGateway.body.errors).toBeUndefined();
      expect(viaGateway.body).toEqual(viaMonolith.body);

      const force = viaGateway.body.data.force;
      expect(force.name).toBe(
        id === "hertfordshire" ? "Hertfordshire Constabulary" : "Cheshire Constabulary",
      );
      expect(force.evidence.totalCount).toBeGreaterThan(0);
      expect(force.representation.statedHeadcount).toBeGreaterThan(1000);

      const reps = { reps: [{ __typename: "Force", id }] };
      const organisations = await direct(
        "organisations",
        "query ($id: ID!) { force(id: $id) { id name region { name } collaborationPartners { id name } } }",
        { id },
      );
      const plan = await direct(
        "plan",
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Force {
          evidence(first: 50) { totalCount nodes { id title status objectives { code area { code } } } }
          boards(first: 20) { totalCount nodes { name type } } } } }`,
        reps,
      );
      const workforce = await direct(
        "workforce",
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Force {
          representation { asAt censusYear statedHeadcount groups { group headcount ratio suppressed } } } } }`,
        reps,
      );
      expect(force).toEqual({ ...organisations.force, ...plan._entities[0], ...workforce._entities[0] });
    });
  }

  it("lists Hertfordshire's BCH partners", async () => {
    const { body } = await postGraphQL(hub.url, spanning, { id: "hertfordshire" }, auth);
    expect(body.data.force.collaborationPartners.map((f: { id: string }) => f.id).sort()).toEqual([
      "bedfordshire",
      "cambridgeshire",
    ]);
  });

  it("passes a subgraph's error code through the gateway", async () => {
    const { body } = await postGraphQL(
      hub.url,
      `{ force(id: "hertfordshire") { name representation(input: { censusYear: 2001 }) { asAt } } }`,
    );
    expect(body.data.force).toEqual({ name: "Hertfordshire Constabulary", representation: null });
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0].message).toMatch(/censusYear must be one of 2011, 2021/);
    expect(body.errors[0].path).toEqual(["force", "representation"]);
  });

  it("answers Relay node(id:) through the gateway for entities of every subgraph", async () => {
    const ids = await postGraphQL(
      hub.url,
      `{ force(id: "hertfordshire") { nodeId region { nodeId } evidence(first: 1) { nodes { nodeId title } }
          boards(first: 1) { nodes { nodeId name } } }
         plan(version: "prap-2022-final") { nodeId title } }`,
    );
    expect(ids.body.errors).toBeUndefined();
    const { force, plan } = ids.body.data;
    const evidence = force.evidence.nodes[0];
    const board = force.boards.nodes[0];
    const { body } = await postGraphQL(
      hub.url,
      `query ($ids: [ID!]!) { nodes(ids: $ids) {
        __typename nodeId
        ... on Force { name }
        ... on Evidence { title ownerForce { id } }
        ... on Board { name }
        ... on PlanVersion { title }
      } }`,
      {
        ids: [force.nodeId, evidence.nodeId, board.nodeId, plan.nodeId, encode("Evidence:no-such-evidence")],
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.nodes).toEqual([
      { __typename: "Force", nodeId: force.nodeId, name: "Hertfordshire Constabulary" },
      {
        __typename: "Evidence",
        nodeId: evidence.nodeId,
        title: evidence.title,
        ownerForce: { id: "hertfordshire" },
      },
      { __typename: "Board", nodeId: board.nodeId, name: board.name },
      { __typename: "PlanVersion", nodeId: plan.nodeId, title: plan.title },
      null,
    ]);

    const malformed = await postGraphQL(hub.url, `{ node(id: "${encode("not-a-node-id")}") { nodeId } }`);
    expect(malformed.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(malformed.body.data).toEqual({ node: null });
  });
});
