import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { GraphQLError } from "graphql";
import { classifyError, ErrorCode } from "../errors.ts";
import { logger } from "../logger.ts";
import { type RequestRecord, recordOfContext } from "./http.ts";

/**
 * Classifies each error (errors.ts), adds its code to the request's record, and logs what the client
 * will not see: a database outage as one warning line with the driver's reason, a masked error in full.
 */
export function reportErrors(
  errors: readonly GraphQLError[],
  where: { service: string; requestId?: string; record?: RequestRecord },
) {
  return errors.map((error) => {
    const classified = classifyError(error, error.extensions?.code);
    const { code, masked } = classified;
    where.record?.errorCodes.push(code);
    if (code === ErrorCode.DATABASE_UNAVAILABLE) {
      // Expected during an outage, one per failed request: the driver's reason, not the stack.
      const message = (error.originalError ?? error).message.trim().split("\n").at(-1);
      logger.warn({
        msg: "database unavailable",
        service: where.service,
        requestId: where.requestId,
        code,
        reason: message,
      });
    } else if (masked)
      logger.error({
        msg: "error hidden from client",
        service: where.service,
        requestId: where.requestId,
        code,
        path: error.path?.join("."),
        err: error.originalError ?? error,
      });
    return { error, ...classified };
  });
}

/**
 * What happens to every GraphQL response on an Apollo endpoint: the operation name and error codes go
 * to the request's log line and metrics; errors whose client message is masked are logged in full
 * with the request id; and at the public edge a database outage answers 503 with DATABASE_UNAVAILABLE
 * (no data, so a null can never read as "not found"). Subgraphs answer 200 with the code, which the
 * gateway passes on and turns into its own 503.
 */
export function outcomePlugin<TContext extends BaseContext>(options: {
  service: string;
  edge: boolean;
}): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const record = recordOfContext(contextValue);
      const requestId = (contextValue as { requestId?: string }).requestId;
      return {
        async didResolveOperation({ operationName, operation }) {
          if (record && operationName) record.operationName = operationName;
          if (record && operation) record.operationType = operation.operation;
        },
        async didEncounterErrors({ errors, operationName }) {
          if (record && operationName) record.operationName ??= operationName;
          reportErrors(errors, { service: options.service, requestId, record });
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          // A 500 whose errors were all the client's (e.g. the gateway's raw "Unknown operation named").
          const serverFault = (code: unknown) =>
            code === ErrorCode.INTERNAL_SERVER_ERROR || code === ErrorCode.DATABASE_UNAVAILABLE;
          if (response.http.status === 500 && result.errors?.every((e) => !serverFault(e.extensions?.code)))
            response.http.status = 400;
          if (!options.edge) return;
          const outage = result.errors?.find((e) => e.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE);
          if (!outage) return;
          response.body.singleResult = {
            errors: [{ message: outage.message, extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } }],
          };
          response.http.status = 503;
          response.http.headers.set("retry-after", "5");
        },
      };
    },
  };
}
