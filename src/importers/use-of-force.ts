import { z } from "zod";
import type { PowerRowRole, SubjectEthnicity } from "../generated/prisma/enums.ts";
import { count, financialYear, text, validateRow } from "./cells.ts";
import { type ForceRecordsState, type ImporterDefinition, startWithForces } from "./engine.ts";
import type { RowProblem } from "./errors.ts";
import { isSubtotalRole, type PowerRecord, planPowerCounts } from "./police-powers.ts";

// Home Office "Police use of force statistics" by officer-perceived subject ethnicity, type of force,
// tactic and force, April 2019 to March 2020 (data/use-of-force-by-ethnicity-2019-20)
// → PolicePowerCount (USE_OF_FORCE, OFFICER_DEFINED): one record per published ethnicity cell plus
// the row total as subject ALL; tactic = the source's label without its leading "*", category =
// "Type of force".
//
// - The file has no dates: the period is the one its title and SOURCE.md give (FY 2019/20).
// - Roles from the source's structure (per force block, in file order):
//   "*Total Tactics" → TOTAL (the Home Office total, which excludes not reported and tactical
//   communication); "*Total <category>" → SUBTOTAL when rows of its category follow, else CATEGORY
//   (Unarmed skills, Firearms: a leaf); "X, of which" → SUBTOTAL of the rows after it that name X
//   (SUBCATEGORY, parent X); other rows → SUBCATEGORY of their category; the "Not reported"
//   category and Tactical communication → EXCLUDED. Every SUBTOTAL and TOTAL must equal the sum of
//   its children, so the CATEGORY + SUBCATEGORY rows of one breakdown sum to the published total.
// - Per-ethnicity rows have breakdown ETHNICITY; the row totals (subject ALL) breakdown NONE.
// - A blank cell is not published (not zero): no record. A row with every cell blank gives none.
// - Each row's ethnicity cells must add up to its total (they do in the source).
// - The "Total England and Wales" block is not stored; each of its cells is checked against the
//   sum of the forces.
// - "Not reported" (ethnicity not recorded) → UNKNOWN.

const PERIOD = financialYear(2020);
const NATIONAL = "Total England and Wales";
const TOTAL = "Number of times tactic reported";

const GROUPS: Array<[string, SubjectEthnicity]> = [
  ["White", "WHITE"],
  ["Black (or Black British)", "BLACK"],
  ["Asian (or Asian British)", "ASIAN"],
  ["Mixed", "MIXED"],
  ["Other", "OTHER"],
  ["Not reported", "UNKNOWN"],
];

const n = count({ blank: "null" });
const row = z.object({
  "Police Force": text,
  "Type of force": text,
  Tactic: text,
  White: n,
  "Black (or Black British)": n,
  "Asian (or Asian British)": n,
  Mixed: n,
  Other: n,
  "Not reported": n,
  [TOTAL]: n,
});

type Cells = Record<string, number | null>;

interface State extends ForceRecordsState<PowerRecord> {
  national: Array<{ line: number; tactic: string; values: Cells }>;
  sums: Map<string, Map<string, number>>;
  /** The "X, of which" row being read (per force): its tactic and the word its children share. */
  ofWhich: { forceId: string; tactic: string; stem: string; category: string } | null;
}

const OFFICIAL_TOTAL = "Total Tactics";

function structure(
  state: State,
  forceId: string,
  label: string,
  tactic: string,
  category: string,
): { role: PowerRowRole; parentTactic: string | null } {
  const categoryTotal = `Total ${category}`;
  if (tactic === OFFICIAL_TOTAL) return { role: "TOTAL", parentTactic: null };
  if (category === "Not reported" || tactic === "Tactical communication") {
    state.ofWhich = null;
    return { role: "EXCLUDED", parentTactic: null };
  }
  // Provisional: a category total with rows beneath becomes SUBTOTAL in checkStructure.
  if (label.startsWith("*")) return { role: "CATEGORY", parentTactic: OFFICIAL_TOTAL };
  if (/,? of which$/i.test(label)) {
    const stem = tactic.split(/[\s,]/)[0]!.toLowerCase();
    state.ofWhich = { forceId, tactic, stem, category };
    return { role: "SUBTOTAL", parentTactic: categoryTotal };
  }
  const parent = state.ofWhich;
  if (
    parent?.forceId === forceId &&
    parent.category === category &&
    tactic.toLowerCase().includes(parent.stem)
  )
    return { role: "SUBCATEGORY", parentTactic: parent.tactic };
  state.ofWhich = null;
  return { role: "SUBCATEGORY", parentTactic: categoryTotal };
}

