import type { IncomingMessage } from "node:http";
import {
  createGatewayRuntime,
  type GatewayPlugin,
  type GatewayRuntime,
  Logger,
  type UnifiedGraphHandler,
} from "@graphql-hive/gateway-runtime";
import { PinoLogWriter } from "@graphql-hive/logger/writers/pino";
import httpTransport from "@graphql-mesh/transport-http";
import { GraphQLError, getOperationAST } from "graphql";
import type { SubGraphName } from "../builder.ts";
import type { LimitSettings } from "../config.ts";
import { classifyError, ErrorCode, requestErrorCodes, shownError } from "../errors.ts";
import { logger } from "../logger.ts";
import { requestCredentials } from "./credentials.ts";
import { requestRecord } from "./http.ts";
import { inProcessKind, inProcessTransport, type LocalSubgraph } from "./in-process.ts";
import { envelopLimitPlugins } from "./limits.ts";

/** What the runtime's plugins see of the Express request that carries each GraphQL request. */
interface ServerContext {
  req?: IncomingMessage;
}
export type Gateway = GatewayRuntime<ServerContext>;

const recordOf = (context: ServerContext) => (context.req ? requestRecord(context.req) : undefined);
/** The caller's credentials as one Authorization value (a bearer token or `ApiKey <key>`). */
const credentialsOf = (context: ServerContext) =>
  context.req ? requestCredentials(context.req).authorization : undefined;

/**
 * Hive Router's query planner (Rust, shipped inside the npm package for linux/darwin x64/arm64).
 * Where it cannot load, the gateway keeps Hive Gateway's own JavaScript planner: same answers, slower.
 */
async function routerQueryPlanner(): Promise<UnifiedGraphHandler | undefined> {
  try {
    const { unifiedGraphHandler } = await import("@graphql-hive/router-runtime");
    return unifiedGraphHandler;
  } catch (error) {
    logger.warn({ err: error }, "Hive Router query planner unavailable; using the JavaScript planner");
    return undefined;
  }
}

/** Refuses a bad credential at the edge (401, UNAUTHENTICATED) and logs the caller's role; subgraphs verify it again. */
function refuseBadCredentials(viewerOf: (req: IncomingMessage) => Promise<{ role: string }>): GatewayPlugin {
  return {
    async onContextBuilding({ context }) {
      const req = (context as ServerContext).req;
      if (!req) return;
      const viewer = await viewerOf(req);
      requestRecord(req).role = viewer.role;
    },
    onExecute({ args }) {
      const record = recordOf(args.contextValue as ServerContext);
      const operation = getOperationAST(args.document, args.operationName);
      if (record && operation?.name) record.operationName = operation.name.value;
      if (record && operation) record.operationType = operation.operation;
    },
  };
}

type HttpExtension = { status?: number; headers?: Record<string, string>; spec?: boolean };

/**
 * The code of an error graphql-js or Yoga raised without one while refusing the request (no data):
 * a variable that does not coerce is BAD_USER_INPUT, an HTTP-level refusal (405, no query) BAD_REQUEST.
 */
