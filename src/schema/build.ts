import {
  GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
} from "graphql";
import { builder, type SubGraphName } from "../builder.ts";
import "./all.ts";

export const federationLinkUrl = "https://specs.apollo.dev/federation/v2.6";

let monolith: GraphQLSchema | undefined;
const subgraphs = new Map<SubGraphName, GraphQLSchema>();

/** The whole graph as one schema, served by a single process (no gateway). */
export function monolithSchema(): GraphQLSchema {
  monolith ??= asServed(builder.toSchema({ sortSchema: true }));
  return monolith;
}

/**
 * The builder declares every custom scalar in every subgraph; the subgraphs (and so the gateway) keep
 * only those a field or argument uses, without @specifiedBy. The single-process schema does the same,
 * so that `schema/hub.graphql` is exactly what the default endpoint serves
 * (tests/server/endpoint.test.ts).
 */
function asServed(schema: GraphQLSchema): GraphQLSchema {
  const used = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) || isInterfaceType(type))
      for (const field of Object.values(type.getFields())) {
        used.add(getNamedType(field.type).name);
        for (const arg of field.args) used.add(getNamedType(arg.type).name);
      }
    if (isInputObjectType(type))
      for (const field of Object.values(type.getFields())) used.add(getNamedType(field.type).name);
  }
  for (const directive of schema.getDirectives())
    for (const arg of directive.args) used.add(getNamedType(arg.type).name);
  const config = schema.toConfig();
  const types = config.types.filter((t) => !isScalarType(t) || isSpecifiedScalarType(t) || used.has(t.name));
  // Subgraph SDL drops @specifiedBy, so the gateway never serves it: print the scalars as served.
  // (These scalar objects belong to this schema alone: Pothos builds new ones for every schema.)
  for (const type of types) if (isScalarType(type)) type.specifiedByURL = undefined;
  return new GraphQLSchema({ ...config, types });
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
