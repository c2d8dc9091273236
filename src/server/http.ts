import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ApolloServer, type BaseContext, HeaderMap } from "@apollo/server";
import cors from "cors";
import express, { type Router as ExpressRouter } from "express";
import type { GraphQLError } from "graphql";
import Router from "router";
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

/** A request as every GraphQL step sees it: Node's own, with the parsed JSON body once read. */
export type HttpRequest = IncomingMessage & { body?: unknown };
/** A middleware on Node's request and response only (no Express helpers): it runs on both paths. */
export type HttpHandler = (req: HttpRequest, res: ServerResponse, next: (error?: unknown) => void) => void;
type HttpErrorHandler = (
  error: unknown,
  req: HttpRequest,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

const requestIdPattern = /^[\w.:-]{1,128}$/;
const records = new WeakMap<IncomingMessage, RequestRecord>();

/** The request's record (created by the first middleware); a bare one outside it (in-process tests). */
export function requestRecord(req: IncomingMessage): RequestRecord {
  const existing = records.get(req);
  if (existing) return existing;
  const header = req.headers["x-request-id"];
  const given = Array.isArray(header) ? header[0] : header;
  const record: RequestRecord = {
    requestId: given && requestIdPattern.test(given) ? given : randomUUID(),
    errorCodes: [],
  };
  records.set(req, record);
  return record;
}

export function requestInfo(req: IncomingMessage): RequestInfo {
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
  routes?: ExpressRouter;
  settings?: HttpSettings;
}

/** Answers `body` as JSON with `status` (and the media type given), on Node's response alone. */
export function sendJson(res: ServerResponse, status: number, body: unknown, type = "application/json") {
  res.statusCode = status;
  res.setHeader("content-type", `${type}; charset=utf-8`);
  res.end(JSON.stringify(body));
}

/** A GraphQL error response for failures before GraphQL runs (body too large, malformed JSON). */
export function sendGraphQLError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
) {
  requestRecord(req).errorCodes.push(code);
  sendJson(
    res,
    status,
    { errors: [{ message, extensions: { code } }] },
    responseMediaType(req.headers.accept),
  );
}

/** The path of a request's URL, without its query. */
const pathOf = (req: IncomingMessage) => (req.url ?? "/").split("?", 1)[0] as string;

