import DataLoader from "dataloader";
import type { Db } from "../../db/database.ts";
import { type AreaSpec, areaKey } from "./areas.ts";
import { type PowerWindow, powerUsesByArea, type SubjectMapping } from "./disproportionality.ts";
import {
  type EvidenceCountRow,
  evidenceByObjective,
  type MeasureTrackRow,
  measureTracks,
} from "./plan-progress.ts";
import { type WorkforceAreaSlice, workforceByArea } from "./workforce.ts";

/**
 * A loader for keys that share parameters and differ by one key (an area, a force): each distinct
 * parameter set is one statement, whatever number of keys (a 43-force league table) asked for it in
 * the same tick.
 */
export function perKeyLoader<P, K, V>(
  paramsKey: (params: P) => string,
  keyKey: (key: K) => string,
  batch: (params: P, keys: K[]) => Promise<V[]>,
) {
  type Key = { params: P; key: K };
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
            indexes.map((i) => keys[i]!.key),
          );
          indexes.forEach((keyIndex, i) => {
            values[keyIndex] = results[i]!;
          });
        }),
      );
      return values;
    },
    { cacheKeyFn: (key) => `${paramsKey(key.params)}|${keyKey(key.key)}` },
  );
}

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "latest";
const moment = (date: Date | null) => date?.toISOString() ?? "now";
const same = (id: string) => id;

export interface PowerUsesParams {
  window: PowerWindow;
  mapping: SubjectMapping;
}

const powerKey = ({ window: w, mapping }: PowerUsesParams) =>
  [
    w.power,
    w.tactic,
    w.ethnicityBasis,
    day(w.periodEnd),
    w.censusYear,
    moment(w.dataAsAt),
    JSON.stringify(mapping),
  ].join("|");

const workforceKey = (s: WorkforceAreaSlice) =>
  [
    s.workerType,
    [...s.ranks].sort().join(","),
    s.genders ? [...s.genders].sort().join(",") : "all",
    s.asAts ? s.asAts.map(day).sort().join(",") : "every",
    moment(s.dataAsAt),
  ].join("|");

export interface EvidenceParams {
  planVersionId: string | null;
  dataAsAt: Date | null;
  publishedOnly: boolean;
}

/** Per-request loaders of the analytics measures (one SQL statement per measure and parameter set). */
export function createAnalyticsLoaders(db: Db) {
  return {
    powerUses: perKeyLoader(powerKey, areaKey, (p: PowerUsesParams, areas: AreaSpec[]) =>
      powerUsesByArea(db, p.window, p.mapping, areas),
    ),
    workforce: perKeyLoader(workforceKey, areaKey, (s: WorkforceAreaSlice, areas: AreaSpec[]) =>
      workforceByArea(db, s, areas),
    ),
    measureTracks: perKeyLoader(moment, same, async (dataAsAt: Date | null, forceIds: string[]) => {
      const rows = await measureTracks(db, forceIds, dataAsAt);
      return forceIds.map((id): MeasureTrackRow[] => rows.filter((r) => r.forceId === id));
    }),
    forceEvidence: perKeyLoader(
      (p: EvidenceParams) => `${p.planVersionId ?? "latest"}|${moment(p.dataAsAt)}|${p.publishedOnly}`,
      same,
      async (p: EvidenceParams, forceIds: string[]) => {
        const rows = await evidenceByObjective(db, { ...p, forceIds });
        // Objectives with no evidence for a force keep their row (forceId null) for every force.
        return forceIds.map((id): EvidenceCountRow[] =>
          rows.filter((r) => r.forceId === id || r.forceId === null),
        );
      },
    ),
  };
}
