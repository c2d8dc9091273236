import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage } from "node:http";
import express from "express";
import { createViewerResolver } from "../auth.ts";
import { type SubGraphName, subGraphNames } from "../builder.ts";
import { type BiConfig, loadConfig } from "../config.ts";
import { createContext, type HubContext, type Viewer } from "../context.ts";
import type { Database } from "../db/database.ts";
import { UserError } from "../errors.ts";
import { getOrCreate } from "../memo.ts";
import { monolithSchema, subgraphSchema } from "../schema/build.ts";
import { biRoutes, defaultBiConfig } from "./bi.ts";
import { apiKeyResolver, requestCredentials, type ViewerOf } from "./credentials.ts";
import { graphiqlRouter } from "./graphiql.ts";
import { createGraphQLServer } from "./graphql-server.ts";
import {
  createHttpApp,
  type HttpService,
  listen,
  type ReadyCheck,
  requestRecord,
  serveGraphQL,
} from "./http.ts";
import type { LocalSubgraph } from "./in-process.ts";
import { watchPool } from "./metrics.ts";

export const supergraphPath = new URL("../../schema/supergraph.graphql", import.meta.url);

/**
 * The caller of each request, from the configured token settings (src/auth.ts) and API keys: built
 * once per server, resolved once per request however many parts of the server ask (the gateway's edge
 * check, each in-process subgraph, the response cache, the exports).
 */
function requestViewers(database: Database | undefined): ViewerOf {
  const resolve = createViewerResolver(loadConfig().tokens, [apiKeyResolver(database?.db)]);
  const resolved = new WeakMap<IncomingMessage, Promise<Viewer>>();
  return (req) => getOrCreate(resolved, req, () => resolve(requestCredentials(req).authorization));
}

/** A request's GraphQL context: one per request, shared by every subgraph the request reaches in-process. */
function hubContext(database: Database, viewerOf: ViewerOf = requestViewers(database)) {
  const contexts = new WeakMap<IncomingMessage, Promise<HubContext>>();
  const build = async (req: IncomingMessage): Promise<HubContext> => {
    const viewer = await viewerOf(req);
    requestRecord(req).role = viewer.role;
    return createContext({ db: database.db, viewer, ...requestCredentials(req) });
  };
  return (req: IncomingMessage): Promise<HubContext> => getOrCreate(contexts, req, () => build(req));
}

/** What the public endpoint serves besides GraphQL, in every mode: GraphiQL, caching and the exports. */
function publicRoutes(database: Database, viewerOf: ViewerOf, config: BiConfig = defaultBiConfig) {
  const router = express.Router();
  router.use(graphiqlRouter());
  const bi = biRoutes({ database, config, viewer: viewerOf });
  router.use(bi.router);
  return { router, graphqlPost: bi.graphqlPost, close: bi.close };
}

function closing(service: HttpService, also: () => Promise<void>): HttpService {
  return {
    ...service,
    close: async () => {
      await service.close();
      await also();
    },
  };
}

/** /ready of an endpoint backed by the database: one round trip. */
function databaseChecks(database: Database): Record<string, ReadyCheck> {
  const pool = database.poolStats;
  if (pool) watchPool("hub", pool);
  return { database: () => database.ping() };
}

/** One subgraph on its own port (port 0: any free port). */
export function serveSubgraph(database: Database, name: SubGraphName, port: number, host?: string) {
  return serveGraphQL({
    service: name,
    apollo: (httpServer) =>
      createGraphQLServer({ schema: subgraphSchema(name), httpServer, service: name, edge: false }),
    context: hubContext(database),
    checks: databaseChecks(database),
    port,
    host,
  });
}

/** The whole graph as one schema in one server, no gateway (single process, fewest hops). */
export async function serveMonolith(database: Database, port: number, host?: string, bi?: BiConfig) {
  const viewerOf = requestViewers(database);
  const routes = publicRoutes(database, viewerOf, bi);
  const service = await serveGraphQL({
    service: "monolith",
    apollo: (httpServer) =>
      createGraphQLServer({ schema: monolithSchema(), httpServer, service: "monolith", edge: true }),
    context: hubContext(database, viewerOf),
    checks: databaseChecks(database),
    port,
    host,
    routes: routes.router,
    graphqlPost: routes.graphqlPost,
  });
  return closing(service, routes.close);
}

