import type { Prisma } from "../generated/prisma/client.ts";
import type { CollaborationKind } from "../generated/prisma/enums.ts";

export interface CollaborationFilterInput {
  forceId?: string | number | null;
  kind?: CollaborationKind | null;
}

export function collaborationWhere(
  filter: CollaborationFilterInput | null | undefined,
): Prisma.CollaborationWhereInput {
  return {
    kind: filter?.kind ?? undefined,
    members: filter?.forceId ? { some: { forceId: String(filter.forceId) } } : undefined,
  };
}
