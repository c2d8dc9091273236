import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import onHeaders from "on-headers";
import { logger } from "../../logger.ts";
import type { DataVersionTracker } from "../../services/data-version.ts";
import { type HttpHandler, type HttpRequest, requestRecord } from "../http.ts";
import { type CachedResponse, maxCachedBytes, type ResponseCache } from "./response-cache.ts";

/** Headers a cached answer is replayed with (the rest are per request). */
const replayed = ["content-type", "content-disposition"] as const;

/** Whether the request carries credentials: its answer is the caller's own, never shared. */
export function hasCredentials(req: IncomingMessage): boolean {
  return Boolean(req.headers.authorization || req.headers["x-api-key"]);
}

/**
 * A strong ETag: the same URL (and Accept, which picks the media type) at the same data version gets
 * byte-identical bytes, because exports and queries are deterministic given the data.
 */
export function entityTag(version: string, req: Request): string {
  const hash = createHash("sha256")
    .update(`${version}\n${req.originalUrl}\n${req.headers.accept ?? ""}`)
    .digest("base64url");
  return `"${hash.slice(0, 32)}"`;
}

/**
 * RFC 9110 If-None-Match (weak comparison). Evaluated whatever the request's Cache-Control says: an
 * origin server answers the condition (fetch() adds `no-cache` to every conditional request).
 */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

function replay(res: ServerResponse, cached: CachedResponse) {
  for (const [name, value] of Object.entries(cached.headers)) res.setHeader(name, value);
  res.setHeader("x-cache", "hit");
  res.statusCode = cached.status;
  res.end(cached.body);
}

/** Copies what the handler writes (up to maxCachedBytes) so the answer can be stored once sent. */
function capture(res: ServerResponse, store: (body: Buffer) => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (overflow || chunk == null || typeof chunk === "function") return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk as string, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
    size += buffer.length;
    if (size > maxCachedBytes) {
      overflow = true;
      chunks.length = 0;
    } else chunks.push(buffer);
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse["write"];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    const result = end(chunk, ...rest);
    if (!overflow && res.statusCode === 200) store(Buffer.concat(chunks));
    return result;
  }) as ServerResponse["end"];
}

/** A GraphQL answer with errors (a failed resolver) is sent but not stored. */
function hasGraphQLErrors(res: ServerResponse, body: Buffer): boolean {
  if (!/json(;|$)/.test(String(res.getHeader("content-type") ?? ""))) return false;
  try {
    return "errors" in (JSON.parse(body.toString("utf8")) as object);
  } catch {
    return true;
  }
}

/** Stores the answer once sent, if it is a complete 200 without GraphQL errors (and `also` agrees). */
function storeWhenSent(
  res: ServerResponse,
  cache: ResponseCache,
  key: string,
  also: () => boolean = () => true,
) {
  capture(res, (body) => {
    if (!also() || hasGraphQLErrors(res, body)) return;
    const headers: Record<string, string> = {};
    for (const name of replayed) {
      const value = res.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    cache.set(key, { status: 200, headers, body }).catch((error) => {
      logger.warn({ err: error }, "response cache: could not store an answer");
    });
  });
  res.setHeader("x-cache", "miss");
}

/** The key of a public POSTed GraphQL request: the data version, the media type asked for and the body. */
function postKey(version: string, req: HttpRequest): string | undefined {
  const body = req.body;
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined;
  return createHash("sha256")
    .update(`${version}\nPOST ${req.url}\n${req.headers.accept ?? ""}\n${JSON.stringify(body)}`)
    .digest("base64url");
}

/**
 * The data version, or nothing when it cannot be read (the database is down): the request then runs
 * uncached, and its handler answers the outage as such (503 DATABASE_UNAVAILABLE), not as a cache fault.
 */
async function versionOrNothing(tracker: DataVersionTracker): Promise<string | undefined> {
  try {
    return await tracker.current();
  } catch {
    return undefined;
  }
}

/**
 * Public POSTed queries on /graphql (dashboards, BI tools, the national team's views without a token)
 * are answered from the response cache, keyed by data version and body; a POST is stored only when it
 * ran a query (never a mutation). Requests with credentials are never cached; only 200 answers are.
 */
export function postCache(options: { version: DataVersionTracker; cache: ResponseCache }): HttpHandler {
  const { cache } = options;
  return (req, res, next) => {
    if (hasCredentials(req)) return next();
    (async () => {
      const version = await versionOrNothing(options.version);
      const key = version === undefined ? undefined : postKey(version, req);
      if (!key) return next();
      const cached = await cache.get(key).catch(() => undefined);
      if (cached) return replay(res, cached);
      const record = requestRecord(req);
      storeWhenSent(res, cache, key, () => record.operationType === "query");
      next();
    })().catch(next);
  };
}

/**
 * HTTP caching for public GET answers (GraphQL queries over GET and exports): `Cache-Control: public,
 * max-age` and a strong ETag derived from the data version, so a write or an import changes it;
 * `If-None-Match` → 304 without running anything; a response cache serves repeats. Requests with
 * credentials are answered `private, no-store` and never cached. Only 200 answers are cacheable.
 */
export function httpCache(options: {
  version: DataVersionTracker;
  cache?: ResponseCache;
  maxAgeSeconds: number;
}): RequestHandler {
  const publicPolicy = `public, max-age=${options.maxAgeSeconds}`;
  const cache = options.cache;
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    res.vary("Accept").vary("Authorization").vary("X-API-Key");
    if (hasCredentials(req)) {
      res.setHeader("cache-control", "private, no-store");
      return next();
    }
    const version = await versionOrNothing(options.version);
    if (version === undefined) {
      res.setHeader("cache-control", "no-store");
      return next();
    }
    const etag = entityTag(version, req);
    res.setHeader("etag", etag);
    res.setHeader("cache-control", publicPolicy);
    // Errors (bad parameters, a failed query) are not the resource: never let them be reused.
    onHeaders(res, () => {
      if (res.statusCode === 200 || res.statusCode === 304) {
        // Every GraphQL answer starts no-store (http.ts); a public GET at a known data version is reusable.
        res.setHeader("cache-control", publicPolicy);
      } else {
        res.removeHeader("etag");
        res.setHeader("cache-control", "no-store");
      }
    });
    if (noneMatch(req.headers["if-none-match"], etag)) {
      res.status(304).end();
      return;
    }
    const key = etag.slice(1, -1);
    const cached = await cache?.get(key).catch(() => undefined);
    if (cached) {
      replay(res, cached);
      return;
    }
    if (cache && req.method === "GET") storeWhenSent(res, cache, key);
    next();
  };
}
