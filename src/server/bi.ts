import { createHash } from "node:crypto";
import express, { type Router } from "express";
import type { BiConfig } from "../config.ts";
import type { Database } from "../db/database.ts";
import { monolithSchema } from "../schema/build.ts";
import { trackDataVersion } from "../services/data-version.ts";
import { httpCache, postCache } from "./cache/http-cache.ts";
import { memoryResponseCache, type ResponseCache, redisResponseCache } from "./cache/response-cache.ts";
import type { ViewerOf } from "./credentials.ts";
import { exampleFolder, exportFolder, readTrustedDocuments, TrustedDocuments } from "./export/documents.ts";
import { persistedDocuments } from "./export/persisted.ts";
import { exportRouter } from "./export/router.ts";
import type { HttpHandler } from "./http.ts";

export const defaultBiConfig: BiConfig = {
  maxAgeSeconds: 60,
  responseCacheMb: 64,
  trustedDocumentsOnly: false,
  cacheCredentialed: true,
};

/** Every trusted document: the exports and the documented examples. */
export function trustedDocuments(): TrustedDocuments {
  const schema = monolithSchema();
  return new TrustedDocuments([
    ...readTrustedDocuments(exportFolder, schema),
    ...readTrustedDocuments(exampleFolder, schema),
  ]);
}

function responseCache(config: BiConfig, database: Database): ResponseCache | undefined {
  if (config.redisUrl) {
    const namespace = createHash("sha256").update(JSON.stringify(database.target)).digest("hex").slice(0, 12);
    return redisResponseCache(config.redisUrl, config.maxAgeSeconds, namespace);
  }
  return config.responseCacheMb > 0
    ? memoryResponseCache(config.responseCacheMb, config.maxAgeSeconds)
    : undefined;
}

/**
 * What BI tools use on the public endpoint, in every mode: persisted operations by documentId on
 * /graphql, HTTP caching of public GETs (and a response cache of public POSTed queries), and the
 * exports (docs/bi.md). `router` serves GET /graphql and the exports; `graphqlPost` are the same steps
 * for POST /graphql, which does not go through Express (http.ts).
 */
export function biRoutes(options: {
  database: Database;
  config: BiConfig;
  /** The server's resolver of each request's caller (memoized per request: hub.ts). */
  viewer: ViewerOf;
}): { router: Router; graphqlPost: HttpHandler[]; cache?: ResponseCache; close(): Promise<void> } {
  const router = express.Router();
  const cache = responseCache(options.config, options.database);
  const version = trackDataVersion(options.database);
  const db = options.database.db;
  const viewerOf = options.config.cacheCredentialed ? options.viewer : undefined;
  // Trusted-documents-only refuses other query text before the cache is asked (a Redis cache is shared
  // by hubs that may be configured otherwise).
  const persisted = persistedDocuments(trustedDocuments(), options.config.trustedDocumentsOnly);
  router.use("/graphql", persisted);
  router.use(
    ["/graphql", "/export"],
    httpCache({ version, cache, maxAgeSeconds: options.config.maxAgeSeconds, viewerOf }),
  );
  router.use(exportRouter({ db, schema: monolithSchema(), viewer: options.viewer }));
  return {
    router,
    graphqlPost: cache ? [persisted, postCache({ version, cache, viewerOf })] : [persisted],
    cache,
    close: async () => {
      await version.close();
      await cache?.close();
    },
  };
}
