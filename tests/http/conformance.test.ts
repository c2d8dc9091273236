import { type AuditResult, serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";
import { responseMediaType } from "../../src/server/json-status.ts";
import { testDatabase } from "../support/database.ts";

let database: Database;
const hubs: Record<string, RunningHub> = {};

beforeAll(async () => {
  database = await testDatabase("empty");
  hubs.monolith = await startHub({ database, port: 0, mode: "monolith" });
  hubs.gateway = await startHub({ database, port: 0, mode: "gateway" });
});
afterAll(async () => {
  for (const hub of Object.values(hubs)) await hub.close();
  await database?.close();
});

const graphqlResponse = "application/graphql-response+json";

async function request(
  url: string,
  init: { method?: string; accept?: string; body?: unknown; query?: string },
) {
  const target = new URL(url);
  if (init.query !== undefined) target.searchParams.set("query", init.query);
  const response = await fetch(target, {
    method: init.method ?? "POST",
    headers: {
      accept: init.accept ?? graphqlResponse,
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: GraphQL response bodies are arbitrary JSON
  const body = (await response.json()) as any;
  return { status: response.status, type: response.headers.get("content-type"), body };
}

describe.each(["monolith", "gateway"])("GraphQL over HTTP on the %s", (mode) => {
  const url = () => hubs[mode]!.url;

  it("passes every MUST and SHOULD audit of graphql-http", async () => {
    const results: AuditResult[] = [];
    for (const audit of serverAudits({ url: url() })) results.push(await audit.fn());
    expect(results.length).toBeGreaterThan(50);
    const failing = (level: string) =>
      results.filter((r) => r.name.startsWith(level) && r.status !== "ok").map((r) => `${r.id} ${r.name}`);
    expect(failing("MUST")).toEqual([]);
    // Apollo answers parse/validation/variable errors with 400 even for application/json; the SHOULD
    // audits for 200 there pass because of legacyJsonStatusPlugin (src/server/json-status.ts).
    expect(failing("SHOULD")).toEqual([]);
  });

  it("answers with application/graphql-response+json when the client prefers it", async () => {
    const { status, type, body } = await request(url(), { body: { query: "{ __typename }" } });
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/graphql-response\+json/);
    expect(body).toEqual({ data: { __typename: "Query" } });
    const legacy = await request(url(), { accept: "application/json", body: { query: "{ __typename }" } });
    expect(legacy.type).toMatch(/^application\/json/);
  });

  const requestErrors = [
    ["GRAPHQL_PARSE_FAILED", { query: "{ force(id: " }],
    ["GRAPHQL_VALIDATION_FAILED", { query: "{ noSuchField }" }],
    [
      "BAD_USER_INPUT",
      { query: "query ($id: ID!) { force(id: $id) { id } }", variables: { id: { not: "an id" } } },
    ],
  ] as const;

  it.each(requestErrors)(
    "%s: 400 with graphql-response+json, 200 with application/json",
    async (code, body) => {
      const strict = await request(url(), { body });
      expect(strict.status).toBe(400);
      expect(strict.body.data).toBeUndefined();
      expect(strict.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([
        code,
      ]);
      const legacy = await request(url(), { accept: "application/json", body });
      expect(legacy.status).toBe(200);
      expect(legacy.body.errors[0].extensions.code).toBe(code);
    },
  );

  it("executes queries over GET, refuses GET without a query and unsupported methods", async () => {
    const ok = await request(url(), { method: "GET", query: "{ __typename }" });
    expect(ok).toMatchObject({ status: 200, body: { data: { __typename: "Query" } } });
    const missing = await request(url(), { method: "GET" });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].extensions.code).toBe("BAD_REQUEST");
    const put = await fetch(url(), {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, POST");
  });

  it("keeps a bad token's 401 whatever the client accepts", async () => {
    for (const accept of [graphqlResponse, "application/json"]) {
      const response = await fetch(url(), {
        method: "POST",
        headers: { accept, "content-type": "application/json", authorization: "Bearer not-a-jwt" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(response.status, accept).toBe(401);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
    }
  });
});

describe("responseMediaType (the type Apollo will answer with)", () => {
  it.each([
    [undefined, "application/json"],
    ["*/*", "application/json"],
    ["application/*", "application/json"],
    ["application/json", "application/json"],
    ["application/graphql-response+json", "application/graphql-response+json"],
    ["application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json"],
    ["application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json"],
    ["application/graphql-response+json;q=0.8, application/json", "application/json"],
    ["application/graphql-response+json, */*;q=0.1", "application/graphql-response+json"],
  ])("%s → %s", (accept, type) => {
    expect(responseMediaType(accept)).toBe(type);
  });
});
