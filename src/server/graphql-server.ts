import type { Server } from "node:http";
import type { BaseContext } from "@apollo/server";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { GraphQLSchema } from "graphql";
import { type LimitSettings, loadConfig } from "../config.ts";
import { formatError } from "../errors.ts";
import { logger } from "../logger.ts";
import { legacyJsonStatusPlugin } from "./json-status.ts";
import { apolloLimits } from "./limits.ts";
import { outcomePlugin } from "./outcome.ts";

export interface GraphQLServerOptions<TContext extends BaseContext> {
  schema: GraphQLSchema;
  httpServer?: Server;
  plugins?: ApolloServerPlugin<TContext>[];
  /** Names the endpoint in logs and metrics. */
  service: string;
  /** The public endpoint (gateway or monolith): a database outage answers 503 there. */
  edge: boolean;
  limits?: LimitSettings;
}

/** One Apollo Server configuration for every subgraph and the single-process graph. */
export function createGraphQLServer<TContext extends BaseContext>(
  options: GraphQLServerOptions<TContext>,
): ApolloServer<TContext> {
  const config = loadConfig();
  const limits = apolloLimits<TContext>(options.limits ?? config.limits);
  const plugins = [
    ...limits.plugins,
    outcomePlugin<TContext>({ service: options.service, edge: options.edge }),
    ...(options.plugins ?? []),
  ];
  // Apollo's landing page loads from a CDN; browsers get the local GraphiQL (graphiql.ts) instead.
  plugins.push(ApolloServerPluginLandingPageDisabled(), legacyJsonStatusPlugin<TContext>());
  // No usage or schema reporting to Apollo Studio, even with APOLLO_KEY in the environment: nothing
  // leaves the hub that its own configuration did not ask for.
  plugins.push(ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled());
  if (options.httpServer) plugins.push(ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }));
  const base = {
    plugins,
    introspection: true,
    // Tokens travel in the Authorization header, never in cookies, so browsers cannot forge
    // authenticated requests; CSRF prevention would only break GraphQL-over-HTTP GET requests.
    csrfPrevention: false,
    // The CLI drains and exits on SIGINT/SIGTERM (src/cli/main.ts); Apollo would re-raise the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.development,
    formatError,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: limits.allowBatchedHttpRequests,
    logger: {
      debug: (m: string) => logger.debug(m),
      info: (m: string) => logger.info(m),
      warn: (m: string) => logger.warn(m),
      error: (m: string) => logger.error(m),
    },
  };
  // Inline traces are for Apollo Studio, which an offline hub never reports to. Cache hints would wrap
  // every field's resolver (~5-10% of a request); the hub sets Cache-Control itself (http.ts).
  plugins.push(ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled());
  return new ApolloServer<TContext>({ ...base, schema: options.schema });
}
