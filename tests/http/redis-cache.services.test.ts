import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { defaultBiConfig } from "../../src/server/bi.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";
import { testDatabase } from "../support/database.ts";
import { postGraphQL, signToken, testJwtSecret, uniq } from "../support/hub.ts";

// The response cache in Redis (REDIS_URL): needs the local Redis server, so it runs with the
// services tests (TEST_DATABASE=postgres, as CI does); the memory cache is covered in caching.test.ts.
const redisUrl = "redis://127.0.0.1:6379";
let database: Database;
let hub: RunningHub;
let other: RunningHub;

beforeAll(async () => {
  vi.stubEnv("HUB_JWT_SECRET", testJwtSecret);
  database = await testDatabase("seeded");
  const bi = { ...defaultBiConfig, responseCacheMb: 16, redisUrl };
  hub = await startHub({ database, port: 0, mode: "gateway", bi });
  // Another hub process on the same database and Redis (a second instance behind a load balancer).
  other = await startHub({ database, port: 0, mode: "monolith", bi });
});
afterAll(async () => {
  await hub?.close();
  await other?.close();
  await database?.close();
  vi.unstubAllEnvs();
});

describe("the Redis response cache", () => {
  it("stores public answers in Redis when REDIS_URL is set", async () => {
    const url = `${hub.url}?query=${encodeURIComponent(`{ r${uniq()}: regions { id } }`)}`;
    const first = await fetch(url);
    expect(first.headers.get("x-cache")).toBe("miss");
    const etag = first.headers.get("etag")!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const redis = new Redis(redisUrl);
    try {
      const keys = await redis.keys(`prap:response:*${etag.replaceAll('"', "")}`);
      expect(keys.length).toBe(1);
    } finally {
      redis.disconnect();
    }
    expect((await fetch(url)).headers.get("x-cache")).toBe("hit");
  });

  it("shares a token's answers between hub processes, for that viewer only", async () => {
    const query = `{ viewer { subject } r${uniq()}: regions { id } }`;
    const sub = `national-app-${uniq()}`;
    const auth = { authorization: `Bearer ${await signToken({ sub, role: "national" })}` };
    const post = async (url: string, headers: Record<string, string>) => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query }),
      });
      return { cache: response.headers.get("x-cache"), body: await response.json() };
    };
    const first = await post(hub.url, auth);
    expect(first.cache).toBe("miss");
    expect(first.body.data.viewer).toEqual({ subject: sub });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The gateway and the monolith give the same JSON, so the other process may replay it.
    expect(await post(other.url, auth)).toEqual({ ...first, cache: "hit" });
    const stranger = { authorization: `Bearer ${await signToken({ sub: `x-${uniq()}`, role: "national" })}` };
    const theirs = await post(other.url, stranger);
    expect(theirs.cache).toBe("miss");
    expect(theirs.body.data.viewer.subject).not.toBe(sub);
    expect((await postGraphQL(other.url, query)).body.data.viewer).toEqual({ subject: "anonymous" });
  });
});
