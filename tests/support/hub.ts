import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import type { Db } from "../../src/db/database.ts";

/** A unique suffix so fixtures never collide with seeded rows or other test files. */
export const uniq = () => randomUUID().slice(0, 8);

export async function createForces(db: Db, count: number, prefix = `test-${uniq()}`) {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(3, "0")}`);
  await db.force.createMany({
    data: ids.map((id) => ({ id, name: `Force ${id}`, country: "ENGLAND", kind: "TERRITORIAL" })),
  });
  return ids;
}

export const testJwtSecret = "test-secret-for-the-hub-suite-only";

export function signToken(claims: { sub: string; role?: string; forces?: string[] }, secret = testJwtSecret) {
  return new SignJWT({ role: claims.role, forces: claims.forces })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(new TextEncoder().encode(secret));
}

export async function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: test helper returns arbitrary GraphQL JSON
  return { status: response.status, body: (await response.json()) as any };
}
