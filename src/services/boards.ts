import type { Db } from "../db/database.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { BoardStatus, BoardType } from "../generated/prisma/enums.ts";
import { type Id, type OwnerFilterInput, ownerWhere, type SortDirection } from "./common.ts";

export interface BoardFilterInput extends OwnerFilterInput {
  national?: boolean | null;
  type?: readonly BoardType[] | null;
  status?: readonly BoardStatus[] | null;
}

export type BoardOrderField = "NAME" | "TYPE" | "ESTABLISHED_ON";

export interface BoardOrderInput {
  field: BoardOrderField;
  direction?: SortDirection | null;
}

/** Boards as a Prisma where: every given filter narrows the result (AND). */
export function boardWhere(filter: BoardFilterInput | null | undefined): Prisma.BoardWhereInput {
  if (!filter) return {};
  const and: Prisma.BoardWhereInput[] = ownerWhere(filter);
  if (filter.national === true) and.push({ ownerForceId: null, ownerCollaborationId: null });
  if (filter.national === false)
    and.push({ OR: [{ ownerForceId: { not: null } }, { ownerCollaborationId: { not: null } }] });
  if (filter.type) and.push({ type: { in: [...filter.type] } });
  if (filter.status) and.push({ status: { in: [...filter.status] } });
  return and.length ? { AND: and } : {};
}

/** Default: name A→Z; always ends with `id` so pages are stable. */
export function boardOrderBy(
  order: BoardOrderInput | null | undefined,
): Prisma.BoardOrderByWithRelationInput[] {
  const sort = order?.direction === "DESC" ? "desc" : "asc";
  switch (order?.field ?? "NAME") {
    case "TYPE":
      return [{ type: sort }, { name: "asc" }, { id: "asc" }];
    case "ESTABLISHED_ON":
      return [{ establishedOn: { sort, nulls: "last" } }, { id: "asc" }];
    default:
      return [{ name: sort }, { id: "asc" }];
  }
}

type BoardQuery = Omit<Prisma.BoardFindManyArgs, "where" | "orderBy">;

export function listBoards(
  db: Db,
  query: BoardQuery,
  filter: BoardFilterInput | null | undefined,
  order: BoardOrderInput | null | undefined,
) {
  return db.board.findMany({ ...query, where: boardWhere(filter), orderBy: boardOrderBy(order) });
}

export function countBoards(db: Db, filter: BoardFilterInput | null | undefined): Promise<number> {
  return db.board.count({ where: boardWhere(filter) });
}

export function findBoard(db: Db, query: Omit<Prisma.BoardFindUniqueArgs, "where">, id: Id) {
  return db.board.findUnique({ ...query, where: { id: String(id) } });
}
