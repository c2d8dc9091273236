import { z } from "zod";
import { count, financialYear, optionalText, text, validateRow, year } from "./cells.ts";
import { type ForceRecordsState, type ImporterDefinition, startWithForces } from "./engine.ts";
import { type PowerRecord, planPowerCounts } from "./police-powers.ts";

// Home Office published stop and search totals by force for a financial year (table SS_20;
// data/stop-search-totals-by-force-2024-25) → PolicePowerCount (STOP_AND_SEARCH, tactic ALL,
// ALL_ETHNICITIES / ALL, 12 months). year_end 2025 = 1 April 2024 to 31 March 2025.
// BTP is written `british-transport-police` here (an alias of `btp`) with an empty PFA code.
// Only the "All relevant legislation" scope is understood; another scope is refused, not guessed.

const row = z.object({
  force_id: text,
  pfa_code: optionalText,
  year_end: year,
  published_total: count(),
  scope: text,
  retrieved: optionalText,
  source: optionalText,
});

type State = ForceRecordsState<PowerRecord>;

export const stopSearchTotalsImporter: ImporterDefinition<State, "stop-search-totals"> = {
  kind: "stop-search-totals",
  description:
    "Home Office stop and search totals by force for a financial year, all ethnicities (data/stop-search-totals-by-force-2024-25) → PolicePowerCount",
  columns: ["force_id", "pfa_code", "year_end", "published_total", "scope"],

  start: startWithForces,

  row(state, { line, cells }, { problems }) {
    const r = validateRow(row, cells, line, problems);
    if (!r) return;
    const force = state.resolver.resolveName(r.force_id, line, "force_id", problems);
    if (!force) return;
    if (force.pfaCode !== r.pfa_code) {
      problems.push({
        line,
        column: "pfa_code",
        reason: `"${r.pfa_code ?? ""}" is not ${force.id}'s PFA code (${force.pfaCode ?? "none"})`,
      });
      return;
    }
    if (!/^All relevant legislation\b/i.test(r.scope)) {
      problems.push({
        line,
        column: "scope",
        reason: `"${r.scope}": only "All relevant legislation" totals are understood`,
      });
      return;
    }
    if (!state.keys.add(`${force.id}|${r.year_end}`, line, problems, `${force.id} ${r.year_end}`)) return;
    const period = financialYear(r.year_end);
    state.records.push({
      forceId: force.id,
      power: "STOP_AND_SEARCH",
      tactic: "ALL",
      category: null,
      // The published total is the table's one row: its own (only) category.
      role: "CATEGORY",
      parentTactic: null,
      breakdown: "NONE",
      qualityFlags: [],
      isSubtotal: false,
      periodStart: period.start,
      periodEnd: period.end,
      monthsCovered: 12,
      ethnicityBasis: "ALL_ETHNICITIES",
      subjectEthnicity: "ALL",
      count: r.published_total,
    });
  },

  async plan(tx, state, ctx) {
    return [await planPowerCounts(tx, state.records, ctx)];
  },
};
