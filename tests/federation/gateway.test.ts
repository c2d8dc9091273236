import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import gql from "graphql-tag";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { composeSupergraph, hubSubgraphSdls } from "../../src/schema/artifacts.ts";
import type { HttpService } from "../../src/server/http.ts";
import { type RunningHub, serveGateway, startHub } from "../../src/server/hub.ts";
import { testDatabase } from "../support/database.ts";
import { createForces, postGraphQL, signToken, testJwtSecret } from "../support/hub.ts";

let database: Database;
let hub: RunningHub;
let forceIds: string[];

beforeAll(async () => {
  vi.stubEnv("HUB_JWT_SECRET", testJwtSecret);
  database = await testDatabase("empty");
  forceIds = await createForces(database.db, 3);
  hub = await startHub({ database, port: 0, mode: "gateway" });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await hub?.close();
  await database?.close();
});

describe("gateway over the hub's subgraphs", () => {
  it("each running subgraph's _service.sdl equals the committed file", async () => {
    const committed = Object.fromEntries(hubSubgraphSdls().map((s) => [s.name, s.sdl]));
    for (const [name, url] of Object.entries(hub.subgraphs)) {
      const { body } = await postGraphQL(url as string, "{ _service { sdl } }");
      expect(body.data._service.sdl, name).toBe(committed[name]);
    }
  });

  it("answers a force query through the gateway", async () => {
    const { status, body } = await postGraphQL(hub.url, "query ($id: ID!) { force(id: $id) { id name } }", {
      id: forceIds[1],
    });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { force: { id: forceIds[1], name: `Force ${forceIds[1]}` } } });
  });

  it("knows the viewer from a force app's token", async () => {
    const token = await signToken({ sub: "herts-app", role: "force", forces: [forceIds[0]!] });
    const { body } = await postGraphQL(hub.url, "{ viewer { subject role forces { id } } }", undefined, {
      authorization: `Bearer ${token}`,
    });
    expect(body).toEqual({
      data: { viewer: { subject: "herts-app", role: "FORCE", forces: [{ id: forceIds[0] }] } },
    });
    const anonymous = await postGraphQL(hub.url, "{ viewer { subject role forces { id } } }");
    expect(anonymous.body).toEqual({
      data: { viewer: { subject: "anonymous", role: "PUBLIC", forces: [] } },
    });
  });

  it("refuses a bad token with UNAUTHENTICATED and 401", async () => {
    const { status, body } = await postGraphQL(hub.url, "{ __typename }", undefined, {
      authorization: "Bearer not-a-jwt",
    });
    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});

/** Records the headers each subgraph receives, then forwards the request to the real subgraph. */
async function spyProxy(target: string, seen: IncomingHttpHeaders[]): Promise<HttpService> {
  const server: Server = createServer(async (req, res) => {
    seen.push(req.headers);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const upstream = await fetch(target, {
      method: req.method,
      headers: { "content-type": "application/json", authorization: req.headers.authorization ?? "" },
      body: Buffer.concat(chunks),
    });
    res.writeHead(upstream.status, { "content-type": "application/json" });
    res.end(await upstream.text());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe("request context crosses the gateway", () => {
  it("forwards the caller's Authorization and request id to every subgraph it calls", async () => {
    const seen: Record<string, IncomingHttpHeaders[]> = {};
    const proxies: HttpService[] = [];
    const urls: Record<string, string> = {};
    for (const [name, url] of Object.entries(hub.subgraphs)) {
      seen[name] = [];
      const proxy = await spyProxy(url as string, seen[name]);
      proxies.push(proxy);
      urls[name] = proxy.url;
    }
    const gateway = await serveGateway({ urls, port: 0 });
    try {
      const token = await signToken({ sub: "force-app", role: "force", forces: [forceIds[0]!] });
      // One field from each subgraph: the gateway calls all three.
      const { body } = await postGraphQL(
        gateway.url,
        "query ($id: ID!) { force(id: $id) { id name evidence { totalCount } representation { asAt } } }",
        { id: forceIds[0] },
        { authorization: `Bearer ${token}`, "x-request-id": "req-123" },
      );
      expect(body.data.force.id).toBe(forceIds[0]);
      expect(body.errors).toBeUndefined();
      for (const name of ["organisations", "plan", "workforce"]) expect(seen[name]!.length, name).toBe(1);
      const called = Object.values(seen).flat();
      for (const headers of called) {
        expect(headers.authorization).toBe(`Bearer ${token}`);
        expect(headers["x-request-id"]).toBe("req-123");
      }
    } finally {
      await gateway.close();
      for (const proxy of proxies) await proxy.close();
    }
  });
});

describe("an outside subgraph extends the hub's entities without changing its code", () => {
  const hrTypeDefs = gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
    type Force @key(fields: "id") {
      id: ID!
      "Headcount according to the force's own HR system."
      hrHeadcount: Int
    }
  `;

  it("composes and answers Force.hrHeadcount next to hub fields", async () => {
    const hr = new ApolloServer({
      schema: buildSubgraphSchema({
        typeDefs: hrTypeDefs,
        resolvers: {
          Force: {
            __resolveReference: (ref: { id: string }) => ({ id: ref.id, hrHeadcount: ref.id.length * 100 }),
          },
        },
      }),
    });
    await hr.start();
    const app = express();
    app.use("/graphql", express.json(), expressMiddleware(hr));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const hrUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const { print } = await import("graphql");
    const { supergraphSdl } = composeSupergraph([
      ...hubSubgraphSdls(),
      { name: "hr", url: hrUrl, sdl: print(hrTypeDefs) },
    ]);
    const gateway = await serveGateway({
      urls: hub.subgraphs as Record<string, string>,
      port: 0,
      supergraphSdl,
    });
    try {
      const { body } = await postGraphQL(
        gateway.url,
        "query ($id: ID!) { force(id: $id) { id name hrHeadcount } }",
        {
          id: forceIds[2],
        },
      );
      expect(body).toEqual({
        data: {
          force: { id: forceIds[2], name: `Force ${forceIds[2]}`, hrHeadcount: forceIds[2]!.length * 100 },
        },
      });
    } finally {
      await gateway.close();
      await hr.stop();
      server.close();
    }
  });
});
