import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";
import { testDatabase } from "../support/database.ts";
import { uniq } from "../support/hub.ts";

// The response cache in Redis (REDIS_URL): needs the local Redis server, so it runs with the
// services tests (TEST_DATABASE=postgres, as CI does); the memory cache is covered in caching.test.ts.
const redisUrl = "redis://127.0.0.1:6379";
let database: Database;
let hub: RunningHub;

beforeAll(async () => {
  database = await testDatabase("seeded");
  const bi = {
    maxAgeSeconds: 60,
    responseCacheMb: 16,
    trustedDocumentsOnly: false,
    cacheCredentialed: true,
    redisUrl,
  };
  hub = await startHub({ database, port: 0, mode: "gateway", bi });
});
afterAll(async () => {
  await hub?.close();
  await database?.close();
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
});
