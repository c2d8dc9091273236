import type { IncomingMessage } from "node:http";
import { GraphQLError } from "graphql";
import type { CredentialResolver } from "../auth.ts";
import type { Viewer } from "../context.ts";
import type { Db } from "../db/database.ts";
import { ErrorCode } from "../errors.ts";
import { viewerForApiKey } from "../services/api-keys.ts";
import { requestInfo } from "./http.ts";

const apiKeyScheme = /^ApiKey\s+(\S+)\s*$/i;

/** The verified caller of a request (a server builds one, memoized per request: hub.ts). */
export type ViewerOf = (req: IncomingMessage) => Promise<Viewer>;

/**
 * The request's credentials as one Authorization value: the header itself, or an `X-API-Key` header
 * (what Power BI's Web connector can send) as `ApiKey <key>`, so the gateway forwards either alike.
 */
export function requestCredentials(req: IncomingMessage) {
  const info = requestInfo(req);
  const header = req.headers["x-api-key"];
  const apiKey = Array.isArray(header) ? header[0] : header;
  if (!info.authorization && apiKey) return { ...info, authorization: `ApiKey ${apiKey.trim()}` };
  return info;
}

/**
 * `Authorization: ApiKey <key>` → the key's viewer, looked up by its hash; unknown or revoked → 401.
 * Without a database (a gateway on its own) the key is left to the subgraphs, which check it: the
 * edge records it as unverified public.
 */
export function apiKeyResolver(db: Db | undefined): CredentialResolver {
  return async (authorization) => {
    const key = apiKeyScheme.exec(authorization)?.[1];
    if (!key) return undefined;
    if (!db) return { subject: "apikey:unverified", role: "public", forceIds: [] };
    const viewer = await viewerForApiKey(db, key);
    if (!viewer)
      throw new GraphQLError("Unknown or revoked API key.", {
        extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
      });
    return viewer;
  };
}
