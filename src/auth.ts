import { GraphQLError } from "graphql";
import { jwtVerify } from "jose";
import { z } from "zod";
import { anonymousViewer, type Viewer } from "./context.ts";

const claims = z.object({
  sub: z.string().min(1),
  role: z.enum(["public", "force", "national", "admin"]).default("public"),
  forces: z.array(z.string()).default([]),
});

/**
 * Resolves the viewer from an `Authorization: Bearer <JWT>` header (HS256, secret HUB_JWT_SECRET).
 * No header → the read-only public role. A bad or expired token is refused, never downgraded.
 */
export async function viewerFromAuthorization(
  authorization: string | undefined,
  secret = process.env.HUB_JWT_SECRET,
): Promise<Viewer> {
  if (!authorization) return anonymousViewer;
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!match?.[1]) throw unauthenticated("The Authorization header must be `Bearer <token>`.");
  if (!secret) throw unauthenticated("This hub does not accept tokens (HUB_JWT_SECRET is not set).");
  try {
    const { payload } = await jwtVerify(match[1], new TextEncoder().encode(secret), {
      algorithms: ["HS256"],
    });
    const parsed = claims.parse(payload);
    return { subject: parsed.sub, role: parsed.role, forceIds: parsed.forces };
  } catch (error) {
    throw unauthenticated(`Invalid token: ${(error as Error).message}`);
  }
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}
