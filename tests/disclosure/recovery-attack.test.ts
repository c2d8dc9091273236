import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import { testDatabase } from "../support/database.ts";
import { okGraphQL } from "../support/graphql.ts";

// An attacker with no token: collects everything the public can ask about one workforce table (every
// cell of the list, representation for every force and England and Wales over all ranks, each rank,
// adjacent pairs and all-but-one rank), turns each published figure into an equation over the cells,
// and tries to recover each suppressed cell by linear algebra and by bounds propagation (every hidden
// cell is at least 1, since zeros are shown). This code knows nothing of the hub's suppression logic.

let database: Database;
beforeAll(async () => {
  database = await testDatabase("seeded");
});
afterAll(() => database.close());

const ranks = [
  "CHIEF_OFFICER",
  "CHIEF_SUPERINTENDENT",
  "SUPERINTENDENT",
  "CHIEF_INSPECTOR",
  "INSPECTOR",
  "SERGEANT",
  "CONSTABLE",
] as const;
const groupsOf: Record<string, string[]> = {
  ASIAN: ["ASIAN"],
  BLACK: ["BLACK"],
  MIXED: ["MIXED"],
  WHITE: ["WHITE"],
  OTHER: ["CHINESE_OR_OTHER", "OTHER"],
  MINORITY_ETHNIC: ["ASIAN", "BLACK", "MIXED", "CHINESE_OR_OTHER", "OTHER"],
  STATED: ["ASIAN", "BLACK", "MIXED", "WHITE", "CHINESE_OR_OTHER", "OTHER"],
  NOT_STATED: ["NOT_STATED"],
};

interface Cell {
  force: string;
  rank: string;
  gender: string;
  ethnicity: string;
  headcount: number | null;
  suppressed: boolean;
  fte: number | null;
}

interface PageData {
  workforce: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<Omit<Cell, "force"> & { force: { id: string } }>;
  };
}

async function publicCells(year: number, viewer?: Viewer): Promise<Cell[]> {
  const cells: Cell[] = [];
  let after: string | null = null;
  do {
    const { data }: { data: PageData } = await okGraphQL(
      database,
      /* GraphQL */ `query ($year: Int!, $after: String) {
        workforce(first: 100, after: $after, filter: { years: [$year], workerTypes: [POLICE_OFFICER] }) {
          pageInfo { hasNextPage endCursor }
          nodes { force { id } rank gender ethnicity headcount suppressed fte }
        }
      }`,
      { variables: { year, after }, viewer },
    );
    for (const n of data.workforce.nodes) cells.push({ ...n, force: n.force.id });
    after = data.workforce.pageInfo.hasNextPage ? data.workforce.pageInfo.endCursor : null;
  } while (after);
  return cells;
}

const subsetsOf = (present: readonly string[]) => {
  const subsets: string[][] = [[...present]];
  for (const r of present)
    subsets.push(
      [r],
      present.filter((x) => x !== r),
    );
  for (let i = 0; i + 1 < present.length; i++) subsets.push([present[i]!, present[i + 1]!]);
  return subsets.filter((s) => s.length > 0);
};

interface Equation {
  force: string | null;
  ranks: string[];
  ethnicities: string[];
  value: number;
  label: string;
}

const groupFields = `group headcount share ratio gapPercentagePoints headcountNeeded
  shareInterval { lower } ratioInterval { lower } notStatedBounds { lower upper } ratioNotStatedBounds { lower }`;

