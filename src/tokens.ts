import { SignJWT } from "jose";
import type { Viewer } from "./context.ts";
import { UserError } from "./errors.ts";

// Minting bearer tokens for local use (`hub token`): what a force app's identity provider would issue.

export interface TokenRequest {
  role: Viewer["role"];
  forces: readonly string[];
  subject?: string;
  /** Lifetime in seconds (default one hour): dev tokens are short-lived. */
  ttlSeconds?: number;
}

export interface TokenSettings {
  secret?: string;
  issuer?: string;
  audience?: string;
  /** The longest lifetime the hub accepts (HUB_JWT_MAX_LIFETIME_SECONDS). */
  maxLifetimeSeconds?: number;
}

const forceSlug = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An HS256 JWT with sub, role, forces, iat and exp (and iss/aud when the hub is configured with them). */
export async function mintToken(
  request: TokenRequest,
  settings: TokenSettings,
  now = new Date(),
): Promise<string> {
  if (!settings.secret)
    throw new UserError("HUB_JWT_SECRET is not set: the hub accepts no tokens, so none can be minted.");
  if (request.role === "force" && request.forces.length === 0)
    throw new UserError("A force token names its force: --force <slug> (e.g. --force hertfordshire).");
  if (request.role !== "force" && request.forces.length > 0)
    throw new UserError(
      `Only force tokens name forces (a ${request.role} token acts for every force or none).`,
    );
  const bad = request.forces.find((force) => !forceSlug.test(force));
  if (bad) throw new UserError(`"${bad}" is not a force id (data.police.uk slug such as hertfordshire).`);
  const ttl = request.ttlSeconds ?? 3600;
  const longest = settings.maxLifetimeSeconds ?? 24 * 3600;
  if (!Number.isInteger(ttl) || ttl <= 0 || ttl > longest)
    throw new UserError(`--ttl must be between 1 and ${longest} seconds (HUB_JWT_MAX_LIFETIME_SECONDS).`);
  const issuedAt = Math.floor(now.getTime() / 1000);
  let jwt = new SignJWT({ role: request.role, forces: [...request.forces] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(
      request.subject ?? `dev-${request.role}${request.forces.length ? `-${request.forces.join("+")}` : ""}`,
    )
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttl);
  if (settings.issuer) jwt = jwt.setIssuer(settings.issuer);
  if (settings.audience) jwt = jwt.setAudience(settings.audience);
  return jwt.sign(new TextEncoder().encode(settings.secret));
}

/** "90s", "15m", "2h" or plain seconds. */
export function parseTtl(text: string): number {
  const match = /^(\d+)\s*([smh]?)$/.exec(text.trim());
  if (!match) throw new UserError(`--ttl "${text}": use seconds or a number with s, m or h (e.g. 15m).`);
  const unit = { "": 1, s: 1, m: 60, h: 3600 }[match[2] as "" | "s" | "m" | "h"];
  return Number(match[1]) * unit;
}
