import DataLoader from "dataloader";
import type { Db } from "../../db/database.ts";
import { type AreaSpec, areaKey } from "./areas.ts";
import { type PowerWindow, powerUsesByArea, type SubjectMapping } from "./disproportionality.ts";
import { type WorkforceAreaSlice, workforceByArea } from "./workforce.ts";

/**
 * A loader for keys that share parameters and differ by area: each distinct parameter set is one
 * statement, whatever number of areas (a 43-force league table) asked for it in the same tick.
 */
export function perAreaLoader<P, V>(
  paramsKey: (params: P) => string,
  batch: (params: P, areas: AreaSpec[]) => Promise<V[]>,
) {
  type Key = { params: P; area: AreaSpec };
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
            indexes.map((i) => keys[i]!.area),
          );
          indexes.forEach((keyIndex, i) => {
            values[keyIndex] = results[i]!;
          });
        }),
      );
      return values;
    },
    { cacheKeyFn: (key) => `${paramsKey(key.params)}|${areaKey(key.area)}` },
  );
}

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "latest";

export interface PowerUsesParams {
  window: PowerWindow;
  mapping: SubjectMapping;
}

const powerKey = ({ window: w, mapping }: PowerUsesParams) =>
  [w.power, w.tactic, w.ethnicityBasis, day(w.periodEnd), w.censusYear, JSON.stringify(mapping)].join("|");

const workforceKey = (s: WorkforceAreaSlice) =>
  [
    s.workerType,
    [...s.ranks].sort().join(","),
    s.genders ? [...s.genders].sort().join(",") : "all",
    s.asAts ? s.asAts.map(day).sort().join(",") : "every",
    s.dataAsAt?.toISOString() ?? "now",
  ].join("|");

/** Per-request loaders of the analytics measures (one SQL statement per measure and parameter set). */
export function createAnalyticsLoaders(db: Db) {
  return {
    powerUses: perAreaLoader(powerKey, (p: PowerUsesParams, areas) =>
      powerUsesByArea(db, p.window, p.mapping, areas),
    ),
    workforce: perAreaLoader(workforceKey, (s: WorkforceAreaSlice, areas) => workforceByArea(db, s, areas)),
  };
}
