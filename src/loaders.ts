import DataLoader from "dataloader";
import type { Db } from "./db/database.ts";

/** Per-request batch loaders for lookups that plugin-prisma cannot plan (entity keys, raw SQL). */
export function createLoaders(db: Db) {
  return {
    forceById: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.force.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
