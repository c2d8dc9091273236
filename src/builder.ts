import SchemaBuilder from "@pothos/core";
import DirectivesPlugin from "@pothos/plugin-directives";
import FederationPlugin from "@pothos/plugin-federation";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin, { decodeGlobalID } from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import SubGraphPlugin from "@pothos/plugin-sub-graph";
import { GraphQLError } from "graphql";
import {
  DateResolver,
  DateTimeResolver,
  JSONResolver,
  NonNegativeFloatResolver,
  NonNegativeIntResolver,
  PositiveIntResolver,
  URLResolver,
} from "graphql-scalars";
import type { HubContext } from "./context.ts";
import type PrismaTypes from "./generated/pothos-prisma-types.ts";
import { getDatamodel } from "./generated/pothos-prisma-types.ts";

/** The hub's Federation v2 subgraphs. A type or field names the subgraphs it belongs to. */
export type SubGraphName = "organisations" | "plan" | "workforce";
export const subGraphNames: readonly SubGraphName[] = ["organisations", "plan", "workforce"];

export const builder = new SchemaBuilder<{
  Context: HubContext;
  PrismaTypes: PrismaTypes;
  SubGraphs: SubGraphName;
  DefaultFieldNullability: false;
  AuthScopes: {
    public: boolean;
    national: boolean;
    /** The viewer may write for this force. */
    forceMember: string;
  };
  Scalars: {
    Date: { Input: Date; Output: Date | string };
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    NonNegativeInt: { Input: number; Output: number };
    NonNegativeFloat: { Input: number; Output: number };
    PositiveInt: { Input: number; Output: number };
    URL: { Input: URL; Output: URL | string };
  };
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, DirectivesPlugin, SubGraphPlugin, FederationPlugin],
  defaultFieldNullability: false,
  subGraphs: { defaultForTypes: [], fieldsInheritFromTypes: true },
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    exposeDescriptions: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
  relay: {
    // `id` stays the natural key (force slug, uuid) that federation keys on; the Relay global id is `nodeId`.
    idFieldName: "nodeId",
    clientMutationId: "omit",
    // `nodes` beside `edges`: BI tools want rows, not edges.
    nodesOnConnection: true,
    cursorType: "String",
    decodeGlobalID: (globalID) => {
      try {
        return decodeGlobalID(globalID);
      } catch {
        throw new GraphQLError(`"${globalID}" is not a node id (use a nodeId the hub returned).`, {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
    },
    nodeTypeOptions: { subGraphs: ["organisations", "plan", "workforce"] },
    pageInfoTypeOptions: { subGraphs: ["organisations", "plan", "workforce"], shareable: true },
    // One subgraph answers node(id:) for every global id; see src/schema/common/nodes.ts.
    nodeQueryOptions: { subGraphs: ["organisations"] },
    nodesQueryOptions: { subGraphs: ["organisations"] },
  },
  scopeAuth: {
    authScopes: (ctx) => ({
      public: true,
      national: ctx.viewer.role === "national" || ctx.viewer.role === "admin",
      forceMember: (forceId) => ctx.viewer.role === "admin" || ctx.viewer.forceIds.includes(forceId),
    }),
  },
});

const everywhere = { subGraphs: [...subGraphNames] };
builder.addScalarType("Date", DateResolver, everywhere);
builder.addScalarType("DateTime", DateTimeResolver, everywhere);
builder.addScalarType("JSON", JSONResolver, everywhere);
builder.addScalarType("NonNegativeInt", NonNegativeIntResolver, everywhere);
builder.addScalarType("NonNegativeFloat", NonNegativeFloatResolver, everywhere);
builder.addScalarType("PositiveInt", PositiveIntResolver, everywhere);
builder.addScalarType("URL", URLResolver, everywhere);

builder.queryType({ subGraphs: [...subGraphNames], defaultSubGraphsForFields: [] });
