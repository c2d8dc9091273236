import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { runImport } from "../../src/importers/index.ts";
import type { RunningHub } from "../../src/server/hub.ts";
import { testDatabase } from "../support/database.ts";
import { signToken, testJwtSecret, uniq } from "../support/hub.ts";
import { closeHubs, startCachingHubs } from "../support/hubs.ts";

let database: Database;
let hubs: Record<string, RunningHub>;

beforeAll(async () => {
  vi.stubEnv("HUB_JWT_SECRET", testJwtSecret);
  database = await testDatabase("seeded");
  hubs = await startCachingHubs(database);
});
afterAll(async () => {
  await closeHubs(hubs);
  await database?.close();
  vi.unstubAllEnvs();
});

const base = (mode: string) => hubs[mode]!.url.replace(/\/graphql$/, "");
const graphqlGet = (mode: string, query: string) => `${hubs[mode]!.url}?query=${encodeURIComponent(query)}`;

/** Rewrites Hertfordshire's Census 2021 Black population in a copy of the shipped file and imports it. */
async function importChangedPopulation(black: number) {
  const shipped = new URL(
    "../../data/census2021-ethnicity-by-pfa/census2021-ethnicity-5group-by-pfa.csv",
    import.meta.url,
  );
  const lines = readFileSync(shipped, "utf8")
    .split("\n")
    .map((line) => (line.startsWith("E23000027,Black,") ? `E23000027,Black,${black}` : line));
  const file = join(mkdtempSync(join(tmpdir(), "i13-census-")), "census2021.csv");
  writeFileSync(file, lines.join("\n"));
  return runImport(database.db, "census2021", file, { actor: "caching-test" });
}

describe.each(["monolith", "gateway"])("HTTP caching on the %s", (mode) => {
  it("gives public exports a max-age and a strong ETag; If-None-Match gets 304; a repeat is served from the cache", async () => {
    const url = `${base(mode)}/export/forces.csv?kind=TERRITORIAL`;
    const first = await fetch(url);
    const body = await first.text();
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(first.headers.get("vary")).toMatch(/Accept.*Authorization.*X-API-Key/);

    const again = await fetch(url, { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);

    const repeat = await fetch(url);
    expect(repeat.headers.get("x-cache")).toBe("hit");
    expect(repeat.headers.get("content-type")).toBe(first.headers.get("content-type"));
    expect(await repeat.text()).toBe(body);
    expect(body.split(/\r?\n/).length).toBeGreaterThan(43);
  });

  it("caches GraphQL queries over GET the same way", async () => {
    const url = graphqlGet(mode, `{ q${uniq()}: forces(first: 3) { nodes { id } } }`);
    const first = await fetch(url, { headers: { accept: "application/graphql-response+json" } });
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    const etag = first.headers.get("etag")!;
    const body = await first.text();
    const again = await fetch(url, {
      headers: { accept: "application/graphql-response+json", "if-none-match": etag },
    });
    expect(again.status).toBe(304);
    const repeat = await fetch(url, { headers: { accept: "application/graphql-response+json" } });
    expect(repeat.headers.get("x-cache")).toBe("hit");
    expect(await repeat.text()).toBe(body);
    // Another media type is another representation: another tag.
    const json = await fetch(url, { headers: { accept: "application/json" } });
    expect(json.headers.get("etag")).not.toBe(etag);
  });

  it("answers authenticated requests private, no-store, and never reuses errors", async () => {
    const token = await signToken({ sub: "analyst", role: "national" });
    const url = `${base(mode)}/export/forces.csv`;
    const authed = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(authed.status).toBe(200);
    expect(authed.headers.get("cache-control")).toBe("private, no-store");
    expect(authed.headers.get("etag")).toBeNull();
    const bad = await fetch(`${base(mode)}/export/forces.csv?kind=NOPE`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("cache-control")).toBe("no-store");
    expect(bad.headers.get("etag")).toBeNull();
  });
});

describe("invalidation", () => {
  it("changes the ETag and the data after an import, for exports and GraphQL GETs alike", async () => {
    const exportUrl = `${base("monolith")}/export/population.csv?censusYears=2021&forceIds=hertfordshire&ethnicGroups=BLACK`;
    const query = graphqlGet(
      "gateway",
      `{ populationBaselines(filter: { censusYears: [2021], forceIds: ["hertfordshire"], ethnicGroups: [BLACK] }) { nodes { population } } }`,
    );
    const before = await fetch(exportUrl);
    const beforeText = await before.text();
    const beforeTag = before.headers.get("etag")!;
    const gqlBefore = await fetch(query);
    const gqlTag = gqlBefore.headers.get("etag")!;
    const population = Number(beforeText.trim().split(/\r?\n/)[1]!.split(",").at(-1));
    expect(population).toBeGreaterThan(0);
    expect((await fetch(exportUrl, { headers: { "if-none-match": beforeTag } })).status).toBe(304);

    const result = await importChangedPopulation(population + 7);
    expect(result.updated).toBe(1);

    const after = await fetch(exportUrl, { headers: { "if-none-match": beforeTag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(beforeTag);
    expect(after.headers.get("x-cache")).toBe("miss");
    expect(Number((await after.text()).trim().split(/\r?\n/)[1]!.split(",").at(-1))).toBe(population + 7);
    const gqlAfter = await fetch(query, { headers: { "if-none-match": gqlTag } });
    expect(gqlAfter.status).toBe(200);
    const gqlBody = (await gqlAfter.json()) as {
      data: { populationBaselines: { nodes: { population: number }[] } };
    };
    expect(gqlBody.data.populationBaselines.nodes[0]?.population).toBe(population + 7);
  });
});
