import type { IncomingMessage } from "node:http";
import type { Transport } from "@graphql-mesh/transport-common";
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  type GraphQLError,
  type GraphQLSchema,
  validate,
} from "graphql";
import type { SubGraphName } from "../builder.ts";
import type { HubContext } from "../context.ts";
import { shownError } from "../errors.ts";
import { getOrCreate } from "../memo.ts";
import { reportErrors } from "./outcome.ts";

/** A subgraph the gateway runs in its own process: its schema and how to build its request context. */
export interface LocalSubgraph {
  schema: GraphQLSchema;
  context(req: IncomingMessage): Promise<HubContext>;
}

type Executor = Awaited<ReturnType<Transport["getSubgraphExecutor"]>>;

export const inProcessKind = "hub-in-process";

/**
 * A Hive Gateway transport that executes a subgraph's fetches on its schema in this process instead
 * of over HTTP: the same documents the planner would send (`_entities` included), the same context and
 * resolvers, and errors coded and masked as the subgraph's own endpoint would (errors.ts), minus a
 * loopback round trip, a JSON encode/decode and a second Express and Apollo request per fetch. The
 * limits were enforced on the caller's operation at the gateway; the planner's documents are validated
 * once each (they are reused per plan).
 */
export function inProcessTransport(subgraphs: Partial<Record<SubGraphName, LocalSubgraph>>): Transport {
  return {
    getSubgraphExecutor({ subgraphName }) {
      const local = subgraphs[subgraphName as SubGraphName];
      if (!local) throw new Error(`No in-process subgraph named "${subgraphName}"`);
      const validated = new WeakMap<DocumentNode, readonly GraphQLError[]>();
      const executor = async (request: Parameters<Executor>[0]): Promise<ExecutionResult> => {
        const errors = getOrCreate(validated, request.document, () =>
          validate(local.schema, request.document),
        );
        const req = (request.context as { req?: IncomingMessage } | undefined)?.req;
        if (!req) throw new Error("An in-process subgraph fetch needs the gateway's request");
        const contextValue = await local.context(req);
        if (errors.length) return coded(subgraphName, contextValue, { errors });
        const result = await execute({
          schema: local.schema,
          document: request.document,
          variableValues: request.variables,
          operationName: request.operationName,
          contextValue,
        });
        return result.errors?.length ? coded(subgraphName, contextValue, result) : result;
      };
      return executor as Executor;
    },
  };
}

/** The result as the subgraph's HTTP endpoint would have answered it: codes and masked messages only. */
function coded(service: string, context: HubContext, result: ExecutionResult): ExecutionResult {
  const reported = reportErrors(result.errors ?? [], { service, requestId: context.requestId });
  return { ...result, errors: reported.map((classified) => shownError(classified.error, classified)) };
}
