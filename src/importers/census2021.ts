import { z } from "zod";
import type { EthnicGroup } from "../generated/prisma/enums.ts";
import { count, oneOf, text, validateRow } from "./cells.ts";
import { type ForceRecordsState, type ImporterDefinition, startWithForces } from "./engine.ts";
import { type PopulationRecord, planPopulation } from "./population.ts";

// Census 2021 usual residents by police force area and the 5 broad ethnic groups
// (data/census2021-ethnicity-by-pfa) → PopulationBaseline, census 2021, ethnicity "ALL" (only the
// broad group is published here). Every PFA must have all 5 groups: a partial area would make
// its shares wrong, so it is refused rather than loaded.

const GROUPS: Record<string, EthnicGroup> = {
  Asian: "ASIAN",
  Black: "BLACK",
  Mixed: "MIXED",
  White: "WHITE",
  Other: "OTHER",
};

const row = z.object({
  geography_code: text,
  ethnicity: oneOf("ethnic group", GROUPS),
  population: count(),
});

type State = ForceRecordsState<PopulationRecord & { line: number }>;

export const census2021Importer: ImporterDefinition<State, "census2021"> = {
  kind: "census2021",
  description:
    "Census 2021 usual residents by police force area × 5 ethnic groups (data/census2021-ethnicity-by-pfa) → PopulationBaseline",
  columns: ["geography_code", "ethnicity", "population"],

  start: startWithForces,

  row(state, { line, cells }, { problems }) {
    const r = validateRow(row, cells, line, problems);
    if (!r) return;
    const force = state.resolver.resolveCode(r.geography_code, line, "geography_code", problems);
    if (!force || !state.keys.add(`${force.id}|${r.ethnicity}`, line, problems, `${force.id} ${r.ethnicity}`))
      return;
    state.records.push({
      forceId: force.id,
      censusYear: 2021,
      ethnicGroup: r.ethnicity,
      ethnicity: "ALL",
      population: r.population,
      line,
    });
  },

  finish(state, { problems }) {
    const byForce = new Map<string, Array<PopulationRecord & { line: number }>>();
    for (const r of state.records) byForce.set(r.forceId, [...(byForce.get(r.forceId) ?? []), r]);
    for (const [forceId, records] of byForce) {
      const missing = Object.values(GROUPS).filter((g) => !records.some((r) => r.ethnicGroup === g));
      if (missing.length > 0)
        problems.push({ line: records[0]!.line, reason: `${forceId} has no row for ${missing.join(", ")}` });
    }
  },

  async plan(tx, state) {
    return [
      await planPopulation(
        tx,
        2021,
        state.records.map(({ line: _line, ...r }) => r),
      ),
    ];
  },
};
