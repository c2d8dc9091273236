import { type GraphQLSchema, graphql } from "graphql";
import { createContext, type HubContext, type Viewer } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import { monolithSchema } from "../../src/schema/build.ts";
import { countQueries } from "./database.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary GraphQL results
type Data = any;

/** Executes an operation in-process, counting the SQL statements it costs. */
export async function runGraphQL(
  database: Database,
  source: string,
  options: { variables?: Record<string, unknown>; viewer?: Viewer; schema?: GraphQLSchema } = {},
) {
  const contextValue: HubContext = createContext({ db: database.db, viewer: options.viewer });
  const { result, count, statements } = await countQueries(database, () =>
    graphql({
      schema: options.schema ?? monolithSchema(),
      source,
      variableValues: options.variables,
      contextValue,
    }),
  );
  return { data: result.data as Data, errors: result.errors, count, statements };
}

/** Like runGraphQL, but fails on GraphQL errors. */
export async function okGraphQL(
  database: Database,
  source: string,
  options: Parameters<typeof runGraphQL>[2] = {},
) {
  const result = await runGraphQL(database, source, options);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result;
}
