import {
  type ExecutionResult,
  execute,
  type GraphQLError,
  type GraphQLSchema,
  Kind,
  type TypeNode,
} from "graphql";
import type { HubContext } from "../../context.ts";
import { bulkPageSize } from "../../schema/common/pagination.ts";
import type { ExportTable } from "./tables.ts";

export type Cell = string | number | boolean | null;
export type Row = Cell[];

/** The operation refused the request (bad parameters, no permission): nothing was streamed yet. */
export class ExportRequestError extends Error {
  override name = "ExportRequestError";
  constructor(
    readonly status: number,
    readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[],
  ) {
    super(errors.map((e) => e.message).join("; "));
  }
}

const statusOfCode: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
};

function requestError(errors: readonly GraphQLError[]): ExportRequestError {
  // Errors without a path (variable coercion) are the caller's: a bad parameter value.
  const statuses = errors.map((e) =>
    e.path
      ? (statusOfCode[String(e.extensions?.code)] ?? 500)
      : (statusOfCode[String(e.extensions?.code)] ?? 400),
  );
  return new ExportRequestError(
    Math.max(...statuses),
    errors.map((e) => ({
      message: e.message,
      ...(e.extensions?.code ? { extensions: { code: e.extensions.code } } : {}),
    })),
  );
}

function parameterValue(type: TypeNode, raw: string): unknown {
  if (type.kind === Kind.NON_NULL_TYPE) return parameterValue(type.type, raw);
  if (type.kind === Kind.LIST_TYPE)
    return raw
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== "")
      .map((part) => parameterValue(type.type, part));
  const value = raw.trim();
  switch (type.name.value) {
    case "Int":
    case "Float":
      // Left a string when it is not a number, so GraphQL's own coercion names the problem.
      return value !== "" && Number.isFinite(Number(value)) ? Number(value) : value;
    case "Boolean":
      return value === "true" || value === "1" ? true : value === "false" || value === "0" ? false : value;
    default:
      return value;
  }
}

/**
 * Query parameters → the operation's variables: lists are comma-separated (`forceIds=a,b`), an empty
 * value leaves the variable out. `reserved` names (format options) are skipped; any other unknown
 * parameter is refused so a typo never silently exports everything.
 */
export function exportVariables(
  table: ExportTable,
  query: Record<string, unknown>,
  reserved: readonly string[],
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const [name, given] of Object.entries(query)) {
    if (reserved.includes(name)) continue;
    const parameter = table.parameters.find((p) => p.name === name);
    if (!parameter) {
      unknown.push(name);
      continue;
    }
    const raw = Array.isArray(given) ? given.join(",") : String(given);
    if (raw.trim() === "") continue;
    variables[name] = parameterValue(parameter.typeNode, raw);
  }
  if (unknown.length) {
    const known = table.parameters.map((p) => p.name).join(", ") || "none";
    throw new ExportRequestError(400, [
      {
        message: `Unknown parameter ${unknown.join(", ")} for export ${table.name} (parameters: ${known})`,
        extensions: { code: "BAD_USER_INPUT" },
      },
    ]);
  }
  return variables;
}

function cell(row: unknown, path: readonly string[]): Cell {
  let value = row;
  for (const key of path) {
    if (value == null || typeof value !== "object") return null;
    value = (value as Record<string, unknown>)[key];
  }
  return value == null ? null : (value as Cell);
}

function toRows(table: ExportTable, items: readonly unknown[]): Row[] {
  return items.map((item) => table.columns.map((column) => cell(item, column.path)));
}

interface Connection {
  nodes: unknown[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const pagesPerContext = 20;

/**
 * Runs the export's operation and yields its rows page by page. A connection is paged through in
 * keyset batches of `bulkPageSize` (the cursor is the last row's key), so memory stays flat whatever
 * the row count; the consumer's backpressure paces the queries. Errors on the first page throw
 * ExportRequestError before anything is yielded.
 */
export async function* exportPages(
  schema: GraphQLSchema,
  table: ExportTable,
  variables: Record<string, unknown>,
  context: () => HubContext,
): AsyncGenerator<Row[]> {
  let after: string | null = null;
  let ctx = context();
  for (let page = 1; ; page++) {
    // Per-request loaders cache by parameter set (a date's disclosure cube, a force): shared across
    // pages they save recomputing, renewed now and then they stay bounded whatever the row count.
    if (page % pagesPerContext === 0) ctx = context();
    const paging = table.source === "connection" ? { first: bulkPageSize, after } : {};
    const result = (await execute({
      schema,
      document: table.document.document,
      variableValues: { ...variables, ...paging },
      contextValue: ctx,
    })) as ExecutionResult<Record<string, unknown>>;
    if (result.errors?.length) throw requestError(result.errors);
    const root = result.data?.[table.rootKey];
    if (table.source === "list") {
      yield toRows(table, (root as unknown[] | null) ?? []);
      return;
    }
    if (table.source === "object") {
      yield root == null ? [] : toRows(table, [root]);
      return;
    }
    const connection = root as Connection | null;
    if (!connection) return;
    yield toRows(table, connection.nodes);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return;
    after = connection.pageInfo.endCursor;
  }
}
