import type { Prisma } from "../generated/prisma/client.ts";
import type { ForceKind } from "../generated/prisma/enums.ts";

export interface ForceFilterInput {
  ids?: readonly (string | number)[] | null;
  regionId?: string | number | null;
  kind?: ForceKind | null;
}

export function forceWhere(filter: ForceFilterInput | null | undefined): Prisma.ForceWhereInput {
  return {
    id: filter?.ids ? { in: filter.ids.map(String) } : undefined,
    regionId: filter?.regionId ? String(filter.regionId) : undefined,
    kind: filter?.kind ?? undefined,
  };
}
