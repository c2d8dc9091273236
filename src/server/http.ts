import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApolloServer, BaseContext } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express, { type Request, type Router } from "express";

export interface RequestInfo {
  requestId: string;
  authorization?: string;
}

export function requestInfo(req: Request): RequestInfo {
  const header = req.headers["x-request-id"];
  return {
    requestId: (Array.isArray(header) ? header[0] : header) ?? randomUUID(),
    authorization: req.headers.authorization,
  };
}

export interface HttpService {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves an Apollo Server at /graphql (POST and GET, per GraphQL over HTTP) on an Express app,
 * with /health and any extra routes (static assets, exports). Port 0 picks a free port.
 */
export async function serveGraphQL<TContext extends BaseContext>(options: {
  apollo: (httpServer: Server) => ApolloServer<TContext>;
  context: (req: Request) => Promise<TContext>;
  port: number;
  host?: string;
  routes?: Router;
}): Promise<HttpService> {
  const app = express();
  app.disable("x-powered-by");
  const server = createServer(app);
  const apollo = options.apollo(server);
  await apollo.start();

  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  if (options.routes) app.use(options.routes);
  app.use(
    "/graphql",
    cors<cors.CorsRequest>(),
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, { context: async ({ req }) => options.context(req) }),
  );

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = !options.host || options.host === "0.0.0.0" ? "localhost" : options.host;
  return {
    server,
    port,
    url: `http://${shownHost}:${port}/graphql`,
    close: async () => {
      await apollo.stop();
      server.closeAllConnections();
    },
  };
}
