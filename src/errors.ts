import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** A failure the user can fix (configuration, an unreachable database, bad input): print its message, no stack. */
export class UserError extends Error {
  override name = "UserError";
}

/**
 * Every `extensions.code` a client can receive (documented in README "Errors and limits").
 * Anything else a resolver throws reaches clients as INTERNAL_SERVER_ERROR with a plain message;
 * the original (stack, SQL, Prisma text) is logged with the request id.
 */
export const ErrorCode = {
  BAD_REQUEST: "BAD_REQUEST",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  /** A write from a stale version, or an idempotency key reused for another operation. */
  CONFLICT: "CONFLICT",
  GRAPHQL_PARSE_FAILED: "GRAPHQL_PARSE_FAILED",
  GRAPHQL_VALIDATION_FAILED: "GRAPHQL_VALIDATION_FAILED",
  OPERATION_NOT_SUPPORTED: "OPERATION_NOT_SUPPORTED",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  QUERY_TOO_DEEP: "QUERY_TOO_DEEP",
  TOO_MANY_ALIASES: "TOO_MANY_ALIASES",
  TOO_MANY_DIRECTIVES: "TOO_MANY_DIRECTIVES",
  TOO_MANY_TOKENS: "TOO_MANY_TOKENS",
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  RESPONSE_TOO_LARGE: "RESPONSE_TOO_LARGE",
  DATABASE_UNAVAILABLE: "DATABASE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes whose messages were written for clients: they pass through unmasked (also from subgraphs). */
const clientCodes = new Set<string>(Object.values(ErrorCode));
const passThroughCodes = new Set<string>([
  ...clientCodes,
  // Apollo Server's own request errors: messages about the request, not the server.
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** An error a client caused, with its code and HTTP status (used when the response has no data). */
/**
 * Codes of requests refused before execution (parse, validation, limits): answered 200 to clients that
 * only accept application/json and 400 to those accepting application/graphql-response+json.
 */
export const requestErrorCodes = new Set<string>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.OPERATION_NOT_SUPPORTED,
  ErrorCode.QUERY_TOO_DEEP,
  ErrorCode.TOO_MANY_ALIASES,
  ErrorCode.TOO_MANY_DIRECTIVES,
  ErrorCode.TOO_MANY_TOKENS,
  ErrorCode.QUERY_TOO_COMPLEX,
]);

export function clientError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  const status = statusOf(code);
  return new GraphQLError(message, {
    extensions: { code, ...extensions, ...(status ? { http: { status } } : {}) },
  });
}

/** A query refused by a limit (src/server/limits.ts): says which limit and its value. */
export function limitExceeded(code: ErrorCode, message: string, limit: { name: string; max: number }) {
  return clientError(code, message, { limit });
}

export const databaseUnavailable = () =>
  clientError(ErrorCode.DATABASE_UNAVAILABLE, "The database is unavailable; try again shortly.");

function statusOf(code: string): number | undefined {
  switch (code) {
    case ErrorCode.UNAUTHENTICATED:
      return 401;
    case ErrorCode.FORBIDDEN:
      return 403;
    case ErrorCode.CONFLICT:
      return 409;
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return 413;
    case ErrorCode.DATABASE_UNAVAILABLE:
      return 503;
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return 500;
    default:
      return clientCodes.has(code) ? 400 : undefined;
  }
}

// Driver/Prisma signals that the database cannot be reached or dropped the connection.
const unreachableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "P1001", // can't reach database server
  "P1002", // timed out
  "P1008", // operation timed out
  "P1017", // server closed the connection
  "P2024", // timed out fetching a connection from the pool
  "57P01", // admin_shutdown (terminated backend)
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "55000", // database not currently accepting connections
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);
const unreachableKinds = new Set([
  "DatabaseNotReachable",
  "DatabaseAccessDenied",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TransactionAlreadyClosed",
]);
const unreachableMessage =
  /connection terminated|can't reach database|not currently accepting connections|terminating connection|connection (?:refused|closed|timeout)|timeout exceeded when trying to connect|server closed the connection/i;

/** True when `error` (or anything in its cause chain) says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const e = current as {
      name?: string;
      code?: unknown;
      errorCode?: unknown;
      kind?: unknown;
      message?: string;
      cause?: unknown;
      originalCode?: unknown;
    };
    if (e.name === "PrismaClientInitializationError") return true;
    for (const code of [e.code, e.errorCode, e.originalCode])
      if (unreachableCodes.has(String(code))) return true;
    if (unreachableKinds.has(String(e.kind))) return true;
    if (e.message && unreachableMessage.test(e.message)) return true;
    current = e.cause ?? (e as { originalError?: unknown }).originalError;
  }
  return false;
}

/** Errors caused by the request's arguments (bad cursors, page sizes), whatever layer noticed them. */
function isBadInput(error: unknown): error is Error {
  const { name, message } = (error as Error | undefined) ?? {};
  if (name === "PothosValidationError" || name === "PrismaClientValidationError") return true;
  // A cursor decoding to a number no column can hold (e.g. GPC:I:99999999999999999999).
  return (
    name === "PrismaClientUnknownRequestError" && /Could not convert argument value/.test(String(message))
  );
}

