import DataLoader from "dataloader";
import type { Db } from "./db/database.ts";
import type { Rank, WorkerType } from "./generated/prisma/enums.ts";
import { createAnalyticsLoaders } from "./services/analytics/loaders.ts";
import {
  latestAsAt,
  populationByGroup,
  type WorkforceSlice,
  workforceByGroup,
} from "./services/representation.ts";
import { type CubeKey, cubeKeyString, loadWorkforceCubes } from "./services/workforce-disclosure.ts";

/**
 * A loader for keys that share parameters (a slice, a census year) and differ by force: each distinct
 * parameter set is one batch call, whatever number of forces asked for it.
 */
function perForceLoader<P, V>(
  paramsKey: (params: P) => string,
  batch: (params: P, forceIds: (string | null)[]) => Promise<V[]>,
) {
  type Key = { params: P; forceId: string | null };
  return new DataLoader<Key, V, string>(
    async (keys) => {
      const groups = new Map<string, { params: P; indexes: number[] }>();
      keys.forEach((key, i) => {
        const id = paramsKey(key.params);
        const group = groups.get(id) ?? { params: key.params, indexes: [] };
        groups.set(id, group);
        group.indexes.push(i);
      });
      const values = new Array<V>(keys.length);
      await Promise.all(
        [...groups.values()].map(async ({ params, indexes }) => {
          const results = await batch(
            params,
            indexes.map((i) => keys[i]!.forceId),
          );
          indexes.forEach((keyIndex, i) => {
            values[keyIndex] = results[i]!;
          });
        }),
      );
      return values;
    },
    { cacheKeyFn: (key) => `${paramsKey(key.params)}|${key.forceId ?? "*"}` },
  );
}

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
    workforceByGroup: perForceLoader(sliceKey, (slice: WorkforceSlice, forceIds) =>
      workforceByGroup(db, slice, forceIds),
    ),
    /** The workforce table of one date and worker type with its suppression pattern (public figures). */
    workforceCube: new DataLoader((keys: readonly CubeKey[]) => loadWorkforceCubes(db, keys), {
      cacheKeyFn: cubeKeyString,
    }),
    populationByGroup: perForceLoader(String, (censusYear: number, forceIds) =>
      populationByGroup(db, censusYear, forceIds),
    ),
    analytics: createAnalyticsLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
