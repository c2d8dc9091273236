import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";
import { testDatabase } from "../support/database.ts";
import { postGraphQL, signToken, testJwtSecret } from "../support/hub.ts";

// The middleware every endpoint shares: CORS, health, readiness, metrics and token refusals over HTTP.
let database: Database;
const hubs: Record<string, RunningHub> = {};
const saved = { ...process.env };

beforeAll(async () => {
  process.env.HUB_JWT_SECRET = testJwtSecret;
  process.env.HUB_JWT_ISSUER = "https://idp.example.police.uk";
  database = await testDatabase("empty");
  hubs.monolith = await startHub({ database, port: 0, mode: "monolith" });
  hubs.gateway = await startHub({ database, port: 0, mode: "gateway" });
  process.env.HUB_CORS_ORIGINS = "https://app.example.police.uk, https://bi.example.org";
  hubs.restricted = await startHub({ database, port: 0, mode: "monolith" });
});
afterAll(async () => {
  for (const hub of Object.values(hubs)) await hub.close();
  await database?.close();
  process.env = saved;
});

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization,content-type",
    },
  });

describe.each(["monolith", "gateway"])("the %s endpoint", (mode) => {
  const hub = () => hubs[mode]!;

  it("answers a CORS preflight on /graphql allowing POST and Authorization", async () => {
    const urls = [hub().url, ...Object.values(hub().subgraphs)] as string[];
    for (const url of urls) {
      const response = await preflight(url, "https://app.example.org");
      expect(response.status, url).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-allow-methods")).toContain("POST");
      expect(response.headers.get("access-control-allow-headers")).toMatch(/authorization/i);
    }
  });

  it("serves /health, /ready with the database check, and Prometheus /metrics", async () => {
    const base = new URL(hub().url);
    const health = await fetch(new URL("/health", base));
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(new URL("/ready", base));
    const expected =
      mode === "gateway" ? { organisations: "ok", plan: "ok", workforce: "ok" } : { database: "ok" };
    expect({ status: ready.status, body: await ready.json() }).toEqual({
      status: 200,
      body: { status: "ready", checks: expected },
    });
    await postGraphQL(hub().url, "query MetricsProbe { __typename }");
    const metrics = await (await fetch(new URL("/metrics", base))).text();
    expect(metrics).toMatch(
      /hub_graphql_request_duration_seconds_count\{service="\w+",operation="MetricsProbe",status="200"\} \d+/,
    );
    expect(metrics).toContain("hub_nodejs_eventloop_lag_seconds");
    expect(metrics).toContain("hub_process_resident_memory_bytes");
  });

  it("echoes a well-formed X-Request-Id and replaces a hostile one", async () => {
    const given = await fetch(hub().url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "req-123" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(given.headers.get("x-request-id")).toBe("req-123");
    const hostile = await fetch(hub().url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": `<script> ${"x".repeat(300)}` },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(hostile.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  // POST /graphql runs on Node's objects, POST /graphql/ through Express (src/server/http.ts): both
  // must apply the same steps.
  it("answers POST /graphql and POST /graphql/ alike: body, status and the edge's headers", async () => {
    const ask = async (path: string, body: string) => {
      const response = await fetch(new URL(path, hub().url), {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: "https://app.example.org",
          "x-request-id": `edge-${path.length}`,
        },
        body,
      });
      const headers = ["access-control-allow-origin", "cache-control", "content-type"];
      return {
        status: response.status,
        body: await response.json(),
        headers: Object.fromEntries(headers.map((name) => [name, response.headers.get(name)])),
        requestId: response.headers.get("x-request-id"),
      };
    };
    const query = JSON.stringify({ query: "{ forces(first: 1) { totalCount } }" });
    const lean = await ask("/graphql", query);
    const express = await ask("/graphql/", query);
    expect(lean).toEqual({ ...express, requestId: "edge-8" });
    expect(express.requestId).toBe("edge-9");
    expect(lean.status).toBe(200);
    expect(lean.headers).toEqual({
      // Hive Gateway's runtime answers CORS itself, reflecting an allowed origin, over the edge's "*".
      "access-control-allow-origin": mode === "gateway" ? "https://app.example.org" : "*",
      "cache-control": "no-store",
      "content-type": "application/json; charset=utf-8",
    });
    const malformed = await ask("/graphql", '{"query": "{ __typename }"');
    expect(malformed).toEqual({
      ...(await ask("/graphql/", '{"query": "{ __typename }"')),
      requestId: "edge-8",
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].extensions.code).toBe("BAD_REQUEST");
  });

  it("refuses tokens without exp, from another issuer or signed with another secret with 401", async () => {
    const { SignJWT } = await import("jose");
    const key = new TextEncoder().encode(testJwtSecret);
    const issuer = "https://idp.example.police.uk";
    const noExp = await new SignJWT({ role: "admin" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("x")
      .setIssuer(issuer)
      .sign(key);
    const otherIssuer = await new SignJWT({ role: "admin" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("x")
      .setIssuer("https://evil.example")
      .setExpirationTime("5m")
      .sign(key);
    const otherSecret = await signToken({ sub: "x", role: "admin" }, "another-secret-of-at-least-32-bytes!!");
    for (const token of [noExp, otherIssuer, otherSecret]) {
      const { status, body } = await postGraphQL(hub().url, "{ __typename }", undefined, {
        authorization: `Bearer ${token}`,
      });
      expect(status).toBe(401);
      expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    }
    const good = await new SignJWT({ role: "national" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("analyst")
      .setIssuer(issuer)
      .setExpirationTime("5m")
      .sign(key);
    const ok = await postGraphQL(hub().url, "{ __typename }", undefined, { authorization: `Bearer ${good}` });
    expect(ok).toEqual({ status: 200, body: { data: { __typename: "Query" } } });
  });
});

describe("HUB_CORS_ORIGINS", () => {
  it("allows the listed origins only", async () => {
    const allowed = await preflight(hubs.restricted!.url, "https://bi.example.org");
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://bi.example.org");
    const other = await preflight(hubs.restricted!.url, "https://evil.example");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});
