import { z } from "zod";
import { count, financialYear, text, validateRow } from "./cells.ts";
import { type ImporterDefinition, KeyTracker, planTable } from "./engine.ts";
import { ForceResolver, requireForces } from "./force-resolver.ts";
import { isSubtotalRole, type PowerRecord, planPowerCounts } from "./police-powers.ts";

// Home Office "Police use of force statistics" CED (Taser) use by type, force and region, 2019/20
// (data/police-regions-ced-2019-20). It is the only shipped file naming each force's Home Office
// region, so it loads Region, sets Force.regionId, and keeps the CED counts by type of use
// (PolicePowerCount, power TASER, all ethnicities).
// "*Total <region>" and "*Total England and Wales" rows are not stored (they are sums) but are
// checked against the sum of their forces. BTP is not in the file: its region stays null.

/** Column → tactic stored (named like the use-of-force tables' CED rows), category, role and parent. */
const CED_COLUMNS = [
  { column: "Total", tactic: "CED", category: null, role: "TOTAL", parent: null },
  {
    column: "Total non-discharge",
    tactic: "CED non-discharge",
    category: "Non-discharge",
    role: "SUBTOTAL",
    parent: "CED",
  },
  {
    column: "Drawn",
    tactic: "CED drawn",
    category: "Non-discharge",
    role: "SUBCATEGORY",
    parent: "CED non-discharge",
  },
  {
    column: "Aimed",
    tactic: "CED aimed",
    category: "Non-discharge",
    role: "SUBCATEGORY",
    parent: "CED non-discharge",
  },
  {
    column: "Red-dot",
    tactic: "CED red-dot",
    category: "Non-discharge",
    role: "SUBCATEGORY",
    parent: "CED non-discharge",
  },
  {
    column: "Arced",
    tactic: "CED arced",
    category: "Non-discharge",
    role: "SUBCATEGORY",
    parent: "CED non-discharge",
  },
  {
    column: "Total discharge",
    tactic: "CED discharge",
    category: "Discharge",
    role: "SUBTOTAL",
    parent: "CED",
  },
  {
    column: "Drive stun",
    tactic: "CED drive stun",
    category: "Discharge",
    role: "SUBCATEGORY",
    parent: "CED discharge",
  },
  {
    column: "Fired",
    tactic: "CED fired",
    category: "Discharge",
    role: "SUBCATEGORY",
    parent: "CED discharge",
  },
  {
    column: "Angled drive stun",
    tactic: "CED angled drive stun",
    category: "Discharge",
    role: "SUBCATEGORY",
    parent: "CED discharge",
  },
  { column: "Not stated", tactic: "CED not stated", category: null, role: "SUBCATEGORY", parent: "CED" },
] as const;

type CedColumn = (typeof CED_COLUMNS)[number]["column"];

/** Sums the source's rows satisfy (checked on every row, subtotals included). */
const SUMS: Array<[CedColumn, CedColumn[]]> = [
  ["Total non-discharge", ["Drawn", "Aimed", "Red-dot", "Arced"]],
  ["Total discharge", ["Drive stun", "Fired", "Angled drive stun"]],
  ["Total", ["Total non-discharge", "Total discharge", "Not stated"]],
];

const NATIONAL = "England and Wales";
const PERIOD = financialYear(2020);

const n = count();
const row = z.object({
  Region: text,
  "Police force": text,
  Total: n,
  "Total non-discharge": n,
  Drawn: n,
  Aimed: n,
  "Red-dot": n,
  Arced: n,
  "Total discharge": n,
  "Drive stun": n,
  Fired: n,
  "Angled drive stun": n,
  "Not stated": n,
});

type Values = Record<CedColumn, number>;

interface State {
  resolver: ForceResolver;
  regions: Map<string, { id: string; name: string }>;
  forceRegion: Array<{ forceId: string; regionId: string; regionName: string; values: Values; line: number }>;
  totals: Array<{ line: number; region: string; values: Values }>;
  forces: KeyTracker;
}

