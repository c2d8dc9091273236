import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { requestErrorCodes } from "../errors.ts";

const graphqlResponse = "application/graphql-response+json";
const json = "application/json";

/** The q a media type gets from an Accept header: that of its most specific matching range. */
function quality(accept: string, type: string): number {
  const [major] = type.split("/");
  let best = { specificity: -1, q: 0 };
  for (const part of accept.split(",")) {
    const [range = "", ...params] = part.trim().toLowerCase().split(";");
    const specificity = range === type ? 2 : range === `${major}/*` ? 1 : range === "*/*" ? 0 : -1;
    if (specificity <= best.specificity) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    best = { specificity, q: q ? Number(q.slice(2)) : 1 };
  }
  return best.q;
}

/** The media type Apollo answers with: application/json unless graphql-response+json is preferred. */
export function responseMediaType(accept: string | undefined): string {
  if (!accept) return json;
  return quality(accept, graphqlResponse) > quality(accept, json) ? graphqlResponse : json;
}

/**
 * GraphQL over HTTP: a client that asked for application/json (legacy clients, BI tools that hide the
 * body of a 4xx) gets its parse, validation and variable errors with status 200; clients that accept
 * application/graphql-response+json keep Apollo's 400. Other statuses (401, 405, 500) are untouched.
 */
export function legacyJsonStatusPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.http.status !== 400 || response.body.kind !== "single") return;
          if (responseMediaType(request.http?.headers.get("accept")) !== json) return;
          const { data, errors } = response.body.singleResult;
          const requestErrors = errors?.every((e) => requestErrorCodes.has(String(e.extensions?.code)));
          if (data === undefined && errors?.length && requestErrors) response.http.status = 200;
        },
      };
    },
  };
}
