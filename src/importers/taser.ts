import { z } from "zod";
import type { SubjectEthnicity } from "../generated/prisma/enums.ts";
import { count, financialYear, isoDate, isoDay, oneOf, text, validateRow } from "./cells.ts";
import { type ForceRecordsState, type ImporterDefinition, startWithForces } from "./engine.ts";
import { type PowerRecord, planPowerCounts } from "./police-powers.ts";

// Home Office Taser (CED) use by officer-perceived subject ethnicity and force, financial years
// 2018/19 and 2019/20, long format (data/taser-use-by-ethnicity-2018-2020) → PolicePowerCount
// (TASER, tactic "CED", OFFICER_DEFINED, 12 months).
//
// - Tactic "CED" (2018/19) and "CED of which" (2019/20) are the same concept relabelled: both "CED".
// - ytd is the last day of the financial year and must be a 31 March.
// - A blank value is not published: no record. In 2019/20 the source dropped Chinese and
//   "Don't know" (every force blank), and Warwickshire and West Mercia published only "Not reported".
// - Values count uses of the tactic, not people. "Not reported" → UNKNOWN, "Don't know" → DONT_KNOW.
// - No total is stored: the file has none, and the 2019/20 rows lack categories.
// - A force with 0 in every category of a year, "Not reported" included (five forces in 2018/19, with
//   hundreds the next year), is kept as published with the flag ALL_ZERO_LIKELY_NOT_SUBMITTED.

const ETHNICITIES: Record<string, SubjectEthnicity> = {
  White: "WHITE",
  "Black (or Black British)": "BLACK",
  "Asian (or Asian British)": "ASIAN",
  Chinese: "CHINESE",
  Mixed: "MIXED",
  Other: "OTHER",
  "Don't know": "DONT_KNOW",
  "Not reported": "UNKNOWN",
};

const row = z.object({
  "Police Force": text,
  Tactic: oneOf("tactic", { CED: "CED", "CED of which": "CED" }),
  ytd: isoDate.refine(
    (d) => d.getUTCMonth() === 2 && d.getUTCDate() === 31,
    "is not a 31 March (end of a financial year)",
  ),
  variable: oneOf("ethnicity", ETHNICITIES),
  value: count({ blank: "null" }),
});

type State = ForceRecordsState<PowerRecord>;

export const taserImporter: ImporterDefinition<State, "taser"> = {
  kind: "taser",
  description:
    "Home Office Taser (CED) use by officer-perceived subject ethnicity and force, FY 2018/19 and 2019/20 (data/taser-use-by-ethnicity-2018-2020) → PolicePowerCount",
  columns: ["Police Force", "Tactic", "ytd", "variable", "value"],

  start: startWithForces,

  row(state, { line, cells }, { problems, skip }) {
    const r = validateRow(row, cells, line, problems);
    if (!r) return;
    const force = state.resolver.resolveName(r["Police Force"], line, "Police Force", problems);
    const year = isoDay(r.ytd);
    if (
      !force ||
      !state.keys.add(
        `${force.id}|${year}|${r.variable}`,
        line,
        problems,
        `${force.id} ${year} ${r.variable}`,
      )
    )
      return;
    if (r.value === null) {
      skip(line, `${force.id} ${year} ${r.variable}: blank (not published)`);
      return;
    }
    const period = financialYear(r.ytd.getUTCFullYear());
    state.records.push({
      forceId: force.id,
      power: "TASER",
      tactic: r.Tactic,
      category: null,
      // CED is this table's one tactic, split by ethnicity. For 2019/20 the CED total by type is in
      // the regions file (breakdown NONE); for 2018/19 this split is all that is published.
      role: "CATEGORY",
      parentTactic: null,
      breakdown: "ETHNICITY",
      qualityFlags: [],
      isSubtotal: false,
      periodStart: period.start,
      periodEnd: period.end,
      monthsCovered: 12,
      ethnicityBasis: "OFFICER_DEFINED",
      subjectEthnicity: r.variable,
      count: r.value,
    });
  },

  finish(state) {
    // A force whose every category is 0, "Not reported" included, most likely did not submit.
    const groups = new Map<string, PowerRecord[]>();
    for (const r of state.records) {
      const k = `${r.forceId}|${isoDay(r.periodStart)}`;
      groups.set(k, [...(groups.get(k) ?? []), r]);
    }
    for (const rows of groups.values())
      if (rows.length > 1 && rows.every((r) => r.count === 0))
        for (const r of rows) r.qualityFlags = ["ALL_ZERO_LIKELY_NOT_SUBMITTED"];
  },

  async plan(tx, state, ctx) {
    return [await planPowerCounts(tx, state.records, ctx)];
  },
};