/** The gateway over the committed supergraph, routing to subgraphs at `urls` (exports need `database`). */
export async function serveGateway(options: {
  urls: Record<string, string>;
  database?: Database;
  bi?: BiConfig;
  /** Subgraphs the gateway executes in this process (startHub's default) instead of over HTTP. */
  local?: Partial<Record<SubGraphName, LocalSubgraph>>;
  viewerOf?: ViewerOf;
  port: number;
  host?: string;
  supergraphSdl?: string;
}): Promise<HttpService> {
  const supergraphSdl = options.supergraphSdl ?? (await readFile(supergraphPath, "utf8"));
  const known = supergraphUrls(supergraphSdl);
  const unknown = Object.keys(options.urls).filter((name) => !(name in known));
  if (unknown.length)
    throw new UserError(
      `Unknown subgraph ${unknown.map((n) => `"${n}"`).join(", ")}: the supergraph has ${Object.keys(known).join(", ")}`,
    );
  const viewerOf = options.viewerOf ?? requestViewers(options.database);
  const routes = options.database ? publicRoutes(options.database, viewerOf, options.bi) : undefined;
  const { listener, mountGraphQL } = createHttpApp({
    service: "gateway",
    checks: subgraphChecks({ ...known, ...options.urls }),
    routes: routes?.router ?? graphiqlRouter(),
    graphqlPost: routes?.graphqlPost,
  });
  // Loaded by the processes that run a gateway only: a monolith or a lone subgraph would otherwise
  // carry the gateway runtime (~60 MB RSS, ~2 s of start-up).
  const { createGateway } = await import("./gateway.ts");
  const gateway = await createGateway({
    supergraphSdl,
    urls: options.urls,
    local: options.local,
    limits: loadConfig().limits,
    viewerOf,
  });
  // Hive Gateway builds its unified graph and planner at the first request unless asked: built here,
  // start-up pays for it (and ends with its garbage collected, src/server/memory.ts), not the first caller.
  await gateway.getSchema();
  mountGraphQL((req, res) => gateway(req, res));
  const service = await listen(createServer(listener), options, async () => gateway.dispose());
  return routes ? closing(service, routes.close) : service;
}

/** Subgraph name → URL, as the supergraph's join__Graph enum declares them. */
export function supergraphUrls(supergraphSdl: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g))
    urls[match[1] as string] = match[2] as string;
  return urls;
}

/** The gateway is ready when every subgraph's /ready answers 200 (so their database is reachable too). */
export function subgraphChecks(urls: Record<string, string>): Record<string, ReadyCheck> {
  return Object.fromEntries(
    Object.entries(urls).map(([name, url]) => [
      name,
      async () => {
        const response = await fetch(new URL("/ready", url));
        await response.body?.cancel();
        if (!response.ok) throw new Error(`subgraph ${name} answered ${response.status}`);
      },
    ]),
  );
}

export interface RunningHub {
  url: string;
  mode: "gateway" | "monolith";
  subgraphs: Partial<Record<SubGraphName, string>>;
  close(): Promise<void>;
}

/**
 * Everything in one process: in gateway mode each subgraph listens on a private loopback port and
 * the gateway serves the public endpoint, exactly as a scaled-out deployment would be wired.
 */
export async function startHub(options: {
  database: Database;
  port: number;
  host?: string;
  mode?: "gateway" | "monolith";
  /** Caching and persisted operations (default: caching on, any query accepted). */
  bi?: BiConfig;
}): Promise<RunningHub> {
  const mode = options.mode ?? "gateway";
  if (mode === "monolith") {
    const service = await serveMonolith(options.database, options.port, options.host, options.bi);
    return { url: service.url, mode, subgraphs: {}, close: service.close };
  }
  const services: HttpService[] = [];
  try {
    const urls: Partial<Record<SubGraphName, string>> = {};
    for (const name of subGraphNames) {
      const service = await serveSubgraph(options.database, name, 0, "127.0.0.1");
      services.push(service);
      urls[name] = service.url;
    }
    const viewerOf = requestViewers(options.database);
    const context = hubContext(options.database, viewerOf);
    const local = Object.fromEntries(
      subGraphNames.map((name) => [name, { schema: subgraphSchema(name), context }]),
    );
    const gateway = await serveGateway({
      urls,
      local,
      viewerOf,
      port: options.port,
      host: options.host,
      database: options.database,
      bi: options.bi,
    });
    services.unshift(gateway);
    return {
      url: gateway.url,
      mode,
      subgraphs: urls,
      close: async () => {
        for (const service of services) await service.close();
      },
    };
  } catch (error) {
    for (const service of services) await service.close().catch(() => {});
    throw error;
  }
}