const badInputMessage = (error: Error) =>
  error.name === "PothosValidationError"
    ? truncate(error.message, 200)
    : "An argument could not be used (for example a cursor from another list or a value out of range).";

function truncate(text: string, max: number) {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export interface ClassifiedError {
  code: string;
  message: string;
  /** True when the client's message hides the original, which must be logged. */
  masked: boolean;
  limit?: unknown;
}

// graphql-js's own parser limit (parse option maxTokens, set in src/server/limits.ts).
const tokenLimitMessage = /Document contains more th(?:an|at) (\d+) tokens/;

/** What a client may see of any error: a known code and its message, or a plain masked one. */
export function classifyError(error: unknown, shownCode?: unknown): ClassifiedError {
  const original = (error as GraphQLError | undefined)?.originalError ?? error;
  // Apollo re-codes validation errors GRAPHQL_VALIDATION_FAILED: a limit's own code wins.
  const originalCode = (original as GraphQLError | undefined)?.extensions?.code;
  const code =
    typeof originalCode === "string" && clientCodes.has(originalCode)
      ? originalCode
      : typeof shownCode === "string"
        ? shownCode
        : undefined;
  if (isDatabaseUnavailable(original))
    return { code: ErrorCode.DATABASE_UNAVAILABLE, message: databaseUnavailable().message, masked: true };
  if (isBadInput(original))
    return {
      code: ErrorCode.BAD_USER_INPUT,
      message: badInputMessage(original),
      masked: original.name !== "PothosValidationError",
    };
  const message = String((error as Error | undefined)?.message ?? code);
  const tokens = tokenLimitMessage.exec(message);
  if (tokens) {
    const max = Number(tokens[1]);
    const refused = limitExceeded(ErrorCode.TOO_MANY_TOKENS, `The query has more than ${max} tokens.`, {
      name: "tokens",
      max,
    });
    return {
      code: ErrorCode.TOO_MANY_TOKENS,
      message: refused.message,
      masked: false,
      limit: refused.extensions.limit,
    };
  }
  if (code && passThroughCodes.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const limit = (original as GraphQLError | undefined)?.extensions?.limit;
    return { code, message, masked: false, ...(limit === undefined ? {} : { limit }) };
  }
  // graphql-js's messages when operationName does not pick one operation (Apollo Gateway throws them raw).
  if (/^(Unknown operation named|Must provide operation name)/.test(message))
    return { code: "OPERATION_RESOLUTION_FAILURE", message: truncate(message, 200), masked: false };
  if (/not configured to execute (mutation|subscription)/.test(message))
    return {
      code: ErrorCode.OPERATION_NOT_SUPPORTED,
      message: "This graph has no such operation type.",
      masked: false,
    };
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: "Internal server error.", masked: true };
}

/**
 * Apollo Server's formatError: keeps locations and path, replaces message and code by the classified
 * ones, and drops everything else a client should not see (stack traces, exceptions, Prisma meta).
 */
/**
 * The error as a client sees it, at the same place in the response: the classified message and code
 * (and limit), plus any `extensions` given (e.g. the gateway's `http`). Where errors are objects, not
 * formatted JSON (the gateway, in-process subgraphs).
 */
export function shownError(
  error: GraphQLError,
  { code, message, limit }: ClassifiedError,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { code, ...(limit === undefined ? {} : { limit }), ...extensions },
  });
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  const { code, message, limit } = classifyError(error, extensions.code);
  const kept: Record<string, unknown> = { code };
  if (limit !== undefined) kept.limit = limit;
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: kept,
  };
}

// ─── Expected failures of writes ─────────────────────────────────────────────
// Mutations return these as typed results (Pothos errors plugin, see src/schema/common/errors.ts);
// anywhere else they reach the client as GraphQL errors with extensions.code.

/** One problem with the input, at a path such as ["input", "sources", 0, "url"]. */
export interface FieldIssue {
  path: readonly (string | number)[];
  message: string;
}

export class ValidationError extends GraphQLError {
  override name = "ValidationError";
  constructor(readonly issues: readonly FieldIssue[]) {
    super(issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; "), {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
}

export class NotFoundError extends GraphQLError {
  override name = "NotFoundError";
  constructor(
    readonly entityType: string,
    readonly entityId: string,
  ) {
    super(`${entityType} "${entityId}" does not exist.`, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
}

export class ForbiddenError extends GraphQLError {
  override name = "ForbiddenError";
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

/** A write that lost a race or repeats a key: nothing was written. */
export class ConflictError extends GraphQLError {
  override name = "ConflictError";
  constructor(
    message: string,
    /** The version the record has now, when the conflict is a stale version. */
    readonly currentVersion: number | null = null,
  ) {
    super(message, { extensions: { code: ErrorCode.CONFLICT } });
  }
}
