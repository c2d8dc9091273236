import { z } from "zod";
import { decimal2, isoDay, march31, text, validateRow, year } from "./cells.ts";
import { type ImporterDefinition, planTable } from "./engine.ts";
import { type ForceInfo, ForceResolver, requireForces } from "./force-resolver.ts";

// Home Office police officer FTE by force, 31 March 2015–2019 (data/police-officer-fte-2015-2019)
// → WorkforceTotal (POLICE_OFFICER, FTE only: the file has no headcount, so headcount is left as it
// is: null on insert, never overwritten).
//
// Quirks handled:
// - FTE is stored exactly to 6 decimals (WorkforceTotal.fte is Decimal(14,6)): 23 rows carry real
//   extra decimals ("1802.3125", "1072.558875", sums of part-time FTE); floating-point noise
//   ("2587.0399999999995") is rounded away.
// - "Central Service Secondments" (officers seconded to national bodies) is not a force: skipped.
// - The West Midlands *region* total survived the source's clean-up because it shares the force's
//   name, so each year has two "West Midlands" rows. The region row is recognised by arithmetic, not
//   by position: it must equal the other West Midlands row plus the region's other forces
//   (regions come from the `regions` import). It is skipped; if neither row adds up, the file is
//   refused.

const SKIPPED_NAMES: Record<string, string> = {
  "central service secondments":
    "Central Service Secondments is not a force (officers seconded to national bodies)",
};

const row = z.object({
  "Police force": text,
  "FTE Count": decimal2({ places: 6 }),
  Year: year,
});

interface Entry {
  line: number;
  force: ForceInfo;
  year: number;
  micros: number;
  fte: string;
}

interface State {
  resolver: ForceResolver;
  entries: Entry[];
  records: Array<{ forceId: string; asAt: Date; fte: string }>;
}

const toMicros = (fte: string) => Math.round(Number(fte) * 1e6);

export const officerFteImporter: ImporterDefinition<State, "officer-fte"> = {
  kind: "officer-fte",
  description:
    "Home Office police officer FTE by force at 31 March 2015–2019 (data/police-officer-fte-2015-2019) → WorkforceTotal",
  columns: ["Police force", "FTE Count", "Year"],

  async start(db, { problems }) {
    const resolver = await ForceResolver.load(db);
    requireForces(resolver, problems);
    return { resolver, entries: [], records: [] };
  },

  row(state, { line, cells }, { problems, skip }) {
    const r = validateRow(row, cells, line, problems);
    if (!r) return;
    const skipReason = SKIPPED_NAMES[r["Police force"].toLowerCase()];
    if (skipReason) {
      skip(line, skipReason);
      return;
    }
    const force = state.resolver.resolveName(r["Police force"], line, "Police force", problems);
    if (force)
      state.entries.push({
        line,
        force,
        year: r.Year,
        fte: r["FTE Count"],
        micros: toMicros(r["FTE Count"]),
      });
  },

  finish(state, { problems, skip }) {
    const groups = new Map<string, Entry[]>();
    for (const e of state.entries) {
      const k = `${e.force.id}|${e.year}`;
      groups.set(k, [...(groups.get(k) ?? []), e]);
    }
    for (const entries of groups.values()) {
      let kept = entries[0]!;
      if (entries.length > 1) {
        const regionTotal =
          entries.length === 2 ? findRegionTotal(entries as [Entry, Entry], state.entries) : null;
        if (!regionTotal) {
          for (const e of entries.slice(1))
            problems.push({
              line: e.line,
              column: "Police force",
              reason:
                `${e.force.id} appears more than once for ${e.year} (first on line ${entries[0]!.line}) ` +
                "and neither row is its region's total" +
                (e.force.regionId ? "" : " (import regions first to recognise a region total)"),
            });
          continue;
        }
        skip(
          regionTotal.line,
          `${regionTotal.force.regionId} region total (shares the force's name; equals the sum of its forces)`,
        );
        kept = entries.find((e) => e !== regionTotal)!;
      }
      state.records.push({ forceId: kept.force.id, asAt: march31(kept.year), fte: kept.fte });
    }
  },

  async plan(tx, state) {
    const years = [...new Set(state.records.map((r) => isoDay(r.asAt)))].map((d) => new Date(d));
    const existing = await tx.workforceTotal.findMany({
      where: { workerType: "POLICE_OFFICER", asAt: { in: years } },
    });
    const key = (r: { forceId: string; asAt: Date }) => `${r.forceId}|${isoDay(r.asAt)}`;
    return [
      planTable({
        table: "WorkforceTotal",
        incoming: state.records,
        existing,
        keyOf: key,
        keyOfExisting: key,
        same: (row, r) => row.fte?.toFixed(6) === r.fte,
        insert: (tx, chunk, batchId) =>
          tx.workforceTotal.createMany({
            data: chunk.map((r) => ({ ...r, workerType: "POLICE_OFFICER", batchId })),
          }),
        update: (tx, row, r, batchId) =>
          tx.workforceTotal.update({
            where: {
              forceId_asAt_workerType: { forceId: row.forceId, asAt: row.asAt, workerType: row.workerType },
            },
            data: { fte: r.fte, batchId },
          }),
        show: (v) => {
          const fte = (v as { fte: string | { toFixed(d: number): string } | null }).fte;
          return { fte: typeof fte === "string" || fte === null ? fte : fte.toFixed(6) };
        },
      }),
    ];
  },
};

/** Of two rows for one force and year, the one equal to the other plus the region's other forces. */
function findRegionTotal(pair: [Entry, Entry], all: Entry[]): Entry | null {
  const [a, b] = pair;
  const regionId = a.force.regionId;
  if (!regionId) return null;
  const others = all
    .filter((e) => e.year === a.year && e.force.regionId === regionId && e.force.id !== a.force.id)
    .reduce((sum, e) => sum + e.micros, 0);
  if (others === 0) return null;
  if (a.micros === b.micros + others) return a;
  if (b.micros === a.micros + others) return b;
  return null;
}
