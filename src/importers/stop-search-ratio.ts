import { z } from "zod";
import { boolean, count, optionalText, text, validateRow } from "./cells.ts";
import { type ImporterDefinition, KeyTracker } from "./engine.ts";
import { ForceResolver, requireForces } from "./force-resolver.ts";
import { type PowerRecord, planPowerCounts } from "./police-powers.ts";

// Stop and search counts of people self-defined as White and Black, and searches with no recorded
// ethnicity, by force, from data.police.uk for August 2025 to July 2026
// (data/stop-search-black-white-ratio-2025-26) → PolicePowerCount (STOP_AND_SEARCH, tactic ALL,
// SELF_DEFINED; WHITE, BLACK, UNKNOWN), monthsCovered = months_submitted.
//
// - The file has no dates: the window is the one its SOURCE.md documents (the 2026-07 archive).
// - months_submitted 0 (greater-manchester, gwent) = no data: no rows at all, never zeros. The
//   count cells must then be empty, and must be present otherwise.
// - Partial years are stored as published, with the months they cover (no annualising here).
// - The population columns and the ratio are not stored (populations are the Census 2021 import's
//   job; the ratio is derived) but are checked: the ratio against the formula, the populations
//   against the stored Census 2021 rows when those are loaded.

export const STOP_SEARCH_RATIO_PERIOD = {
  start: new Date(Date.UTC(2025, 7, 1)),
  end: new Date(Date.UTC(2026, 6, 31)),
};

const n = count({ blank: "null" });
const row = z.object({
  force_id: text,
  geography_code: text,
  months_submitted: count().refine((m) => m <= 12, "is more than 12 months"),
  n_reference: n,
  n_comparison: n,
  unknown_events: n,
  population_reference: count(),
  population_comparison: count(),
  ratio: optionalText,
  complete_year: boolean,
});

interface State {
  resolver: ForceResolver;
  census: Map<string, number>;
  records: PowerRecord[];
  keys: KeyTracker;
}

export const stopSearchRatioImporter: ImporterDefinition<State, "stop-search-ratio"> = {
  kind: "stop-search-ratio",
  description:
    "data.police.uk stop and search of people self-defined White / Black / unknown, Aug 2025–Jul 2026, with months submitted (data/stop-search-black-white-ratio-2025-26) → PolicePowerCount",
  columns: [
    "force_id",
    "geography_code",
    "months_submitted",
    "n_reference",
    "n_comparison",
    "unknown_events",
    "population_reference",
    "population_comparison",
    "ratio",
    "complete_year",
  ],

  async start(db, { problems }) {
    const resolver = await ForceResolver.load(db);
    requireForces(resolver, problems);
    const census = await db.populationBaseline.findMany({
      where: { censusYear: 2021, ethnicGroup: { in: ["WHITE", "BLACK"] }, ethnicity: "ALL" },
    });
    return {
      resolver,
      census: new Map(census.map((c) => [`${c.forceId}|${c.ethnicGroup}`, c.population])),
      records: [],
      keys: new KeyTracker(),
    };
  },

  row(state, { line, cells }, { problems, skip }) {
    const r = validateRow(row, cells, line, problems);
    if (!r) return;
    const before = problems.length;
    const force = state.resolver.resolveName(r.force_id, line, "force_id", problems);
    if (force && force.pfaCode !== r.geography_code)
      problems.push({
        line,
        column: "geography_code",
        reason: `${r.geography_code} is not ${force.id}'s PFA code (${force.pfaCode})`,
      });
    if (force)
      for (const [column, group] of [
        ["population_reference", "WHITE"],
        ["population_comparison", "BLACK"],
      ] as const) {
        const census = state.census.get(`${force.id}|${group}`);
        if (census !== undefined && census !== r[column])
          problems.push({
            line,
            column,
            reason: `${r[column]} is not the Census 2021 ${group} population (${census})`,
          });
      }
    const months = r.months_submitted;
    if (r.complete_year !== (months === 12))
      problems.push({
        line,
        column: "complete_year",
        reason: `says ${r.complete_year} for ${months} months`,
      });
    const counts = {
      n_reference: r.n_reference,
      n_comparison: r.n_comparison,
      unknown_events: r.unknown_events,
    };
    for (const [column, value] of Object.entries(counts)) {
      if (months === 0 && value !== null)
        problems.push({ line, column, reason: "has a count although no month was submitted" });
      if (months > 0 && value === null)
        problems.push({ line, column, reason: "is empty (a count is expected)" });
    }
    if (months === 0 && r.ratio !== null)
      problems.push({ line, column: "ratio", reason: "has a value although no month was submitted" });
    if (months > 0 && r.n_reference !== null && r.n_comparison !== null) {
      const expected =
        r.n_reference > 0 && r.population_comparison > 0
          ? r.n_comparison / r.population_comparison / (r.n_reference / r.population_reference)
          : null;
      const ratio = r.ratio === null ? null : Number(r.ratio);
      const agrees =
        ratio === null || expected === null
          ? ratio === expected
          : Number.isFinite(ratio) && Math.abs(ratio - expected) <= 1e-9 * Math.max(1, expected);
      if (!agrees)
        problems.push({
          line,
          column: "ratio",
          reason: `"${r.ratio}" is not (n_comparison/population_comparison)/(n_reference/population_reference) = ${expected}`,
        });
    }
    if (!force || problems.length > before || !state.keys.add(force.id, line, problems, force.id)) return;
    if (months === 0) {
      skip(line, `${force.id}: no stop-and-search data submitted in the window (0 months): no rows`);
      return;
    }
    for (const [subjectEthnicity, value] of [
      ["WHITE", r.n_reference],
      ["BLACK", r.n_comparison],
      ["UNKNOWN", r.unknown_events],
    ] as const)
      state.records.push({
        forceId: force.id,
        power: "STOP_AND_SEARCH",
        tactic: "ALL",
        category: null,
        // The power as a whole is the table's one tactic; White, Black and unknown only (no total).
        role: "CATEGORY",
        parentTactic: null,
        breakdown: "ETHNICITY",
        qualityFlags: [],
        isSubtotal: false,
        periodStart: STOP_SEARCH_RATIO_PERIOD.start,
        periodEnd: STOP_SEARCH_RATIO_PERIOD.end,
        monthsCovered: months,
        ethnicityBasis: "SELF_DEFINED",
        subjectEthnicity,
        count: value!,
      });
  },

  async plan(tx, state, ctx) {
    return [await planPowerCounts(tx, state.records, ctx)];
  },
};
