import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApolloServer, BaseContext } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express, {
  type ErrorRequestHandler,
  type Request,
  type RequestHandler,
  type Response,
  type Router,
} from "express";
import type { GraphQLError } from "graphql";
import { type HttpSettings, loadConfig } from "../config.ts";
import { ErrorCode } from "../errors.ts";
import { logger } from "../logger.ts";
import { responseMediaType } from "./json-status.ts";
import { markActivity } from "./memory.ts";
import { recordRequest, registry } from "./metrics.ts";

export interface RequestInfo {
  requestId: string;
  authorization?: string;
}

/** What the request log line and metrics say about a GraphQL request, filled in as it is answered. */
export interface RequestRecord {
  requestId: string;
  operationName?: string;
  /** query, mutation or subscription, once GraphQL has resolved the operation. */
  operationType?: string;
  errorCodes: string[];
  role?: string;
}

const requestIdPattern = /^[\w.:-]{1,128}$/;

/** The request's record (created by the middleware below); a bare one outside it (in-process tests). */
export function requestRecord(req: Request): RequestRecord {
  const existing = req.res?.locals.hubRecord as RequestRecord | undefined;
  if (existing) return existing;
  const header = req.headers["x-request-id"];
  const given = Array.isArray(header) ? header[0] : header;
  const record: RequestRecord = {
    requestId: given && requestIdPattern.test(given) ? given : randomUUID(),
    errorCodes: [],
  };
  if (req.res) req.res.locals.hubRecord = record;
  return record;
}

export function requestInfo(req: Request): RequestInfo {
  return { requestId: requestRecord(req).requestId, authorization: req.headers.authorization };
}

// GraphQL contexts carry their request's record under a symbol (Apollo copies contexts per operation,
// so a WeakMap keyed by the object would miss), letting plugins fill in what they learn.
const recordKey = Symbol("hub.requestRecord");
export function recordOfContext(context: object): RequestRecord | undefined {
  return (context as { [recordKey]?: RequestRecord })[recordKey];
}

export interface HttpService {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** A readiness check: resolves when the dependency answers, rejects (or times out) when it does not. */
export type ReadyCheck = () => Promise<void>;

export interface HttpAppOptions {
  /** Names the endpoint in logs and metrics: gateway, monolith, or a subgraph's name. */
  service: string;
  /** GET /ready answers 200 only when every check passes within the timeout. */
  checks?: Record<string, ReadyCheck>;
  /** Extra routes (GraphiQL, exports), mounted after CORS and before the GraphQL handler. */
  routes?: Router;
  settings?: HttpSettings;
}

/** A GraphQL error response for failures before GraphQL runs (body too large, malformed JSON). */
export function sendGraphQLError(req: Request, res: Response, status: number, code: string, message: string) {
  const type = responseMediaType(req.headers.accept);
  const record = res.locals.hubRecord as RequestRecord | undefined;
  record?.errorCodes.push(code);
  res
    .status(status)
    .type(type)
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

function withTimeout(check: ReadyCheck, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    check()
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

/**
 * The Express app every endpoint shares, in this order: request id and one JSON log line per request,
 * CORS (first, so a preflight on /graphql is answered before any route), /health, /ready, /metrics,
 * the extra routes, then /graphql with a size-limited JSON body parser. Mount the GraphQL handler with
 * `mountGraphQL`; it gets JSON GraphQL errors (never Express's HTML) for bodies it cannot read.
 */
export function createHttpApp(options: HttpAppOptions) {
  const settings = options.settings ?? loadConfig().http;
  const app = express();
  app.disable("x-powered-by");

  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    const record = requestRecord(req);
    const path = req.path;
    res.setHeader("x-request-id", record.requestId);
    res.on("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const graphql = path === "/graphql" && req.method !== "OPTIONS";
      const route = graphql ? "/graphql" : ["/health", "/ready", "/metrics"].includes(path) ? path : "other";
      recordRequest({ service: options.service, route, status: res.statusCode, seconds, graphql, ...record });
      if (route === "/graphql" || route === "other") markActivity();
      if (!graphql && res.statusCode < 400) return;
      logger.info({
        msg: "request",
        service: options.service,
        requestId: record.requestId,
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round(seconds * 1000 * 10) / 10,
        operationName: record.operationName,
        errorCodes: record.errorCodes.length ? [...new Set(record.errorCodes)] : undefined,
        role: record.role,
      });
    });
    next();
  });

