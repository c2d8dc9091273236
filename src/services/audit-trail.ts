import type { Db } from "../db/database.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { AuditAction } from "../generated/prisma/enums.ts";
import { auditVisibleWhere, type Reach } from "../policy/permissions.ts";

// Reading the audit trail: what the viewer may see (policy), narrowed by the client's filter, newest first.

export interface AuditFilterInput {
  entityType?: string | null;
  entityId?: string | number | null;
  actor?: string | null;
  actions?: readonly AuditAction[] | null;
  forceId?: string | number | null;
  collaborationId?: string | number | null;
  national?: boolean | null;
  /** Inclusive instants; either end may be open. */
  from?: Date | null;
  to?: Date | null;
}

export function auditWhere(
  reach: Reach,
  filter: AuditFilterInput | null | undefined,
): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [auditVisibleWhere(reach)];
  if (filter?.entityType) and.push({ entityType: filter.entityType });
  if (filter?.entityId != null) and.push({ entityId: String(filter.entityId) });
  if (filter?.actor) and.push({ actor: filter.actor });
  if (filter?.actions) and.push({ action: { in: [...filter.actions] } });
  if (filter?.forceId != null) and.push({ ownerForceId: String(filter.forceId) });
  if (filter?.collaborationId != null) and.push({ ownerCollaborationId: String(filter.collaborationId) });
  if (filter?.national != null) and.push({ ownerNational: filter.national });
  if (filter?.from) and.push({ at: { gte: filter.from } });
  if (filter?.to) and.push({ at: { lte: filter.to } });
  return { AND: and };
}

export const auditOrderBy: Prisma.AuditEventOrderByWithRelationInput[] = [{ at: "desc" }, { id: "desc" }];

export function searchAudit(
  db: Db,
  reach: Reach,
  query: Omit<Prisma.AuditEventFindManyArgs, "where" | "orderBy">,
  filter: AuditFilterInput | null | undefined,
) {
  return db.auditEvent.findMany({ ...query, where: auditWhere(reach, filter), orderBy: auditOrderBy });
}

export function countAudit(db: Db, reach: Reach, filter: AuditFilterInput | null | undefined) {
  return db.auditEvent.count({ where: auditWhere(reach, filter) });
}
