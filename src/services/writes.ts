import type { HubContext } from "../context.ts";
import type { Db } from "../db/database.ts";
import { ConflictError } from "../errors.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { AuditAction } from "../generated/prisma/enums.ts";
import type { Owner } from "../policy/permissions.ts";
import { recordAudit } from "./audit.ts";
import { announced } from "./data-version.ts";

// What every write shares: one transaction holding the change and its audit row, creates made
// idempotent by a client key, and updates guarded by the version the client read.

export type Tx = Prisma.TransactionClient;

/** Who makes a change, as the audit trail records it. */
export interface Actor {
  subject: string;
  role: string;
  requestId: string;
}

export function actorOf(ctx: HubContext): Actor {
  return { subject: ctx.viewer.subject, role: ctx.viewer.role, requestId: ctx.requestId };
}

/** One change for the audit trail: the record's values before (null on create) and after. */
export interface Change {
  action: AuditAction;
  entityType: string;
  entityId: string;
  owner: Owner;
  before: unknown;
  after: unknown;
}

/** JSON for the audit trail: dates as ISO strings, decimals and bigints as strings. */
export function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(
    JSON.stringify(value ?? null, (_key, v) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

export async function audit(tx: Tx, actor: Actor, change: Change): Promise<void> {
  const { owner } = change;
  await recordAudit(tx, {
    actor: actor.subject,
    actorRole: actor.role,
    requestId: actor.requestId,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    changes: toJson({ before: change.before, after: change.after }),
    ownerForceId: owner.kind === "force" ? owner.forceId : null,
    ownerCollaborationId: owner.kind === "collaboration" ? owner.collaborationId : null,
    ownerNational: owner.kind === "national",
  });
}

/** Runs `write` in one transaction; the change it reports is audited in the same transaction. */
export function audited<T>(
  db: Db,
  actor: Actor,
  write: (tx: Tx) => Promise<{ result: T; changes: Change[] }>,
): Promise<T> {
  return announced(
    db.$transaction(async (tx) => {
      const { result, changes } = await write(tx);
      for (const change of changes) await audit(tx, actor, change);
      return result;
    }),
  );
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * A create that a client may retry: with a key, the first request creates (and records the key in
 * the same transaction); a retry with the same key returns the row the first one created, writes
 * nothing and audits nothing. A key reused for another operation is a conflict.
 */
export async function idempotentCreate<T>(
  db: Db,
  actor: Actor,
  options: {
    key: string | null | undefined;
    operation: string;
    find: (tx: Tx, entityId: string) => Promise<T | null>;
    create: (tx: Tx) => Promise<{ result: T; change: Change }>;
  },
): Promise<T> {
  const { key, operation } = options;
  const attempt = () =>
    db.$transaction(async (tx) => {
      if (key) {
        const seen = await tx.idempotencyKey.findUnique({
          where: { actor_key: { actor: actor.subject, key } },
        });
        if (seen) {
          if (seen.operation !== operation)
            throw new ConflictError(`Idempotency key "${key}" was used for ${seen.operation}.`);
          const earlier = await options.find(tx, seen.entityId);
          if (earlier) return earlier;
        }
      }
      const { result, change } = await options.create(tx);
      await audit(tx, actor, change);
      if (key)
        // A plain insert: a concurrent request with the same key makes this fail, rolling back its row.
        await tx.idempotencyKey.create({
          data: {
            actor: actor.subject,
            key,
            operation,
            entityType: change.entityType,
            entityId: change.entityId,
          },
        });
      return result;
    });
  try {
    return await announced(attempt());
  } catch (error) {
    // Two requests with one key at once: the loser's key insert fails; it now finds the winner's row.
    if (key && isUniqueViolation(error)) return announced(attempt());
    throw error;
  }
}

/** Prisma's "record to update not found" on `update({ where: { id, version } })`. */
export function isStaleWrite(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}

/** Refuses a write whose version is not the record's current one. */
export function assertVersion(entity: string, current: number, expected: number): void {
  if (current !== expected)
    throw new ConflictError(
      `${entity} is at version ${current}, not ${expected}: it changed since you read it. Read it again and reapply your change.`,
      current,
    );
}
