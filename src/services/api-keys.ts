import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Viewer } from "../context.ts";
import type { Db } from "../db/database.ts";

/** Roles a key can carry: a force's analysts or the national team (no admin keys: writes need tokens). */
export const apiKeyRoles = ["force", "national"] as const;
export type ApiKeyRole = (typeof apiKeyRoles)[number];

const keyPattern = /^prap_[A-Za-z0-9_-]{43}$/;

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

const createInput = z
  .object({
    name: z.string().trim().min(1),
    role: z.enum(apiKeyRoles),
    forceIds: z.array(z.string().trim().min(1)).default([]),
    createdBy: z.string().trim().min(1),
  })
  .refine((input) => (input.role === "force" ? input.forceIds.length > 0 : input.forceIds.length === 0), {
    message: "a force key names its forces (--force); a national key names none",
  });

export type ApiKeyProblem = { problem: string };

/** Creates a key; the key itself is in the result only, never stored. */
export async function createApiKey(db: Db, input: z.input<typeof createInput>) {
  const parsed = createInput.safeParse(input);
  if (!parsed.success) return { problem: parsed.error.issues.map((i) => i.message).join("; ") };
  const { forceIds } = parsed.data;
  const known = await db.force.findMany({ where: { id: { in: forceIds } }, select: { id: true } });
  const unknown = forceIds.filter((id) => !known.some((f) => f.id === id));
  if (unknown.length) return { problem: `unknown force ${unknown.join(", ")}` };
  const key = `prap_${randomBytes(32).toString("base64url")}`;
  const row = await db.apiKey.create({
    data: { ...parsed.data, keyHash: hashApiKey(key), prefix: key.slice(0, 12) },
  });
  return { key, apiKey: row };
}

export function listApiKeys(db: Db) {
  return db.apiKey.findMany({ orderBy: { createdAt: "asc" }, omit: { keyHash: true } });
}

/** Revokes by id or prefix; null if no live key matches (exactly one must). */
export async function revokeApiKey(db: Db, idOrPrefix: string) {
  const isUuid = z.uuid().safeParse(idOrPrefix).success;
  const matches = await db.apiKey.findMany({
    where: { revokedAt: null, ...(isUuid ? { id: idOrPrefix } : { prefix: { startsWith: idOrPrefix } }) },
  });
  if (matches.length !== 1 || !matches[0]) return null;
  return db.apiKey.update({
    where: { id: matches[0].id },
    data: { revokedAt: new Date() },
    omit: { keyHash: true },
  });
}

/** The viewer a key acts as, or null when it is malformed, unknown or revoked. */
export async function viewerForApiKey(db: Db, key: string): Promise<Viewer | null> {
  if (!keyPattern.test(key)) return null;
  const row = await db.apiKey.findUnique({ where: { keyHash: hashApiKey(key) } });
  if (!row || row.revokedAt) return null;
  return { subject: `apikey:${row.name}`, role: row.role as ApiKeyRole, forceIds: row.forceIds };
}
