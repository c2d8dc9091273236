import { Redis } from "ioredis";
import { LRUCache } from "lru-cache";
import { logger } from "../../logger.ts";

/** A stored public answer: its status, the headers that describe the body, and the body. */
export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Answers to public requests, keyed by their ETag or body and the data version (so a write or an
 * import makes every older entry unreachable; they age out).
 */
export interface ResponseCache {
  readonly kind: "memory" | "redis";
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, value: CachedResponse): Promise<void>;
  close(): Promise<void>;
}

/** Entries bigger than this are streamed every time (a full workforce export is tens of MB). */
export const maxCachedBytes = 4 * 1024 * 1024;

/**
 * In this process's memory, least recently used out first. Entries also expire after `ttlSeconds`:
 * a few answers depend on the clock as well as the data (upcoming meetings).
 */
export function memoryResponseCache(maxMb: number, ttlSeconds: number): ResponseCache {
  const cache = new LRUCache<string, CachedResponse>({
    ttl: Math.max(ttlSeconds, 1) * 1000,
    maxSize: Math.max(1, Math.floor(maxMb * 1024 * 1024)),
    sizeCalculation: (value) => value.body.length + 200,
  });
  return {
    kind: "memory",
    get: async (key) => cache.get(key),
    set: async (key, value) => {
      cache.set(key, value);
    },
    close: async () => cache.clear(),
  };
}

/**
 * Redis, shared by every hub process. A Redis outage turns into cache misses, never into failed
 * requests: no offline queue, one try per command.
 */
export function redisResponseCache(url: string, ttlSeconds: number, namespace: string): ResponseCache {
  // Hubs on different databases may share one Redis: each keeps to its own keys.
  const prefix = `prap:response:${namespace}:`;
  const redis = new Redis(url, { lazyConnect: false, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  let warned = false;
  redis.on("error", (error) => {
    if (!warned) logger.warn({ err: error }, "response cache: Redis unavailable, answering without it");
    warned = true;
  });
  redis.on("ready", () => {
    warned = false;
  });
  return {
    kind: "redis",
    async get(key) {
      try {
        const stored = await redis.getBuffer(prefix + key);
        if (!stored) return undefined;
        const headerLength = stored.readUInt32BE(0);
        const meta = JSON.parse(stored.subarray(4, 4 + headerLength).toString("utf8"));
        return { status: meta.status, headers: meta.headers, body: stored.subarray(4 + headerLength) };
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      const meta = Buffer.from(JSON.stringify({ status: value.status, headers: value.headers }));
      const length = Buffer.alloc(4);
      length.writeUInt32BE(meta.length);
      try {
        await redis.set(
          prefix + key,
          Buffer.concat([length, meta, value.body]),
          "EX",
          Math.max(ttlSeconds, 1),
        );
      } catch {
        // A miss next time; the answer was already sent.
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}
