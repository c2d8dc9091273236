import type { GraphQLSchema } from "graphql";
import { builder, type SubGraphName } from "../builder.ts";
import "./all.ts";

export const federationLinkUrl = "https://specs.apollo.dev/federation/v2.6";

let monolith: GraphQLSchema | undefined;
const subgraphs = new Map<SubGraphName, GraphQLSchema>();

/** The whole graph as one schema, served by a single process (no gateway). */
export function monolithSchema(): GraphQLSchema {
  monolith ??= builder.toSchema({ sortSchema: true });
  return monolith;
}

/** One Federation v2 subgraph (with _service and _entities). */
export function subgraphSchema(name: SubGraphName): GraphQLSchema {
  let schema = subgraphs.get(name);
  if (!schema) {
    schema = builder.toSubGraphSchema({ subGraph: name, linkUrl: federationLinkUrl });
    subgraphs.set(name, schema);
  }
  return schema;
}
