import {
  ApolloGateway,
  type GraphQLDataSourceProcessOptions,
  RemoteGraphQLDataSource,
} from "@apollo/gateway";
import { disableVendorTelemetry } from "../config.ts";
import type { RequestInfo } from "./http.ts";

export type GatewayContext = RequestInfo;

/** Headers every subgraph receives: the caller's credentials and the request id for tracing. */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (!request.http) return;
    if (context.authorization) request.http.headers.set("authorization", context.authorization);
    if (context.requestId) request.http.headers.set("x-request-id", context.requestId);
  }
}

/**
 * An Apollo Gateway over a static, committed supergraph. `urls` overrides where each subgraph is
 * (by name); otherwise the URL in the supergraph is used.
 */
export function createGateway(options: {
  supergraphSdl: string;
  urls?: Record<string, string>;
}): ApolloGateway {
  disableVendorTelemetry();
  return new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new ForwardingDataSource({ url: options.urls?.[name] ?? url }),
  });
}
