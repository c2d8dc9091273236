import { readFileSync } from "node:fs";
import { GraphQLError } from "graphql";
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeProtectedHeader,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from "jose";
import { z } from "zod";
import { loadConfig, type TokenSettings } from "./config.ts";
import { anonymousViewer, type Viewer } from "./context.ts";
import { ErrorCode, UserError } from "./errors.ts";

/**
 * The claims a token must carry: `sub`, and the hub's `role` and `forces` (force slugs). A force's
 * identity provider maps its groups to these claims (README "Tokens and identity providers").
 */
const claims = z.object({
  sub: z.string().min(1),
  role: z.enum(["public", "force", "national", "admin"]).default("public"),
  forces: z.array(z.string()).default([]),
});

const asymmetric = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "EdDSA"];

/** Turns a credential into a viewer; `undefined` when the credential is not its kind (next one tries). */
export type CredentialResolver = (authorization: string) => Promise<Viewer | undefined>;

function jwksKeys(jwks: string): JWTVerifyGetKey {
  if (/^https?:\/\//.test(jwks)) return createRemoteJWKSet(new URL(jwks));
  try {
    return createLocalJWKSet(JSON.parse(readFileSync(jwks, "utf8")));
  } catch (error) {
    throw new UserError(`HUB_JWT_JWKS: cannot read a JWKS from ${jwks}: ${(error as Error).message}`);
  }
}

/**
 * Verifies `Bearer <JWT>`: HS256 with HUB_JWT_SECRET (≥ 32 bytes) and/or the asymmetric keys of
 * HUB_JWT_JWKS (a file or URL); `exp` required and at most HUB_JWT_MAX_LIFETIME_SECONDS ahead (and
 * after `iat`); `iss`/`aud` checked when set; HUB_JWT_CLOCK_SKEW_SECONDS of clock skew allowed.
 */
export function bearerTokenResolver(settings: TokenSettings): CredentialResolver {
  // Imported once: jose would import a raw secret on every verification (~55 µs of each request).
  const secret = settings.secret
    ? crypto.subtle.importKey(
        "raw",
        new TextEncoder().encode(settings.secret),
        { name: "HMAC", hash: "SHA-256" },
        false,
        ["verify"],
      )
    : undefined;
  const keys = settings.jwks ? jwksKeys(settings.jwks) : undefined;
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) return undefined;
    const token = match[1];
    if (!secret && !keys)
      throw unauthenticated("This hub does not accept tokens (no HUB_JWT_SECRET or HUB_JWT_JWKS).");
    let payload: JWTPayload;
    try {
      const { alg } = decodeProtectedHeader(token);
      const options = {
        issuer: settings.issuer,
        audience: settings.audience,
        clockTolerance: settings.clockSkewSeconds,
        requiredClaims: ["exp", "sub"],
      };
      if (alg === "HS256" && secret)
        payload = (await jwtVerify(token, await secret, { ...options, algorithms: ["HS256"] })).payload;
      else if (alg && asymmetric.includes(alg) && keys)
        payload = (await jwtVerify(token, keys, { ...options, algorithms: asymmetric })).payload;
      else throw new Error(`tokens signed with ${alg ?? "no algorithm"} are not accepted here`);
    } catch (error) {
      throw unauthenticated(`Invalid token: ${plain(error)}`);
    }
    const now = Math.floor(Date.now() / 1000);
    const lifetime = (payload.exp ?? 0) - Math.min(payload.iat ?? now, now);
    if (lifetime > settings.maxLifetimeSeconds + settings.clockSkewSeconds)
      throw unauthenticated(`Invalid token: it lives longer than ${settings.maxLifetimeSeconds} seconds.`);
    const parsed = claims.safeParse(payload);
    if (!parsed.success) throw unauthenticated("Invalid token: its role or forces claim is not valid.");
    return { subject: parsed.data.sub, role: parsed.data.role, forceIds: parsed.data.forces };
  };
}

/** jose's messages name the claim or check that failed, never the key: safe to show. */
function plain(error: unknown): string {
  const e = error as { code?: string; message?: string };
  if (e.code === "ERR_JWT_CLAIM_VALIDATION_FAILED" || e.code === "ERR_JWT_EXPIRED") return String(e.message);
  if (e.code === "ERR_JWS_SIGNATURE_VERIFICATION_FAILED") return "signature verification failed";
  if (e.code === "ERR_JWKS_NO_MATCHING_KEY") return "no matching key";
  if (e.code?.startsWith("ERR_J")) return "malformed token";
  return e.message ?? "malformed token";
}

/**
 * Resolves the viewer of a request from its Authorization header: no header → the public role;
 * otherwise the first resolver that recognises the credential decides (bearer JWTs here; API keys or
 * other schemes add a resolver in `resolvers`). A credential nobody recognises, or a bad one, is
 * refused with 401, never downgraded to public.
 */
export function createViewerResolver(settings: TokenSettings, resolvers: CredentialResolver[] = []) {
  const chain = [...resolvers, bearerTokenResolver(settings)];
  return async (authorization: string | undefined): Promise<Viewer> => {
    if (!authorization) return anonymousViewer;
    for (const resolve of chain) {
      const viewer = await resolve(authorization);
      if (viewer) return viewer;
    }
    throw unauthenticated("The Authorization header must be `Bearer <token>`.");
  };
}

/** One-off resolution with the configured settings (servers build their resolver once instead). */
export function viewerFromAuthorization(authorization: string | undefined, settings = loadConfig().tokens) {
  return createViewerResolver(settings)(authorization);
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });
}
