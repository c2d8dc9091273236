import DataLoader from "dataloader";
import type { Db } from "./db/database.ts";
import type { Rank, WorkerType } from "./generated/prisma/enums.ts";
import { createAnalyticsLoaders, perKeyLoader } from "./services/analytics/loaders.ts";
import {
  latestAsAt,
  populationByGroup,
  type WorkforceSlice,
  workforceByGroup,
} from "./services/representation.ts";
import { type CubeKey, cubeKeyString, loadWorkforceCubes } from "./services/workforce-disclosure.ts";

/** Keys of the per-force loaders: a force id, or null for England and Wales. */
const forceKey = (forceId: string | null) => forceId ?? "*";

const sliceKey = (slice: WorkforceSlice) =>
  `${slice.asAt.toISOString().slice(0, 10)}|${slice.workerType}|${[...slice.ranks].sort().join(",")}`;

/** Per-request batch loaders for lookups that plugin-prisma cannot plan (entity keys, raw SQL). */
export function createLoaders(db: Db) {
  return {
    forceById: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.force.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    latestAsAt: new DataLoader<{ workerType: WorkerType; ranks: readonly Rank[] }, Date | null, string>(
      (keys) => Promise.all(keys.map((key) => latestAsAt(db, key.workerType, key.ranks))),
      { cacheKeyFn: (key) => `${key.workerType}|${[...key.ranks].sort().join(",")}` },
    ),
    workforceByGroup: perKeyLoader(sliceKey, forceKey, (slice: WorkforceSlice, forceIds) =>
      workforceByGroup(db, slice, forceIds),
    ),
    /** The workforce table of one date and worker type with its suppression pattern (public figures). */
    workforceCube: new DataLoader((keys: readonly CubeKey[]) => loadWorkforceCubes(db, keys), {
      cacheKeyFn: cubeKeyString,
    }),
    populationByGroup: perKeyLoader(String, forceKey, (censusYear: number, forceIds) =>
      populationByGroup(db, censusYear, forceIds),
    ),
    analytics: createAnalyticsLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
