import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import onHeaders from "on-headers";
import { logger } from "../../logger.ts";
import type { DataVersionTracker } from "../../services/data-version.ts";
import type { ViewerOf } from "../credentials.ts";
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

/**
 * Whose answer a request gets, as part of its cache key: "public" without credentials, else the
 * verified viewer (role, subject, forces: all a resolver can see of the caller), so an answer is only
 * ever replayed to the same viewer. Undefined when credentialed answers are not cached or the
 * credential does not verify: the handler then runs and refuses it as usual (viewerOf is memoized per
 * request, so it is verified once).
 */
async function audienceOf(req: IncomingMessage, viewerOf?: ViewerOf): Promise<string | undefined> {
  if (!hasCredentials(req)) return "public";
  if (!viewerOf) return undefined;
  try {
    const viewer = await viewerOf(req);
    return `viewer ${JSON.stringify([viewer.role, viewer.subject, [...viewer.forceIds].sort()])}`;
  } catch {
    return undefined;
  }
}

function cacheKey(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\n")).digest("base64url");
}

/** The key of a POSTed GraphQL request: the data version, whose answer, the media type and the body. */
function postKey(version: string, audience: string, req: HttpRequest): string | undefined {
  const body = req.body;
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined;
  return cacheKey(version, audience, `POST ${req.url}`, req.headers.accept ?? "", JSON.stringify(body));
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

/** The data version and the audience of a request's key, or nothing when it runs uncached. */
async function keyParts(
  req: IncomingMessage,
  tracker: DataVersionTracker,
  viewerOf?: ViewerOf,
): Promise<[version: string, audience: string] | undefined> {
  const audience = await audienceOf(req, viewerOf);
  if (audience === undefined) return undefined;
  const version = await versionOrNothing(tracker);
  return version === undefined ? undefined : [version, audience];
}

/**
 * A stored answer replayed, or the handler run (`next`) with its answer stored once sent, unless
 * `store` is false (a HEAD) or says no once it is sent.
 */
async function fromCache(
  res: ServerResponse,
  cache: ResponseCache,
  key: string,
  next: () => void,
  store: boolean | (() => boolean) = true,
) {
  const cached = await cache.get(key).catch(() => undefined);
  if (cached) return replay(res, cached);
  if (store) storeWhenSent(res, cache, key, store === true ? undefined : store);
  next();
}

/**
 * POSTed queries on /graphql (dashboards, BI tools, force apps) are answered from the response cache,
 * keyed by data version, caller and body; a POST is stored only when it ran a query (never a
 * mutation). With `viewerOf`, a caller with a token or key gets its own entries (verified first on
 * every request, so an expired token or a revoked key is refused, never served); without it such
 * requests are never cached. Only 200 answers without GraphQL errors are stored.
 */
export function postCache(options: {
  version: DataVersionTracker;
  cache: ResponseCache;
  viewerOf?: ViewerOf;
}): HttpHandler {
  const { cache, viewerOf } = options;
  return (req, res, next) => {
    (async () => {
      const parts = await keyParts(req, options.version, viewerOf);
      const key = parts && postKey(...parts, req);
      if (!key) return next();
      const record = requestRecord(req);
      await fromCache(res, cache, key, next, () => record.operationType === "query");
    })().catch(next);
  };
}

/**
 * HTTP caching for public GET answers (GraphQL queries over GET and exports): `Cache-Control: public,
 * max-age` and a strong ETag derived from the data version, so a write or an import changes it;
 * `If-None-Match` → 304 without running anything; a response cache serves repeats. Requests with
 * credentials are answered `private, no-store`, without an ETag; with `viewerOf` the response cache
 * keeps their answers under the verified viewer, as postCache does. Only 200 answers are cacheable.
 */
export function httpCache(options: {
  version: DataVersionTracker;
  cache?: ResponseCache;
  maxAgeSeconds: number;
  viewerOf?: ViewerOf;
}): RequestHandler {
  const publicPolicy = `public, max-age=${options.maxAgeSeconds}`;
  const cache = options.cache;
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    res.vary("Accept").vary("Authorization").vary("X-API-Key");
    if (hasCredentials(req)) {
      // The caller's own answer: never for shared caches, but the hub's cache may keep it for them.
      res.setHeader("cache-control", "private, no-store");
      if (!cache) return next();
      const parts = await keyParts(req, options.version, options.viewerOf);
      if (!parts) return next();
      const key = cacheKey(...parts, `GET ${req.originalUrl}`, req.headers.accept ?? "");
      return fromCache(res, cache, key, next, req.method === "GET");
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
    if (cache) return fromCache(res, cache, etag.slice(1, -1), next, req.method === "GET");
    next();
  };
}
