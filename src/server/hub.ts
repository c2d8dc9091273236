import { readFile } from "node:fs/promises";
import express, { type Request } from "express";
import { viewerFromAuthorization } from "../auth.ts";
import { type SubGraphName, subGraphNames } from "../builder.ts";
import type { BiConfig } from "../config.ts";
import { createContext, type HubContext } from "../context.ts";
import type { Database } from "../db/database.ts";
import { monolithSchema, subgraphSchema } from "../schema/build.ts";
import { biRoutes, defaultBiConfig } from "./bi.ts";
import { createGateway, type GatewayContext } from "./gateway.ts";
import { graphiqlRouter } from "./graphiql.ts";
import { createGraphQLServer } from "./graphql-server.ts";
import { type HttpService, requestInfo, serveGraphQL } from "./http.ts";

export const supergraphPath = new URL("../../schema/supergraph.graphql", import.meta.url);

function hubContext(database: Database) {
  return async (req: Request): Promise<HubContext> => {
    const info = requestInfo(req);
    return createContext({
      db: database.db,
      viewer: await viewerFromAuthorization(info.authorization),
      ...info,
    });
  };
}

/** What the public endpoint serves besides GraphQL, in every mode: GraphiQL, caching and the exports. */
function publicRoutes(database: Database, config: BiConfig = defaultBiConfig) {
  const router = express.Router();
  router.use(graphiqlRouter());
  const viewer = (req: Request) => viewerFromAuthorization(requestInfo(req).authorization);
  const bi = biRoutes({ database, config, viewer });
  router.use(bi.router);
  return { router, close: bi.close };
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

/** One subgraph on its own port (port 0: any free port). */
export function serveSubgraph(database: Database, name: SubGraphName, port: number, host?: string) {
  return serveGraphQL({
    apollo: (httpServer) => createGraphQLServer({ schema: subgraphSchema(name), httpServer }),
    context: hubContext(database),
    port,
    host,
  });
}

/** The whole graph as one schema in one server, no gateway (single process, fewest hops). */
export async function serveMonolith(database: Database, port: number, host?: string, bi?: BiConfig) {
  const routes = publicRoutes(database, bi);
  const service = await serveGraphQL({
    apollo: (httpServer) => createGraphQLServer({ schema: monolithSchema(), httpServer }),
    context: hubContext(database),
    port,
    host,
    routes: routes.router,
  });
  return closing(service, routes.close);
}

/** The gateway over the committed supergraph, routing to subgraphs at `urls` (exports need `database`). */
export async function serveGateway(options: {
  urls: Record<string, string>;
  database?: Database;
  bi?: BiConfig;
  port: number;
  host?: string;
  supergraphSdl?: string;
}): Promise<HttpService> {
  const supergraphSdl = options.supergraphSdl ?? (await readFile(supergraphPath, "utf8"));
  const routes = options.database ? publicRoutes(options.database, options.bi) : undefined;
  const service = await serveGraphQL<GatewayContext>({
    apollo: (httpServer) =>
      createGraphQLServer({ gateway: createGateway({ supergraphSdl, urls: options.urls }), httpServer }),
    // Refuse a bad token at the edge; subgraphs verify it again (they may be reached directly).
    context: async (req) => {
      const info = requestInfo(req);
      await viewerFromAuthorization(info.authorization);
      return info;
    },
    port: options.port,
    host: options.host,
    routes: routes?.router ?? graphiqlRouter(),
  });
  return routes ? closing(service, routes.close) : service;
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
    const gateway = await serveGateway({
      urls,
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