async function publicEquations(year: number, subsets: string[][], viewer?: Viewer): Promise<Equation[]> {
  const aliases = subsets
    .map(
      (s, i) => `r${i}: representation(input: { asAt: "${year}-03-31", ranks: [${s.join(", ")}] }) {
        statedHeadcount notStatedHeadcount groups { ${groupFields} } }`,
    )
    .join("\n");
  const national = aliases.replaceAll("representation(", "nationalRepresentation(");
  const { data } = await okGraphQL(
    database,
    `{ forces(first: 100) { nodes { id ${aliases} } } ${national} }`,
    { viewer },
  );
  const equations: Equation[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: the aliased response is built at run time
  const collect = (force: string | null, rep: Record<string, any> | null, s: string[]) => {
    if (!rep) return;
    const label = `${force ?? "E&W"} ${s.join("+")}`;
    const stated = rep.statedHeadcount as number | null;
    const add = (node: string, value: number | null) => {
      if (value !== null)
        equations.push({ force, ranks: s, ethnicities: groupsOf[node]!, value, label: `${label} ${node}` });
    };
    add("STATED", stated);
    add("NOT_STATED", rep.notStatedHeadcount);
    for (const g of rep.groups) {
      add(g.group, g.headcount);
      // Every derived figure must vanish with the count it is derived from, or it gives it back.
      if (g.headcount === null)
        expect(
          [
            g.share,
            g.ratio,
            g.gapPercentagePoints,
            g.headcountNeeded,
            g.shareInterval,
            g.ratioInterval,
            g.notStatedBounds,
          ],
          `${label} ${g.group} derived figures`,
        ).toEqual([null, null, null, null, null, null, null]);
      if (g.headcount === null && g.share !== null && stated !== null)
        add(g.group, Math.round(g.share * stated));
    }
  };
  for (const force of data.forces.nodes)
    subsets.forEach((s, i) => {
      collect(force.id, force[`r${i}`], s);
    });
  subsets.forEach((s, i) => {
    collect(null, data[`r${i}`], s);
  });
  return equations;
}

/** The attack: which hidden cells are pinned to one value by the published figures? */
function attack(cells: Cell[], equations: Equation[], nationalForces: Set<string>) {
  const hidden = cells.filter((c) => c.suppressed);
  const index = new Map(hidden.map((c, i) => [c, i]));
  const rows: { vars: number[]; rhs: number; label: string }[] = [];
  const inconsistent: string[] = [];
  for (const eq of equations) {
    let rhs = eq.value;
    const vars: number[] = [];
    for (const c of cells) {
      if (eq.force === null ? !nationalForces.has(c.force) : c.force !== eq.force) continue;
      if (!eq.ranks.includes(c.rank) || !eq.ethnicities.includes(c.ethnicity)) continue;
      if (c.suppressed) vars.push(index.get(c)!);
      else rhs -= c.headcount ?? 0;
    }
    if (vars.length === 0) {
      if (rhs !== 0) inconsistent.push(`${eq.label}: published ${eq.value}, cells sum to ${eq.value - rhs}`);
    } else rows.push({ vars, rhs, label: eq.label });
  }

  const n = hidden.length;
  // Distinct equations only (many published figures repeat one another).
  const distinct = new Map<string, { vars: number[]; rhs: number }>();
  for (const r of rows) distinct.set(`${[...r.vars].sort((a, b) => a - b).join(",")}=${r.rhs}`, r);
  const system = [...distinct.values()];
  const name = (i: number) => {
    const c = hidden[i]!;
    return `${c.force} ${c.rank} ${c.gender} ${c.ethnicity}`;
  };

  // 1. Linear algebra (sparse Gauss-Jordan): a hidden cell is determined when its unit vector is in
  // the row space of the equations.
  const reduced: Array<{ pivot: number; row: Map<number, number>; rhs: number }> = [];
  for (const eq of system) {
    let row = new Map(eq.vars.map((v) => [v, 1]));
    let rhs = eq.rhs;
    for (const r of reduced) {
      const f = row.get(r.pivot);
      if (!f) continue;
      for (const [k, v] of r.row) {
        const next = (row.get(k) ?? 0) - f * v;
        if (Math.abs(next) < 1e-9) row.delete(k);
        else row.set(k, next);
      }
      rhs -= f * r.rhs;
    }
    if (row.size === 0) {
      if (Math.abs(rhs) > 1e-6) inconsistent.push(`equations contradict (residual ${rhs})`);
      continue;
    }
    const pivot = row.keys().next().value!;
    const scale = row.get(pivot)!;
    row = new Map([...row].map(([k, v]) => [k, v / scale]));
    rhs /= scale;
    for (const r of reduced) {
      const f = r.row.get(pivot);
      if (!f) continue;
      for (const [k, v] of row) {
        const next = (r.row.get(k) ?? 0) - f * v;
        if (Math.abs(next) < 1e-9) r.row.delete(k);
        else r.row.set(k, next);
      }
      r.rhs -= f * rhs;
    }
    reduced.push({ pivot, row, rhs });
  }
  const determined = reduced.filter((r) => r.row.size === 1).map((r) => `${name(r.pivot)} = ${r.rhs}`);

  // 2. Bounds propagation: every hidden cell is at least 1 (zeros are shown); each equation bounds
  // each of its cells by the others' bounds. Equal bounds mean the cell is recovered.
  const lo = new Float64Array(n).fill(1);
  const hi = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  for (let changed = true, rounds = 0; changed && rounds < 1000; rounds++) {
    changed = false;
    for (const eq of system) {
      const sumLo = eq.vars.reduce((s, v) => s + lo[v]!, 0);
      const sumHi = eq.vars.reduce((s, v) => s + hi[v]!, 0);
      for (const v of eq.vars) {
        const upper = eq.rhs - (sumLo - lo[v]!);
        const lower = eq.rhs - (sumHi - hi[v]!);
        if (upper < hi[v]! - 1e-9) {
          hi[v] = upper;
          changed = true;
        }
        if (lower > lo[v]! + 1e-9) {
          lo[v] = lower;
          changed = true;
        }
      }
    }
  }
  const pinned: string[] = [];
  for (let v = 0; v < n; v++) if (hi[v]! - lo[v]! < 0.5) pinned.push(`${name(v)} ∈ [${lo[v]}, ${hi[v]}]`);
  return { hidden: n, equations: system.length, inconsistent, determined, pinned };
}

async function nationalForceIds(): Promise<Set<string>> {
  const forces = await database.db.force.findMany({
    where: { pfaCode: { not: null }, kind: "TERRITORIAL", country: { in: ["ENGLAND", "WALES"] } },
    select: { id: true },
  });
  return new Set(forces.map((f) => f.id));
}

describe("recovering suppressed workforce cells from everything the public can query", () => {
  it("fails for every cell of 2006 (all ranks, 43 forces + England and Wales)", async () => {
    const cells = await publicCells(2006);
    expect(cells).toHaveLength(3612);
    const equations = await publicEquations(2006, subsetsOf(ranks));
    const result = attack(cells, equations, await nationalForceIds());
    expect(result.hidden).toBeGreaterThan(500);
    expect(result.inconsistent).toEqual([]);
    expect(result.determined).toEqual([]);
    expect(result.pinned).toEqual([]);

    // The attack has teeth: against primary suppression alone (1–4 hidden, nothing else), it recovers
    // Hertfordshire's 4 officers of Other ethnicity from the published minority total.
    const national: Viewer = { subject: "t", role: "national", forceIds: [] };
    const rawCells = await publicCells(2006, national);
    const small = (n: number | null) => n !== null && n > 0 && n < 5;
    const naive = rawCells.map((c) => ({ ...c, suppressed: small(c.headcount) }));
    const naiveEquations = (await publicEquations(2006, [[...ranks]], national)).filter(
      (e) => !small(e.value),
    );
    const broken = attack(naive, naiveEquations, await nationalForceIds());
    expect(broken.determined.length + broken.pinned.length).toBeGreaterThan(0);

    // The summing attack: Hertfordshire 2006 Black and Other are not the sum of visible cells.
    const herts = cells.filter(
      (c) => c.force === "hertfordshire" && ["BLACK", "CHINESE_OR_OTHER"].includes(c.ethnicity),
    );
    expect(herts.some((c) => c.suppressed && c.headcount === null && c.fte === null)).toBe(true);
  }, 240_000);

  it("fails for chief officers in 2021 (Lincolnshire's team of three included)", async () => {
    const cells = await publicCells(2021);
    const equations = await publicEquations(2021, [["CHIEF_OFFICER"]]);
    const result = attack(cells, equations, await nationalForceIds());
    expect(result.inconsistent).toEqual([]);
    expect(result.determined).toEqual([]);
    expect(result.pinned).toEqual([]);
    const lincs = cells.filter((c) => c.force === "lincolnshire" && c.headcount !== 0);
    expect(lincs.every((c) => c.suppressed || c.headcount === null)).toBe(true);
  }, 240_000);
});