  app.use(
    cors({
      origin: settings.corsOrigins === "*" ? "*" : settings.corsOrigins,
      methods: ["GET", "POST", "OPTIONS"],
      // Request headers are reflected: Authorization, Content-Type, X-Request-Id and any a client adds.
      exposedHeaders: ["x-request-id", "etag", "retry-after"],
      maxAge: 600,
    }),
  );

  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/ready", async (_req, res) => {
    const checks = Object.entries(options.checks ?? {});
    const results = await Promise.all(
      checks.map(async ([name, check]) => {
        try {
          await withTimeout(check, settings.readyTimeoutMs);
          return [name, "ok"] as const;
        } catch (error) {
          logger.warn({
            msg: "not ready",
            service: options.service,
            check: name,
            reason: (error as Error).message,
          });
          return [name, "unavailable"] as const;
        }
      }),
    );
    const ready = results.every(([, state]) => state === "ok");
    res
      .status(ready ? 200 : 503)
      .set("cache-control", "no-store")
      .json({ status: ready ? "ready" : "unavailable", checks: Object.fromEntries(results) });
  });
  app.get("/metrics", async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });

  // Parsed before the routes: the response cache keys a POST by its body.
  app.use("/graphql", express.json({ limit: settings.maxBodyBytes }));
  // A GraphQL answer is for its caller only unless the response cache makes a public GET reusable
  // (cache/http-cache.ts); Apollo's per-field cache hints are not used (graphql-server.ts).
  app.use("/graphql", (_req, res, next) => {
    res.setHeader("cache-control", "no-store");
    next();
  });
  if (options.routes) app.use(options.routes);

  const bodyErrors: ErrorRequestHandler = (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const e = error as { type?: string; status?: number };
    if (e.type === "entity.too.large")
      return sendGraphQLError(
        req,
        res,
        413,
        ErrorCode.PAYLOAD_TOO_LARGE,
        `The request body is larger than ${settings.maxBodyBytes} bytes.`,
      );
    if (e.type === "entity.parse.failed")
      return sendGraphQLError(req, res, 400, ErrorCode.BAD_REQUEST, "The request body is not valid JSON.");
    if (e.status && e.status >= 400 && e.status < 500)
      return sendGraphQLError(req, res, e.status, ErrorCode.BAD_REQUEST, "The request could not be read.");
    logger.error({
      msg: "unhandled error",
      service: options.service,
      requestId: requestRecord(req).requestId,
      err: error,
    });
    sendGraphQLError(req, res, 500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error.");
  };
  const notFound: RequestHandler = (req, res) => {
    res.status(404).json({
      errors: [{ message: `Nothing at ${req.method} ${req.path}.`, extensions: { code: "NOT_FOUND" } }],
    });
  };

  return {
    app,
    /** Mounts the GraphQL handler at /graphql, then the JSON error and not-found handlers. */
    mountGraphQL(handler: RequestHandler) {
      app.use("/graphql", handler);
      app.use(bodyErrors);
      app.use(notFound);
    },
  };
}

/**
 * Serves an Apollo Server at /graphql (POST and GET, per GraphQL over HTTP) on the shared app.
 */
export async function serveGraphQL<TContext extends BaseContext>(options: {
  service: string;
  apollo: (httpServer: Server) => ApolloServer<TContext>;
  context: (req: Request) => Promise<TContext>;
  port: number;
  host?: string;
  routes?: Router;
  checks?: Record<string, ReadyCheck>;
}): Promise<HttpService> {
  const { app, mountGraphQL } = createHttpApp(options);
  const server = createServer(app);
  const apollo = options.apollo(server);
  await apollo.start();
  mountGraphQL(
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const record = requestRecord(req);
        try {
          const context = await options.context(req);
          Object.assign(context, { [recordKey]: record });
          return context;
        } catch (error) {
          record.errorCodes.push(
            String((error as GraphQLError).extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR),
          );
          throw error;
        }
      },
    }),
  );

  return listen(server, options, () => apollo.stop());
}

/** Listens (port 0: any free port); closing runs `stop`, then closes the server and its connections. */
export async function listen(
  server: Server,
  options: { port: number; host?: string },
  stop: () => Promise<void>,
): Promise<HttpService> {
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
      await stop();
      if (server.listening) server.close();
      server.closeAllConnections();
    },
  };
}