function withTimeout(check: ReadyCheck, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    check()
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

/** One JSON log line and the metrics of every request, once it is answered. */
function requestLog(service: string): HttpHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const record = requestRecord(req);
    const path = pathOf(req);
    res.setHeader("x-request-id", record.requestId);
    res.on("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const graphql = path === "/graphql" && req.method !== "OPTIONS";
      const route = graphql ? "/graphql" : ["/health", "/ready", "/metrics"].includes(path) ? path : "other";
      recordRequest({ service, route, status: res.statusCode, seconds, graphql, ...record });
      if (route === "/graphql" || route === "other") markActivity();
      if (!graphql && res.statusCode < 400) return;
      logger.info({
        msg: "request",
        service,
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
  };
}

/** JSON GraphQL errors (never Express's HTML) for bodies the GraphQL handler cannot read. */
function bodyErrors(service: string, settings: HttpSettings): HttpErrorHandler {
  return (error, req, res, next) => {
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
    logger.error({ msg: "unhandled error", service, requestId: requestRecord(req).requestId, err: error });
    sendGraphQLError(req, res, 500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error.");
  };
}

function notFound(req: IncomingMessage, res: ServerResponse) {
  sendJson(res, 404, {
    errors: [{ message: `Nothing at ${req.method} ${pathOf(req)}.`, extensions: { code: "NOT_FOUND" } }],
  });
}

/**
 * The HTTP app every endpoint shares, in this order: request id and one JSON log line per request,
 * CORS (first, so a preflight on /graphql is answered before any route), /health, /ready, /metrics,
 * the extra routes, then /graphql with a size-limited JSON body parser. Mount the GraphQL handler with
 * `mountGraphQL`; it gets JSON GraphQL errors (never Express's HTML) for bodies it cannot read.
 *
 * POST /graphql, what every client and the gateway's own fetches send, does not go through Express:
 * Express gives each request and response its own prototype (Object.setPrototypeOf), after which V8
 * runs Node's http code on them slowly. The same steps (log, CORS, body, `graphqlPost`, handler) run
 * on Node's objects through `router`, Express's own router without that: a subgraph answering
 * `force { id name }` went from 1,526 to 2,229 requests/s (docs/ARCHITECTURE.md, README Performance).
 */
export function createHttpApp(options: HttpAppOptions & { graphqlPost?: HttpHandler[] }) {
  const settings = options.settings ?? loadConfig().http;
  const app = express();
  app.disable("x-powered-by");

  const log = requestLog(options.service);
  const corsHeaders = cors({
    origin: settings.corsOrigins === "*" ? "*" : settings.corsOrigins,
    methods: ["GET", "POST", "OPTIONS"],
    // Request headers are reflected: Authorization, Content-Type, X-Request-Id and any a client adds.
    exposedHeaders: ["x-request-id", "etag", "retry-after"],
    maxAge: 600,
  }) as HttpHandler;
  const jsonBody = express.json({ limit: settings.maxBodyBytes }) as HttpHandler;
  // A GraphQL answer is for its caller only unless the response cache makes a public GET reusable
  // (cache/http-cache.ts); Apollo's per-field cache hints are not used (graphql-server.ts).
  const noStore: HttpHandler = (_req, res, next) => {
    res.setHeader("cache-control", "no-store");
    next();
  };
  app.use(log, corsHeaders);

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
  app.use("/graphql", jsonBody, noStore);
  if (options.routes) app.use(options.routes);

  const post = new Router();
  post.use(log, corsHeaders, jsonBody, noStore, ...(options.graphqlPost ?? []));
  const errors = bodyErrors(options.service, settings);

  return {
    app,
    /** The request listener: POST /graphql on Node's objects, everything else through Express. */
    listener(req: IncomingMessage, res: ServerResponse) {
      if (req.method === "POST" && pathOf(req) === "/graphql")
        post(req, res, (error?: unknown) => (error ? errors(error, req, res, () => {}) : notFound(req, res)));
      else app(req, res);
    },
    /** Mounts the GraphQL handler at /graphql (both paths), then the JSON error and not-found handlers. */
    mountGraphQL(handler: HttpHandler) {
      app.use("/graphql", handler);
      app.use(errors);
      app.use(notFound);
      post.use(handler);
      post.use(errors);
    },
  };
}

/** An Apollo Server on Node's request and response (what @as-integrations/express5 does, minus Express). */
function apolloHandler<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: (req: HttpRequest) => Promise<TContext>,
): HttpHandler {
  return (req, res, next) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    const url = req.url ?? "";
    const query = url.indexOf("?");
    apollo
      .executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: (req.method ?? "GET").toUpperCase(),
          headers,
          search: query < 0 ? "" : url.slice(query),
          body: req.body,
        },
        context: () => context(req),
      })
      .then(async (response) => {
        for (const [key, value] of response.headers) res.setHeader(key, value);
        res.statusCode = response.status ?? 200;
        if (response.body.kind === "complete") return void res.end(response.body.string);
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      })
      .catch(next);
  };
}

/**
 * Serves an Apollo Server at /graphql (POST and GET, per GraphQL over HTTP) on the shared app.
 */
export async function serveGraphQL<TContext extends BaseContext>(options: {
  service: string;
  apollo: (httpServer: Server) => ApolloServer<TContext>;
  context: (req: HttpRequest) => Promise<TContext>;
  port: number;
  host?: string;
  routes?: ExpressRouter;
  graphqlPost?: HttpHandler[];
  checks?: Record<string, ReadyCheck>;
}): Promise<HttpService> {
  const { listener, mountGraphQL } = createHttpApp(options);
  const server = createServer(listener);
  const apollo = options.apollo(server);
  await apollo.start();
  mountGraphQL(
    apolloHandler(apollo, async (req) => {
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