/** Category totals with children are subtotals; every total and subtotal equals its children's sum. */
function checkStructure(records: PowerRecord[], problems: RowProblem[]) {
  const key = (r: PowerRecord, tactic: string | null) => `${r.forceId}|${r.subjectEthnicity}|${tactic}`;
  const children = new Map<string, number>();
  for (const r of records)
    if (r.parentTactic)
      children.set(key(r, r.parentTactic), (children.get(key(r, r.parentTactic)) ?? 0) + r.count);
  for (const r of records) {
    if (r.role === "CATEGORY" && r.parentTactic === OFFICIAL_TOTAL && children.has(key(r, r.tactic))) {
      r.role = "SUBTOTAL";
      r.isSubtotal = true;
    }
    if (isSubtotalRole(r.role) && children.get(key(r, r.tactic)) !== r.count)
      problems.push({
        line: 0,
        column: "Tactic",
        reason: `${r.forceId} "${r.tactic}" (${r.subjectEthnicity}) is ${r.count}, its rows sum to ${children.get(key(r, r.tactic)) ?? 0}`,
      });
  }
}

const COLUMNS = [...GROUPS.map(([c]) => c), TOTAL];

export const useOfForceImporter: ImporterDefinition<State, "use-of-force"> = {
  kind: "use-of-force",
  description:
    "Home Office use of force by officer-perceived subject ethnicity, type of force, tactic and force, Apr 2019–Mar 2020 (data/use-of-force-by-ethnicity-2019-20) → PolicePowerCount",
  columns: ["Police Force", "Type of force", "Tactic", ...COLUMNS],

  async start(db, ctx) {
    return { ...(await startWithForces<PowerRecord>(db, ctx)), national: [], sums: new Map(), ofWhich: null };
  },

  row(state, { line, cells }, { problems, skip }) {
    const r = validateRow(row, cells, line, problems);
    if (!r) return;
    const { "Police Force": name, "Type of force": category, Tactic: label } = r;
    const tactic = label.replace(/^\*\s*/, "");
    const values: Cells = Object.fromEntries(
      COLUMNS.map((c) => [c, r[c as keyof typeof r] as number | null]),
    );
    const present = GROUPS.filter(([c]) => values[c] !== null);
    const total = values[TOTAL] ?? null;
    if (present.length > 0 && total === null) {
      problems.push({ line, column: TOTAL, reason: "is empty although ethnicity counts are given" });
      return;
    }
    const sum = present.reduce((s, [c]) => s + values[c]!, 0);
    if (total !== null && present.length > 0 && sum !== total) {
      problems.push({
        line,
        column: TOTAL,
        reason: `${total} is not the sum of the ethnicity counts (${sum})`,
      });
      return;
    }
    if (name === NATIONAL) {
      state.national.push({ line, tactic, values });
      skip(line, "England and Wales total (checked against the sum of the forces)");
      return;
    }
    const force = state.resolver.resolveName(name, line, "Police Force", problems);
    if (!force || !state.keys.add(`${force.id}|${tactic}`, line, problems, `${force.id} "${tactic}"`)) return;
    const sums = state.sums.get(tactic) ?? new Map<string, number>();
    state.sums.set(tactic, sums);
    for (const c of COLUMNS) if (values[c] !== null) sums.set(c, (sums.get(c) ?? 0) + values[c]!);
    if (total === null) {
      skip(line, `${force.id} "${tactic}": no figures published (blank cells)`);
      return;
    }
    const { role, parentTactic } = structure(state, force.id, label, tactic, category);
    const base = {
      forceId: force.id,
      power: "USE_OF_FORCE" as const,
      tactic,
      category,
      role,
      parentTactic,
      qualityFlags: [],
      isSubtotal: isSubtotalRole(role),
      periodStart: PERIOD.start,
      periodEnd: PERIOD.end,
      monthsCovered: 12,
      ethnicityBasis: "OFFICER_DEFINED" as const,
    };
    for (const [c, subjectEthnicity] of present)
      state.records.push({ ...base, breakdown: "ETHNICITY", subjectEthnicity, count: values[c]! });
    state.records.push({ ...base, breakdown: "NONE", subjectEthnicity: "ALL", count: total });
  },

  finish(state, { problems }) {
    checkStructure(state.records, problems);
    for (const { line, tactic, values } of state.national) {
      const sums = state.sums.get(tactic);
      if (!sums) {
        problems.push({ line, column: "Tactic", reason: `no force has a row for "${tactic}"` });
        continue;
      }
      for (const c of COLUMNS) {
        const sum = sums.get(c) ?? null;
        if ((values[c] ?? null) !== sum)
          problems.push({
            line,
            column: c,
            reason: `${values[c] ?? "blank"} is not the sum of the forces (${sum ?? "blank"})`,
          });
      }
    }
  },

  async plan(tx, state, ctx) {
    return [await planPowerCounts(tx, state.records, ctx)];
  },
};