export function regionId(name: string): string {
  return name
    .toLowerCase()
    .replaceAll("&", " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export const regionsImporter: ImporterDefinition<State, "regions"> = {
  kind: "regions",
  description:
    "Home Office regions and CED (Taser) use by type, April 2019–March 2020 (data/police-regions-ced-2019-20) → Region, Force.regionId, PolicePowerCount (TASER, all ethnicities)",
  columns: ["Region", "Police force", ...CED_COLUMNS.map((c) => c.column)],

  async start(db, { problems }) {
    const resolver = await ForceResolver.load(db);
    requireForces(resolver, problems);
    return { resolver, regions: new Map(), forceRegion: [], totals: [], forces: new KeyTracker() };
  },

  row(state, { line, cells }, { problems, skip }) {
    const r = validateRow(row, cells, line, problems);
    if (!r) return;
    const values = Object.fromEntries(CED_COLUMNS.map((c) => [c.column, r[c.column]])) as Values;
    for (const [total, parts] of SUMS) {
      const sum = parts.reduce((n, p) => n + values[p], 0);
      if (sum !== values[total])
        problems.push({
          line,
          column: total,
          reason: `${values[total]} is not the sum of ${parts.join(" + ")} (${sum})`,
        });
    }
    const name = r["Police force"];
    if (name.startsWith("*Total")) {
      const expected = `*Total ${r.Region}`;
      if (name !== expected) {
        problems.push({
          line,
          column: "Police force",
          reason: `subtotal "${name}" does not match its region (expected "${expected}")`,
        });
        return;
      }
      state.totals.push({ line, region: r.Region, values });
      skip(
        line,
        r.Region === NATIONAL
          ? "national total (checked against the forces)"
          : "region subtotal (checked against its forces)",
      );
      return;
    }
    if (r.Region === NATIONAL) {
      problems.push({ line, column: "Region", reason: `a force cannot be in the region "${NATIONAL}"` });
      return;
    }
    const force = state.resolver.resolveName(name, line, "Police force", problems);
    if (!force || !state.forces.add(force.id, line, problems, force.id)) return;
    const id = regionId(r.Region);
    const known = state.regions.get(id);
    if (known && known.name !== r.Region) {
      problems.push({
        line,
        column: "Region",
        reason: `"${r.Region}" and "${known.name}" have the same id ${id}`,
      });
      return;
    }
    state.regions.set(id, { id, name: r.Region });
    state.forceRegion.push({ forceId: force.id, regionId: id, regionName: r.Region, values, line });
  },

  finish(state, { problems }) {
    for (const total of state.totals) {
      const members = state.forceRegion.filter(
        (f) => total.region === NATIONAL || f.regionName === total.region,
      );
      if (members.length === 0) {
        problems.push({
          line: total.line,
          column: "Region",
          reason: `no forces listed for region "${total.region}"`,
        });
        continue;
      }
      for (const { column } of CED_COLUMNS) {
        const sum = members.reduce((n, f) => n + f.values[column], 0);
        if (sum !== total.values[column])
          problems.push({
            line: total.line,
            column,
            reason: `${total.values[column]} is not the sum of the ${members.length} forces' values (${sum})`,
          });
      }
    }
  },

  async plan(tx, state, ctx) {
    const regions = [...state.regions.values()];
    const forceIds = state.forceRegion.map((f) => f.forceId);
    const [storedRegions, storedForces] = await Promise.all([
      tx.region.findMany(),
      tx.force.findMany({ where: { id: { in: forceIds } }, select: { id: true, regionId: true } }),
    ]);
    const powers: PowerRecord[] = state.forceRegion.flatMap((f) =>
      CED_COLUMNS.map((c) => ({
        forceId: f.forceId,
        power: "TASER" as const,
        tactic: c.tactic,
        category: c.category,
        role: c.role,
        parentTactic: c.parent,
        breakdown: "NONE" as const,
        qualityFlags: [],
        isSubtotal: isSubtotalRole(c.role),
        periodStart: PERIOD.start,
        periodEnd: PERIOD.end,
        monthsCovered: 12,
        ethnicityBasis: "ALL_ETHNICITIES" as const,
        subjectEthnicity: "ALL" as const,
        count: f.values[c.column],
      })),
    );
    return [
      planTable({
        table: "Region",
        incoming: regions,
        existing: storedRegions,
        keyOf: (r) => r.id,
        keyOfExisting: (r) => r.id,
        same: (row, r) => row.name === r.name,
        insert: (tx, records) => tx.region.createMany({ data: records }),
        update: (tx, row, r) => tx.region.update({ where: { id: row.id }, data: { name: r.name } }),
      }),
      planTable({
        table: "Force.regionId",
        incoming: state.forceRegion,
        existing: storedForces,
        keyOf: (f) => f.forceId,
        keyOfExisting: (f) => f.id,
        same: (row, f) => row.regionId === f.regionId,
        insert: async () => {
          throw new Error("a force listed in the regions file is not in the database");
        },
        update: (tx, row, f) => tx.force.update({ where: { id: row.id }, data: { regionId: f.regionId } }),
        show: (v) => ({ regionId: (v as { regionId: string | null }).regionId }),
      }),
      await planPowerCounts(tx, powers, ctx),
    ];
  },
};
