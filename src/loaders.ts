import DataLoader from "dataloader";
import type { Db } from "./db/database.ts";
import type { Rank, WorkerType } from "./generated/prisma/enums.ts";
import { getOrCreate } from "./memo.ts";
import { createAnalyticsLoaders, perKeyLoader } from "./services/analytics/loaders.ts";
import { currentDataVersion, perDatabase } from "./services/data-version.ts";
import {
  type GroupCounts,
  latestAsAt,
  type PopulationRow,
  populationByGroup,
  type WorkforceSlice,
  workforceByGroup,
} from "./services/representation.ts";
import {
  type CubeKey,
  cubeKeyString,
  loadWorkforceCubes,
  type WorkforceCube,
} from "./services/workforce-disclosure.ts";

/** Keys of the per-force loaders: a force id, or null for England and Wales. */
const forceKey = (forceId: string | null) => forceId ?? "*";

// Keys are asked for every force of a page, several times each: the parts that cost (a date's ISO
// day, a sorted rank list) are computed once per Date or rank array (the defaults are shared objects).
const days = new WeakMap<Date, string>();
const dayOf = (date: Date) => getOrCreate(days, date, () => date.toISOString().slice(0, 10));
const rankLists = new WeakMap<readonly Rank[], string>();
const ranksKey = (ranks: readonly Rank[]) => getOrCreate(rankLists, ranks, () => [...ranks].sort().join(","));
const sliceKey = (slice: WorkforceSlice) =>
  `${dayOf(slice.asAt)}|${slice.workerType}|${ranksKey(slice.ranks)}`;

// Imported data (workforce cells and their suppression pattern, census populations) is kept per
// process while the data version stands (VersionedCache): a repeated public question reads the version
// and nothing else. Bounds: a cube is ~100 kB; group counts and populations are a few hundred bytes each.
const cubeCache = perDatabase<WorkforceCube>(64);
const latestCache = perDatabase<Date | null>(256);
const countsCache = perDatabase<GroupCounts>(8192);
const populationCache = perDatabase<PopulationRow[]>(1024);

const latestKey = (key: { workerType: WorkerType; ranks: readonly Rank[] }) =>
  `${key.workerType}|${ranksKey(key.ranks)}`;

/** Per-request batch loaders for lookups that plugin-prisma cannot plan (entity keys, raw SQL). */
export function createLoaders(db: Db) {
  let version: Promise<string> | undefined;
  /** The data version: read at most once per request, and only by a path that needs it. */
  const currentVersion = () => {
    version ??= currentDataVersion(db);
    return version;
  };
  return {
    forceById: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.force.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    latestAsAt: new DataLoader<{ workerType: WorkerType; ranks: readonly Rank[] }, Date | null, string>(
      async (keys) =>
        latestCache(db).loadMany(await currentVersion(), keys, latestKey, (missing) =>
          Promise.all(missing.map((key) => latestAsAt(db, key.workerType, key.ranks))),
        ),
      { cacheKeyFn: latestKey },
    ),
    workforceByGroup: perKeyLoader(sliceKey, forceKey, async (slice: WorkforceSlice, forceIds) =>
      countsCache(db).loadMany(
        await currentVersion(),
        forceIds,
        (id) => `${sliceKey(slice)}|${forceKey(id)}`,
        (missing) => workforceByGroup(db, slice, missing),
      ),
    ),
    /** The workforce table of one date and worker type with its suppression pattern (public figures). */
    workforceCube: new DataLoader(
      async (keys: readonly CubeKey[]) =>
        cubeCache(db).loadMany(await currentVersion(), keys, cubeKeyString, (missing) =>
          loadWorkforceCubes(db, missing),
        ),
      { cacheKeyFn: cubeKeyString },
    ),
    populationByGroup: perKeyLoader(String, forceKey, async (censusYear: number, forceIds) =>
      populationCache(db).loadMany(
        await currentVersion(),
        forceIds,
        (id) => `${censusYear}|${forceKey(id)}`,
        (missing) => populationByGroup(db, censusYear, missing),
      ),
    ),
    analytics: createAnalyticsLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