function requestCode(error: GraphQLError, noData: boolean): unknown {
  const code = error.extensions?.code;
  if (code !== undefined || !noData) return code;
  if (/^Variable "\$/.test(error.message)) return ErrorCode.BAD_USER_INPUT;
  return error.extensions?.http && !error.originalError ? ErrorCode.BAD_REQUEST : undefined;
}

/** The status of a response without data: request errors 400 for graphql-response+json, 200 for application/json. */
function httpFor(code: string, given: HttpExtension | undefined): HttpExtension {
  if (code === ErrorCode.BAD_REQUEST) return { status: given?.status ?? 400, headers: given?.headers };
  if (code === ErrorCode.INTERNAL_SERVER_ERROR) return { status: 500 };
  if (requestErrorCodes.has(code)) return { status: 400, spec: true };
  return given?.status ? given : { status: 400, spec: true };
}

/**
 * What happens to every response, as on the hub's Apollo endpoints (errors.ts formatError, outcome.ts):
 * each error's message and code classified (subgraph codes kept, internals masked and logged with the
 * request id), codes on the request's log line, the status of a response without data from its
 * errors, and a database outage answered 503 with DATABASE_UNAVAILABLE and no data.
 */
function outcome(): GatewayPlugin {
  return {
    onResultProcess({ result, setResult, serverContext }) {
      if (Array.isArray(result) || !("errors" in result) || !result.errors?.length) return;
      const record = recordOf(serverContext as ServerContext);
      // Hive Router's executor leaves out `data: null` when a non-null root field failed: errors with
      // a path mean execution ran, so the response has data (null) and no request-error status.
      const executed = result.data !== undefined || result.errors.some((e) => e.path);
      const noData = !executed;
      const errors = result.errors.map((error) => {
        const classified = classifyError(error, requestCode(error, noData));
        const { code, masked } = classified;
        record?.errorCodes.push(code);
        if (masked)
          logger.error({
            msg: "error hidden from client",
            service: "gateway",
            requestId: record?.requestId,
            code,
            path: error.path?.join("."),
            err: error.originalError ?? error,
          });
        const http = noData ? httpFor(code, error.extensions?.http as HttpExtension | undefined) : undefined;
        return shownError(error, classified, http ? { http } : {});
      });
      const outage = errors.find((e) => e.extensions.code === ErrorCode.DATABASE_UNAVAILABLE);
      if (!outage)
        return setResult({ ...result, errors, ...(executed ? { data: result.data ?? null } : {}) });
      const http = { status: 503, headers: { "retry-after": "5" } };
      setResult({
        errors: [new GraphQLError(outage.message, { extensions: { code: outage.extensions.code, http } })],
      });
    },
  };
}

/**
 * The hub's gateway: Hive Gateway's runtime over a static, committed supergraph. `urls` overrides
 * where each subgraph is (by name); otherwise the URL in the supergraph is used. It forwards the
 * caller's Authorization and request id to every subgraph, keeps subgraph error codes, enforces the
 * same limits as the hub's other endpoints, and makes no outbound call other than to the subgraphs
 * (no usage reporting, no schema registry, no CDN, no landing page).
 */
export async function createGateway(options: {
  supergraphSdl: string;
  urls?: Record<string, string>;
  /** Subgraphs executed in this process (in-process.ts) rather than fetched over HTTP. */
  local?: Partial<Record<SubGraphName, LocalSubgraph>>;
  limits: LimitSettings;
  /** The caller of a request (401 for a bad credential). */
  viewerOf: (req: IncomingMessage) => Promise<{ role: string }>;
}): Promise<Gateway> {
  const transportEntries = Object.fromEntries([
    ...Object.entries(options.urls ?? {}).map(([name, location]) => [name, { location }]),
    ...Object.keys(options.local ?? {}).map((name) => [name, { kind: inProcessKind }]),
  ]);
  return createGatewayRuntime<ServerContext>({
    supergraph: options.supergraphSdl,
    transports: { http: httpTransport, [inProcessKind]: inProcessTransport(options.local ?? {}) },
    transportEntries,
    unifiedGraphHandler: await routerQueryPlanner(),
    graphqlEndpoint: "/graphql",
    graphiql: false,
    landingPage: false,
    healthCheckEndpoint: "",
    readinessCheckEndpoint: "",
    // Batched requests are refused as on the other endpoints; errors are classified by outcome().
    batching: false,
    maskedErrors: false,
    logging: new Logger({ writers: [new PinoLogWriter(logger.child({ component: "gateway" }))] }),
    // The Express app owns the request id (a caller's well-formed one, else a fresh one) and echoes it.
    requestId: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ context }) => ({
        authorization: credentialsOf(context as ServerContext),
        "x-request-id": recordOf(context as ServerContext)?.requestId,
      }),
    },
    plugins: () => [
      ...(envelopLimitPlugins(options.limits) as GatewayPlugin[]),
      refuseBadCredentials(options.viewerOf),
      outcome(),
    ],
  });
}
