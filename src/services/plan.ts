import type { Db } from "../db/database.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { AreaCode, ObjectiveKind } from "../generated/prisma/enums.ts";
import { escapeLike, type Id } from "./common.ts";

/** Plan versions in the plan's sequence (draft → final → progress report → refresh → commitment). */
export const planVersionOrder: Prisma.PlanVersionOrderByWithRelationInput[] = [
  { stage: "asc" },
  { publishedOn: { sort: "asc", nulls: "last" } },
  { id: "asc" },
];

export function listPlanVersions(db: Db, query: Omit<Prisma.PlanVersionFindManyArgs, "orderBy">) {
  return db.planVersion.findMany({ ...query, orderBy: planVersionOrder });
}

export function findPlanVersion(db: Db, query: Omit<Prisma.PlanVersionFindUniqueArgs, "where">, id: Id) {
  return db.planVersion.findUnique({ ...query, where: { id: String(id) } });
}

export interface ObjectiveFilterInput {
  planVersionId?: Id | null;
  areaCode?: AreaCode | null;
  kind?: readonly ObjectiveKind[] | null;
  search?: string | null;
}

/** Objectives as a Prisma where: every given filter narrows the result (AND). */
export function objectiveWhere(filter: ObjectiveFilterInput | null | undefined): Prisma.ObjectiveWhereInput {
  if (!filter) return {};
  const and: Prisma.ObjectiveWhereInput[] = [];
  if (filter.planVersionId != null) and.push({ planVersionId: String(filter.planVersionId) });
  if (filter.areaCode) and.push({ area: { code: filter.areaCode } });
  if (filter.kind) and.push({ kind: { in: [...filter.kind] } });
  const search = filter.search?.trim();
  if (search) {
    const contains = escapeLike(search);
    and.push({
      OR: [
        { code: { contains, mode: "insensitive" } },
        { title: { contains, mode: "insensitive" } },
        { description: { contains, mode: "insensitive" } },
      ],
    });
  }
  return and.length ? { AND: and } : {};
}

/** Plan order: by version, then the order the plan lists them in. */
export const objectiveOrder: Prisma.ObjectiveOrderByWithRelationInput[] = [
  { planVersionId: "asc" },
  { sortOrder: "asc" },
  { code: "asc" },
  { id: "asc" },
];

export function listObjectives(
  db: Db,
  query: Omit<Prisma.ObjectiveFindManyArgs, "where" | "orderBy">,
  filter: ObjectiveFilterInput | null | undefined,
) {
  return db.objective.findMany({ ...query, where: objectiveWhere(filter), orderBy: objectiveOrder });
}

export function countObjectives(db: Db, filter: ObjectiveFilterInput | null | undefined): Promise<number> {
  return db.objective.count({ where: objectiveWhere(filter) });
}

export function findObjective(db: Db, query: Omit<Prisma.ObjectiveFindUniqueArgs, "where">, id: Id) {
  return db.objective.findUnique({ ...query, where: { id: String(id) } });
}
