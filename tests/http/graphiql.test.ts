import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { exampleOperations } from "../../src/server/graphiql.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";
import { testDatabase } from "../support/database.ts";
import { postGraphQL } from "../support/hub.ts";

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

const browserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
const openPage = (url: string) => fetch(url, { headers: { accept: browserAccept } });

describe.each(["monolith", "gateway"])("GraphiQL on the %s endpoint", (mode) => {
  const hub = () => hubs[mode]!;

  it("serves the GraphiQL page to a browser, with the example operations as tabs", async () => {
    const response = await openPage(hub().url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('<div id="graphiql">');
    const config = JSON.parse(html.match(/id="graphiql-config">(.*?)<\/script>/s)![1]!);
    expect(config.tabs.map((tab: { query: string }) => tab.query)).toEqual(
      exampleOperations().map((e) => e.query),
    );
    expect(html).toContain("query ForceAppHertfordshire");
  });

  it("loads every script and stylesheet from this server with the right content type", async () => {
    const html = await (await openPage(hub().url)).text();
    const urls = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBe(5);
    const origin = new URL(hub().url).origin;
    for (const url of urls) {
      expect(url, url).toMatch(/^\/[^/]/);
      const asset = await fetch(new URL(url, origin));
      expect(asset.status, url).toBe(200);
      const type = asset.headers.get("content-type");
      if (url.endsWith(".css")) expect(type, url).toMatch(/^text\/css/);
      else expect(type, url).toMatch(/^(text|application)\/javascript/);
      expect((await asset.text()).length, url).toBeGreaterThan(100);
    }
    expect(urls.some((u) => u.includes("graphiql.min.js"))).toBe(true);
    expect(urls.some((u) => u.includes("react-dom.production.min.js"))).toBe(true);
  });

  it("still executes GET /graphql?query=… as GraphQL over HTTP, even for a browser", async () => {
    const query = encodeURIComponent('{ force(id: "hertfordshire") { name } }');
    for (const accept of ["application/json", browserAccept]) {
      const response = await fetch(`${hub().url}?query=${query}`, { headers: { accept } });
      expect(response.status, accept).toBe(200);
      expect(response.headers.get("content-type"), accept).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({ data: { force: { name: "Hertfordshire Constabulary" } } });
    }
  });

  it("answers clients that do not ask for HTML with GraphQL, not the page", async () => {
    const response = await fetch(hub().url, { headers: { accept: "application/json" } });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("runs every example operation without errors", async () => {
    for (const { file, query } of exampleOperations()) {
      const { status, body } = await postGraphQL(hub().url, query);
      expect(body.errors, file).toBeUndefined();
      expect(status, file).toBe(200);
    }
  });
});
