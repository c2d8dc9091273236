// League tables: rank, percentile and ties of forces on one measure. Entries with no value (no data)
// or a hidden value (suppressed) are not ranked: they get no rank and do not move anyone else's.

export interface LeagueEntry<K> {
  key: K;
  value: number | null;
  suppressed: boolean;
}

export interface LeaguePlace<K> extends LeagueEntry<K> {
  /** Standard competition ranking ("1224"): 1 + the number of entries strictly ahead. Null: unranked. */
  rank: number | null;
  /** Entries with the same value (ties share a rank). */
  tiedWith: number;
  /**
   * Percentile rank by value, 0–100: the share of ranked entries below this one, counting ties half
   * (mid-rank), so the median force sits at 50 whatever the direction of the table.
   */
  percentile: number | null;
}

/** Ranks entries, best first; `descending` = a higher value ranks higher. Unranked entries come last. */
export function rankLeague<K>(entries: readonly LeagueEntry<K>[], descending = true): LeaguePlace<K>[] {
  const ranked = entries.filter((e) => !e.suppressed && e.value != null && Number.isFinite(e.value));
  const values = ranked.map((e) => e.value!);
  const n = values.length;
  const places = ranked.map((e) => {
    const v = e.value!;
    const below = values.filter((x) => x < v).length;
    const equal = values.filter((x) => x === v).length;
    const ahead = descending ? values.filter((x) => x > v).length : below;
    return {
      ...e,
      rank: ahead + 1,
      tiedWith: equal - 1,
      percentile: n === 1 ? 50 : (100 * (below + (equal - 1) / 2)) / (n - 1),
    };
  });
  places.sort((a, b) => a.rank - b.rank);
  const unranked = entries
    .filter((e) => !ranked.includes(e))
    .map((e) => ({ ...e, rank: null, tiedWith: 0, percentile: null }));
  return [...places, ...unranked];
}
