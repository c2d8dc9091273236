import { z } from "zod";
import type { EthnicGroup } from "../generated/prisma/enums.ts";
import { count, text, validateRow } from "./cells.ts";
import { type ForceRecordsState, type ImporterDefinition, startWithForces } from "./engine.ts";
import { type PopulationRecord, planPopulation } from "./population.ts";

// Census 2011 (QS201EW) usual residents by police force area
// (data/census2011-ethnicity-by-pfa/force-demographics.csv) → PopulationBaseline, census 2011: one
// record per PFA × the 18 detailed categories, stored under their broad group with the detailed
// label as `ethnicity` (e.g. BLACK / "Black/African/Caribbean/Black British: Caribbean").
// The file's broad-group and all-categories columns are not stored (they are sums, and storing them
// would double every total) but each row is checked against them. The 2011 Asian group includes
// Chinese, as in 2021. Areas are named, not coded ("Avon & Somerset", "Metropolitan"): matched by
// the forces' spellings.

const column = (label: string) => `Ethnic Group: ${label}; measures: Value`;

const DETAILED: Array<{ group: EthnicGroup; broad: string; labels: string[] }> = [
  {
    group: "WHITE",
    broad: "White",
    labels: [
      "White: English/Welsh/Scottish/Northern Irish/British",
      "White: Irish",
      "White: Gypsy or Irish Traveller",
      "White: Other White",
    ],
  },
  {
    group: "MIXED",
    broad: "Mixed",
    labels: [
      "Mixed/multiple ethnic group: White and Black Caribbean",
      "Mixed/multiple ethnic group: White and Black African",
      "Mixed/multiple ethnic group: White and Asian",
      "Mixed/multiple ethnic group: Other Mixed",
    ],
  },
  {
    group: "ASIAN",
    broad: "Asian",
    labels: [
      "Asian/Asian British: Indian",
      "Asian/Asian British: Pakistani",
      "Asian/Asian British: Bangladeshi",
      "Asian/Asian British: Chinese",
      "Asian/Asian British: Other Asian",
    ],
  },
  {
    group: "BLACK",
    broad: "Black",
    labels: [
      "Black/African/Caribbean/Black British: African",
      "Black/African/Caribbean/Black British: Caribbean",
      "Black/African/Caribbean/Black British: Other Black",
    ],
  },
  {
    group: "OTHER",
    broad: "Other",
    labels: ["Other ethnic group: Arab", "Other ethnic group: Any other ethnic group"],
  },
];

const ALL = column("All categories: Ethnic group");
const n = count();
const row = z.object({
  PFA16NM: text,
  [ALL]: n,
  ...Object.fromEntries(
    DETAILED.flatMap((d) => [column(d.broad), ...d.labels.map(column)].map((c) => [c, n])),
  ),
}) as z.ZodObject<Record<string, z.ZodType<string | number, string>>>;

type State = ForceRecordsState<PopulationRecord>;

export const census2011Importer: ImporterDefinition<State, "census2011"> = {
  kind: "census2011",
  description:
    "Census 2011 usual residents by police force area × 18 detailed ethnic groups (data/census2011-ethnicity-by-pfa/force-demographics.csv) → PopulationBaseline",
  columns: ["PFA16NM", ALL, ...DETAILED.flatMap((d) => [column(d.broad), ...d.labels.map(column)])],

  start: startWithForces,

  row(state, { line, cells }, { problems }) {
    const r = validateRow(row, cells, line, problems) as Record<string, number> & { PFA16NM: string };
    if (!r) return;
    let ok = true;
    let all = 0;
    for (const d of DETAILED) {
      const sum = d.labels.reduce((s, label) => s + r[column(label)]!, 0);
      all += r[column(d.broad)]!;
      if (sum !== r[column(d.broad)]) {
        problems.push({
          line,
          column: column(d.broad),
          reason: `${r[column(d.broad)]} is not the sum of its categories (${sum})`,
        });
        ok = false;
      }
    }
    if (all !== r[ALL]) {
      problems.push({ line, column: ALL, reason: `${r[ALL]} is not the sum of the 5 groups (${all})` });
      ok = false;
    }
    const force = state.resolver.resolveName(r.PFA16NM, line, "PFA16NM", problems);
    if (!force || !ok || !state.keys.add(force.id, line, problems, force.id)) return;
    for (const d of DETAILED)
      for (const label of d.labels)
        state.records.push({
          forceId: force.id,
          censusYear: 2011,
          ethnicGroup: d.group,
          ethnicity: label,
          population: r[column(label)]!,
        });
  },

  async plan(tx, state) {
    return [await planPopulation(tx, 2011, state.records)];
  },
};
