import SchemaBuilder from "@pothos/core";
import DirectivesPlugin from "@pothos/plugin-directives";
import ErrorsPlugin from "@pothos/plugin-errors";
import FederationPlugin from "@pothos/plugin-federation";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin, { decodeGlobalID } from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import SubGraphPlugin from "@pothos/plugin-sub-graph";
import ZodPlugin from "@pothos/plugin-zod";
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
import { loadPrismaQueryCheck } from "./config.ts";
import type { HubContext } from "./context.ts";
import { ForbiddenError, ValidationError } from "./errors.ts";
import type PrismaTypes from "./generated/pothos-prisma-types.ts";
import { getDatamodel } from "./generated/pothos-prisma-types.ts";
import {
  canManagePlan,
  canReadAuditTrail,
  canVerifyEvidence,
  canWriteFor,
  type Owner,
  readsEverything,
} from "./policy/permissions.ts";
import { type OwnedEntity, ownerOfRecord } from "./services/owners.ts";
import { viewerReach } from "./services/reach.ts";

/** The hub's Federation v2 subgraphs. A type or field names the subgraphs it belongs to. */
export type SubGraphName = "organisations" | "plan" | "workforce";
export const subGraphNames: readonly SubGraphName[] = ["organisations", "plan", "workforce"];
/** Where each subgraph listens when run on its own (`hub subgraph <name>`); written into the supergraph. */
export const defaultSubgraphPorts: Record<SubGraphName, number> = {
  organisations: 4101,
  plan: 4102,
  workforce: 4103,
};

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
    /** The viewer may write records of this owner. */
    writeFor: Owner;
    /** The viewer may write this existing record (its owner is looked up; a missing record passes, to be NotFound). */
    writeRecord: { entity: OwnedEntity; id: string };
    managePlan: boolean;
    verifyEvidence: boolean;
    /** A force, national or admin token (audit trail, drafts). */
    signedIn: boolean;
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
  // Errors wraps scope-auth so a refused mutation is a typed ForbiddenError result.
  plugins: [
    ErrorsPlugin,
    ScopeAuthPlugin,
    PrismaPlugin,
    RelayPlugin,
    ZodPlugin,
    DirectivesPlugin,
    SubGraphPlugin,
    FederationPlugin,
  ],
  defaultFieldNullability: false,
  subGraphs: { defaultForTypes: [], fieldsInheritFromTypes: true },
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    exposeDescriptions: true,
    onUnusedQuery: loadPrismaQueryCheck() ? "warn" : null,
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
    cacheKey: (value) => JSON.stringify(value),
    unauthorizedError: (_parent, ctx) =>
      new ForbiddenError(`A ${ctx.viewer.role} caller may not do this (subject "${ctx.viewer.subject}").`),
    authScopes: (ctx) => ({
      public: true,
      national: readsEverything(ctx.viewer),
      forceMember: async (forceId) => canWriteFor(await viewerReach(ctx), { kind: "force", forceId }),
      writeFor: async (owner) => canWriteFor(await viewerReach(ctx), owner),
      writeRecord: async ({ entity, id }) => {
        const owner = await ownerOfRecord(ctx.db, entity, id);
        return owner === null || canWriteFor(await viewerReach(ctx), owner);
      },
      managePlan: canManagePlan(ctx.viewer),
      verifyEvidence: canVerifyEvidence(ctx.viewer),
      signedIn: canReadAuditTrail(ctx.viewer),
    }),
  },
  errors: {
    // Validation failures become typed ValidationError results on mutations that list them.
    unsafelyHandleInputErrors: true,
  },
  // plugin-zod, not plugin-validation: the latter's FieldRef.validate augmentation breaks the typing of
  // prismaObjectField(…, t.field({ select })) used across the schema.
  zod: {
    validationError: (error) =>
      new ValidationError(
        error.issues.map((issue) => ({
          path: issue.path.map((part) => (typeof part === "number" ? part : String(part))),
          message: issue.message,
        })),
      ),
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
// Every write lives in the plan subgraph, which owns evidence, boards, force objectives and the plan.
builder.mutationType({ subGraphs: ["plan"], defaultSubGraphsForFields: ["plan"] });
