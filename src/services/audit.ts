import type { Prisma } from "../generated/prisma/client.ts";
import type { AuditAction } from "../generated/prisma/enums.ts";

type Tx = Pick<Prisma.TransactionClient, "auditEvent">;

export interface AuditEntry {
  actor: string;
  action: AuditAction;
  entityType: string;
  entityId: string;
  changes: Prisma.InputJsonValue;
  requestId?: string;
  /** Set by API writes (imports and seeds have no role and no single owner). */
  actorRole?: string;
  ownerForceId?: string | null;
  ownerCollaborationId?: string | null;
  ownerNational?: boolean;
}

/** Appends to the audit trail; call inside the transaction that makes the change. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: entry });
}
