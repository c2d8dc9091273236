import type { Viewer } from "../context.ts";
import type { Db } from "../db/database.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { AreaCode, EvidenceKind, EvidenceStatus } from "../generated/prisma/enums.ts";
import { evidenceVisibleWhere } from "../policy/permissions.ts";
import {
  type DateRangeInput,
  dateRangeWhere,
  escapeLike,
  type Id,
  type OwnerFilterInput,
  ownerWhere,
  type SortDirection,
} from "./common.ts";

// Data access for evidence. Resolvers pass plugin-prisma's `query` (select/include/take/cursor) through
// unchanged; this module owns the where/orderBy so the list, its totalCount and any later write (a
// force-scoped `recordEvidence`, which will take a transaction client and call recordAudit) agree on
// what "evidence of force X" means.

export interface EvidenceFilterInput extends OwnerFilterInput {
  areaCode?: AreaCode | null;
  objectiveId?: Id | null;
  forceObjectiveId?: Id | null;
  sourceId?: Id | null;
  status?: readonly EvidenceStatus[] | null;
  kind?: readonly EvidenceKind[] | null;
  startedOn?: DateRangeInput | null;
  deliveredOn?: DateRangeInput | null;
  search?: string | null;
}

export type EvidenceOrderField = "TITLE" | "STATUS" | "KIND" | "STARTED_ON" | "DELIVERED_ON" | "UPDATED_AT";
export interface EvidenceOrderInput {
  field: EvidenceOrderField;
  direction?: SortDirection | null;
}

/**
 * The evidence search as a Prisma where: what the viewer may see (drafts only for their owner and the
 * national team), narrowed by every given filter (AND).
 */
export function evidenceWhere(
  filter: EvidenceFilterInput | null | undefined,
  viewer: Viewer,
): Prisma.EvidenceWhereInput {
  const visible = evidenceVisibleWhere(viewer);
  const and: Prisma.EvidenceWhereInput[] = Object.keys(visible).length ? [visible] : [];
  if (!filter) return and.length ? { AND: and } : {};
  and.push(...ownerWhere(filter));
  if (filter.areaCode) and.push({ objectives: { some: { objective: { area: { code: filter.areaCode } } } } });
  if (filter.objectiveId != null)
    and.push({ objectives: { some: { objectiveId: String(filter.objectiveId) } } });
  if (filter.forceObjectiveId != null)
    and.push({ forceObjectives: { some: { forceObjectiveId: String(filter.forceObjectiveId) } } });
  if (filter.sourceId != null) and.push({ sourceId: String(filter.sourceId) });
  if (filter.status) and.push({ status: { in: [...filter.status] } });
  if (filter.kind) and.push({ kind: { in: [...filter.kind] } });
  const startedOn = dateRangeWhere(filter.startedOn);
  if (startedOn) and.push({ startedOn });
  const deliveredOn = dateRangeWhere(filter.deliveredOn);
  if (deliveredOn) and.push({ deliveredOn });
  const search = filter.search?.trim();
  if (search) {
    const contains = escapeLike(search);
    and.push({
      OR: [{ title: { contains, mode: "insensitive" } }, { summary: { contains, mode: "insensitive" } }],
    });
  }
  return and.length ? { AND: and } : {};
}

const orderColumns: Record<EvidenceOrderField, keyof Prisma.EvidenceOrderByWithRelationInput> = {
  TITLE: "title",
  STATUS: "status",
  KIND: "kind",
  STARTED_ON: "startedOn",
  DELIVERED_ON: "deliveredOn",
  UPDATED_AT: "updatedAt",
};

const nullableColumns = new Set<EvidenceOrderField>(["STARTED_ON", "DELIVERED_ON"]);

/** Default: title A→Z. Always ends with `id` so pages are stable; missing dates sort last either way. */
export function evidenceOrderBy(
  order: EvidenceOrderInput | null | undefined,
): Prisma.EvidenceOrderByWithRelationInput[] {
  const field = order?.field ?? "TITLE";
  const sort = order?.direction === "DESC" ? "desc" : "asc";
  const column = orderColumns[field];
  const first: Prisma.EvidenceOrderByWithRelationInput = nullableColumns.has(field)
    ? { [column]: { sort, nulls: "last" } }
    : { [column]: sort };
  return [first, { id: "asc" }];
}

type EvidenceQuery = Omit<Prisma.EvidenceFindManyArgs, "where" | "orderBy">;

/** One page of the evidence search; `query` is plugin-prisma's selection, cursor and take. */
export function searchEvidence(
  db: Db,
  viewer: Viewer,
  query: EvidenceQuery,
  filter: EvidenceFilterInput | null | undefined,
  order: EvidenceOrderInput | null | undefined,
) {
  return db.evidence.findMany({
    ...query,
    where: evidenceWhere(filter, viewer),
    orderBy: evidenceOrderBy(order),
  });
}

export function countEvidence(
  db: Db,
  viewer: Viewer,
  filter: EvidenceFilterInput | null | undefined,
): Promise<number> {
  return db.evidence.count({ where: evidenceWhere(filter, viewer) });
}

/** One piece of evidence, or null if there is none or it is a draft the viewer may not see. */
export function findEvidence(
  db: Db,
  viewer: Viewer,
  query: Omit<Prisma.EvidenceFindFirstArgs, "where">,
  id: Id,
) {
  return db.evidence.findFirst({
    ...query,
    where: { AND: [{ id: String(id) }, evidenceVisibleWhere(viewer)] },
  });
}
