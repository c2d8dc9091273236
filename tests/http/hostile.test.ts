import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";
import { testDatabase } from "../support/database.ts";

// What an attacker (or a careless client) sends, against real started hubs over HTTP. Every case must
// be refused with its documented code, quickly, without internals in the body, and leave the hub
// answering. The time bound is generous (a loaded 2-core CI machine); refusals take ~10-100 ms.
const bound = 3_000;

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

const nest = (levels: number) => {
  let inner = "id";
  for (let i = 0; i < levels; i++) inner = i % 2 === 0 ? `forces { ${inner} }` : `region { ${inner} }`;
  return `{ force(id: "hertfordshire") { region { ${inner} } } }`;
};

/** Fragments each spreading the next `width` times: width^levels fields once expanded. */
const fragmentBomb = (levels: number, width: number) => {
  const fragments = Array.from(
    { length: levels },
    (_, i) =>
      `fragment F${i} on Force { ${Array(width)
        .fill(`...F${i + 1}`)
        .join(" ")} }`,
  );
  return `{ force(id: "hertfordshire") { ...F0 } } ${fragments.join(" ")} fragment F${levels} on Force { id name }`;
};

const json = (value: unknown) => JSON.stringify(value);
const aliases = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: force(id: "hertfordshire") { id }`).join(" ")} }`;

interface Case {
  name: string;
  body: string;
  status: number;
  code: string;
  limit?: string;
}

const cases: Case[] = [
  {
    name: "the 15-level depth bomb",
    body: json({ query: nest(15) }),
    status: 400,
    code: "QUERY_TOO_DEEP",
    limit: "depth",
  },
  {
    name: "an 8-level bomb within the depth limit",
    body: json({ query: nest(7) }),
    status: 400,
    code: "QUERY_TOO_COMPLEX",
    limit: "cost",
  },
  {
    name: "10,000 aliases",
    body: json({ query: aliases(10_000) }),
    status: 400,
    code: "TOO_MANY_TOKENS",
    limit: "tokens",
  },
  {
    name: "40 aliases",
    body: json({ query: aliases(40) }),
    status: 400,
    code: "TOO_MANY_ALIASES",
    limit: "aliases",
  },
  {
    name: "30 directives",
    body: json({ query: `{ __typename ${"@skip(if: false) ".repeat(30)} }` }),
    status: 400,
    code: "TOO_MANY_DIRECTIVES",
    limit: "directives",
  },
  {
    name: "a nested fragment bomb",
    body: json({ query: fragmentBomb(25, 2) }),
    status: 400,
    code: "QUERY_TOO_DEEP",
  },
  {
    name: "a wide fragment bomb",
    body: json({ query: fragmentBomb(3, 40) }),
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "a 5 MB body",
    body: json({ query: `{ __typename } #${"x".repeat(5_000_000)}` }),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
  },
  { name: "malformed JSON", body: '{"query": "{ __typename }"', status: 400, code: "BAD_REQUEST" },
  {
    name: "a JSON batch array",
    body: json([{ query: "{ __typename }" }, { query: "{ __typename }" }]),
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    name: "a malformed cursor",
    body: json({ query: '{ forces(first: 2, after: "garbage") { nodes { id } } }' }),
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "a cursor holding an out-of-range number",
    body: json({
      query: "query ($after: String) { forces(first: 2, after: $after) { nodes { id } } }",
      variables: { after: Buffer.from("GPC:I:99999999999999999999").toString("base64") },
    }),
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "a negative page size",
    body: json({ query: "{ forces(first: -1) { nodes { id } } }" }),
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "first and last together",
    body: json({ query: "{ forces(first: 5, last: 5) { nodes { id } } }" }),
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "a 60,000-id filter",
    body: json({
      query: "query ($f: WorkforceFilter) { workforce(filter: $f, first: 1) { totalCount } }",
      variables: { f: { forceIds: Array.from({ length: 60_000 }, (_, i) => `f${i}`) } },
    }),
    status: 400,
    code: "BAD_USER_INPUT",
    limit: "listArgument",
  },
  {
    name: "a variable of the wrong type",
    body: json({ query: "query ($n: Int) { forces(first: $n) { totalCount } }", variables: { n: "ten" } }),
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "an argument of the wrong type",
    body: json({ query: '{ forces(first: "ten") { totalCount } }' }),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "an unknown field",
    body: json({ query: "{ secrets }" }),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "a subscription",
    body: json({ query: "subscription { forces { totalCount } }" }),
    status: 400,
    code: "OPERATION_NOT_SUPPORTED",
  },
  {
    name: "an unknown operation name",
    body: json({ query: "query A { __typename }", operationName: "B" }),
    status: 400,
    code: "OPERATION_RESOLUTION_FAILURE",
  },
  { name: "no query at all", body: json({ variables: {} }), status: 400, code: "BAD_REQUEST" },
];

const leaks = /node_modules|\/work\/|\.ts:\d+|\bat \w+ \(|prisma|invocation|stack/i;

describe.each(["monolith", "gateway"])("hostile requests to the %s", (mode) => {
  const url = () => hubs[mode]!.url;

  it.each(cases)("$name → $code", async ({ body, status, code, limit }) => {
    const started = performance.now();
    const response = await fetch(url(), {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body,
    });
    const text = await response.text();
    const elapsed = performance.now() - started;
    expect(response.headers.get("content-type")).toMatch(/^application\/(graphql-response\+)?json/);
    const result = JSON.parse(text);
    expect(result.errors?.map((e: { extensions: { code: string } }) => e.extensions.code)).toContain(code);
    expect(response.status).toBe(status);
    if (limit) expect(result.errors[0].extensions.limit.name).toBe(limit);
    expect(text).not.toMatch(leaks);
    expect(elapsed).toBeLessThan(bound);

    const after = await fetch(url(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: json({ query: '{ force(id: "hertfordshire") { name } }' }),
    });
    expect(await after.json()).toEqual({ data: { force: { name: "Hertfordshire Constabulary" } } });
  });

  it("answers a huge string argument without internals (a force that does not exist)", async () => {
    const { status, body } = await post(url(), {
      query: "query ($id: ID!) { force(id: $id) { id } }",
      variables: { id: "x".repeat(500_000) },
    });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { force: null } });
  });

  it("answers the standard introspection query within the default limits", async () => {
    const { getIntrospectionQuery } = await import("graphql");
    const { status, body } = await post(url(), { query: getIntrospectionQuery() });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.queryType.name).toBe("Query");
  });

  it("still answers every example operation within the default limits", async () => {
    const { exampleOperations } = await import("../../src/server/graphiql.ts");
    for (const { file, query } of exampleOperations()) {
      const { body } = await post(url(), { query });
      expect(body.errors, file).toBeUndefined();
    }
  });
});

async function post(url: string, payload: unknown) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: json(payload),
  });
  // biome-ignore lint/suspicious/noExplicitAny: GraphQL response bodies are arbitrary JSON
  return { status: response.status, body: (await response.json()) as any };
}
