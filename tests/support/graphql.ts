import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type DocumentNode, execute, type GraphQLError, type GraphQLSchema, graphql } from "graphql";
import { createContext, type HubContext, type Viewer } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import { monolithSchema } from "../../src/schema/build.ts";
import { countQueries } from "./database.ts";

// A generated typed document (tests/operations/*.graphql or examples/operations/*.graphql, then
// `npm run codegen`) types the result and the variables. An inline operation string has no type to
// check against: its data is untyped, so prefer a document for anything beyond a one-off query.
// biome-ignore lint/suspicious/noExplicitAny: the result of an inline, untyped operation string
type Untyped = any;

export interface RunOptions<TVariables> {
  variables?: TVariables;
  viewer?: Viewer;
  schema?: GraphQLSchema;
}

/** Executes an operation in-process, counting the SQL statements it costs. */
export async function runGraphQL<TData, TVariables>(
  database: Database,
  document: TypedDocumentNode<TData, TVariables>,
  options?: RunOptions<TVariables>,
): Promise<GraphQLRun<TData>>;
export async function runGraphQL(
  database: Database,
  source: string,
  options?: RunOptions<Record<string, unknown>>,
): Promise<GraphQLRun<Untyped>>;
export async function runGraphQL(
  database: Database,
  operation: string | DocumentNode,
  options: RunOptions<unknown> = {},
): Promise<GraphQLRun<unknown>> {
  const contextValue: HubContext = createContext({ db: database.db, viewer: options.viewer });
  const schema = options.schema ?? monolithSchema();
  const variableValues = options.variables as Record<string, unknown> | undefined;
  const { result, count, statements } = await countQueries(database, async () =>
    typeof operation === "string"
      ? graphql({ schema, source: operation, variableValues, contextValue })
      : execute({ schema, document: operation, variableValues, contextValue }),
  );
  return { data: result.data, errors: result.errors, count, statements };
}

export interface GraphQLRun<TData> {
  data: TData;
  errors?: readonly GraphQLError[];
  /** SQL statements the operation cost. */
  count: number;
  statements: string[];
}

/** Like runGraphQL, but fails on GraphQL errors. */
export async function okGraphQL<TData, TVariables>(
  database: Database,
  document: TypedDocumentNode<TData, TVariables>,
  options?: RunOptions<TVariables>,
): Promise<GraphQLRun<TData>>;
export async function okGraphQL(
  database: Database,
  source: string,
  options?: RunOptions<Record<string, unknown>>,
): Promise<GraphQLRun<Untyped>>;
export async function okGraphQL(
  database: Database,
  operation: string | DocumentNode,
  options: RunOptions<Record<string, unknown>> = {},
): Promise<GraphQLRun<unknown>> {
  const result = await runGraphQL(database, operation as string, options);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result;
}
