import type { Request } from "express";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type SubGraphName, subGraphNames } from "../../src/builder.ts";
import { createContext } from "../../src/context.ts";
import type { Database, Db } from "../../src/db/database.ts";
import { subgraphSchema } from "../../src/schema/build.ts";
import type { HttpService } from "../../src/server/http.ts";
import { serveGateway } from "../../src/server/hub.ts";
import type { LocalSubgraph } from "../../src/server/in-process.ts";
import { testDatabase } from "../support/database.ts";
import { createForces, postGraphQL, testJwtSecret } from "../support/hub.ts";

// npm start's gateway runs the subgraphs' fetches on their schemas in its own process. These gateways
// have no subgraph listening anywhere (the committed supergraph's URLs are not served by this test),
// so every answer below was resolved in process.

let database: Database;
let forceIds: string[];
const gateways: HttpService[] = [];

/** A database whose every query fails the way a broken one does, with internals in the message. */
const brokenDb = new Proxy({} as Db, {
  get: () =>
    new Proxy(() => {}, {
      get: () => () => Promise.reject(new Error('relation "secret_internal_table" does not exist')),
      apply: () => Promise.reject(new Error('relation "secret_internal_table" does not exist')),
    }),
});

function local(dbFor: (name: SubGraphName) => Db): Partial<Record<SubGraphName, LocalSubgraph>> {
  return Object.fromEntries(
    subGraphNames.map((name) => [
      name,
      {
        schema: subgraphSchema(name),
        context: async (req: Request) =>
          createContext({ db: dbFor(name), requestId: String(req.headers["x-request-id"] ?? "") }),
      },
    ]),
  );
}

beforeAll(async () => {
  vi.stubEnv("HUB_JWT_SECRET", testJwtSecret);
  database = await testDatabase("empty");
  forceIds = await createForces(database.db, 2);
  await database.db.evidence.create({
    data: {
      id: `${forceIds[0]}-published`,
      kind: "POLICY",
      title: "Published policy",
      summary: "s",
      status: "DELIVERED",
      deliveredOn: new Date("2026-01-01"),
      provenance: "FORCE_SUBMITTED",
      ownerForceId: forceIds[0]!,
    },
  });
});
afterAll(async () => {
  for (const gateway of gateways) await gateway.close();
  await database?.close();
  vi.unstubAllEnvs();
});

const spanning = `query ($id: ID!) { force(id: $id) { id name evidence(first: 5) { totalCount nodes { title } } } }`;

describe("the gateway's in-process subgraphs", () => {
  it("answers a query spanning two subgraphs with no subgraph reachable over HTTP", async () => {
    const gateway = await serveGateway({ urls: {}, local: local(() => database.db), port: 0 });
    gateways.push(gateway);
    const { status, body } = await postGraphQL(gateway.url, spanning, { id: forceIds[0] });
    expect(status).toBe(200);
    expect(body).toEqual({
      data: {
        force: {
          id: forceIds[0],
          name: `Force ${forceIds[0]}`,
          evidence: { totalCount: 1, nodes: [{ title: "Published policy" }] },
        },
      },
    });
  });

  it("codes and masks a subgraph's internal error as its HTTP endpoint would", async () => {
    const gateway = await serveGateway({
      urls: {},
      local: local((name) => (name === "plan" ? brokenDb : database.db)),
      port: 0,
    });
    gateways.push(gateway);
    const { body } = await postGraphQL(gateway.url, spanning, { id: forceIds[1] });
    // Force.evidence is non-null: its failure nulls the force, as it would over HTTP.
    expect(body.data).toEqual({ force: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({
      message: "Internal server error.",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(JSON.stringify(body)).not.toContain("secret_internal_table");
  });
});
