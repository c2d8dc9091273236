import { createHash } from "node:crypto";
import { z } from "zod";
import { type Dimension, type DisclosureTable, disclosureTable } from "../analytics/disclosure.ts";
import { workforceClassification, workforceMapping } from "../analytics/ethnic-groups.ts";
import { officerRanks } from "../analytics/rank-bands.ts";
import type { HubContext } from "../context.ts";
import type { Db } from "../db/database.ts";
import type { Gender, Rank, WorkerType, WorkforceEthnicity } from "../generated/prisma/enums.ts";
import { forcesKnownToOneViewer, seesRawFigures } from "../policy/disclosure.ts";
import { latestAsAt } from "./representation.ts";

// The public face of the workforce table. One cube per (as-at date, worker type) holds every force's
// cells (force × rank × gender × harmonised group) with every margin the hub serves — England and Wales
// over forces, all ranks, all genders, minority ethnic and stated ethnicity — and ONE suppression
// pattern over all of it (src/analytics/disclosure.ts). Every public figure drawn from the workforce
// (list cells, representation counts and everything derived from them) is read from this cube.

export const NATIONAL = "NATIONAL";
export const ALL = "ALL";
export const MINORITY_ETHNIC = "MINORITY_ETHNIC";
export const STATED = "STATED";

export interface CubeKey {
  asAt: Date;
  workerType: WorkerType;
}

export interface WorkforceCube extends CubeKey {
  table: DisclosureTable;
  /** Rank leaves present at this date (with or without numbers). */
  ranks: readonly Rank[];
}

export const cubeKeyString = (key: CubeKey) => `${key.asAt.toISOString().slice(0, 10)}|${key.workerType}`;

const cellRow = z.object({
  asAt: z.date(),
  workerType: z.string(),
  forceId: z.string(),
  national: z.boolean(),
  rank: z.string(),
  gender: z.string(),
  ethnicity: z.string(),
  headcount: z.number().int().nullable(),
});

/** Harmonised group of a stored ethnicity at a date (Chinese or Other before 2021 → OTHER). */
export function groupOf(asAt: Date, ethnicity: WorkforceEthnicity): string {
  const group = workforceMapping[workforceClassification(asAt) as keyof typeof workforceMapping][ethnicity];
  if (!group) throw new Error(`${ethnicity} is not a category of the ${workforceClassification(asAt)} table`);
  return group;
}

const ethnicityDimension: Dimension = {
  name: "ethnicity",
  leaves: ["ASIAN", "BLACK", "MIXED", "WHITE", "OTHER", "NOT_STATED"],
  // No stated + not-stated margin: the hub serves no total including not stated.
  margins: [
    [MINORITY_ETHNIC, ["ASIAN", "BLACK", "MIXED", "OTHER"]],
    [STATED, [MINORITY_ETHNIC, "WHITE"]],
  ],
};

/**
 * The cells the hub serves: every leaf (the `workforce` list) and the margins over genders that
 * representation serves (a force or England and Wales, a rank or all ranks, a group, minority ethnic or
 * stated). No figure by gender above the leaves is served, so those margins are not in the pattern.
 */
const isServed = ([force, rank, gender, ethnicity]: readonly string[]) =>
  gender === ALL || (force !== NATIONAL && rank !== ALL && !ethnicityMargins.has(ethnicity!));
const ethnicityMargins = new Set([MINORITY_ETHNIC, STATED]);

/** Complements are taken from the finest cells first: England and Wales and all-ranks figures last. */
const headlineWeight = ([force, rank, gender]: readonly string[]) =>
  (force === NATIONAL ? 1000 : 1) * (rank === ALL ? 100 : 1) * (gender === ALL ? 10 : 1);

/**
 * Loads the cubes in one statement: every cell of the given dates and worker types. The loaders keep
 * them while the data version stands (src/loaders.ts), so a request at a known version reads no cells.
 */
export async function loadWorkforceCubes(db: Db, keys: readonly CubeKey[]): Promise<WorkforceCube[]> {
  const dates = keys.map((k) => k.asAt.toISOString().slice(0, 10));
  const types = keys.map((k) => k.workerType);
  // workforce cube cells: every force's cells of the wanted (date, worker type) pairs, with whether the
  // force counts in England and Wales (the 43 territorial forces with a police force area).
  const raw = await db.$queryRaw<unknown[]>`
    SELECT w.as_at AS "asAt", w.worker_type::text AS "workerType", w.force_id AS "forceId",
      (f.pfa_code IS NOT NULL AND f.kind = 'TERRITORIAL' AND f.country IN ('ENGLAND', 'WALES')) AS national,
      w.rank::text AS rank, w.gender::text AS gender, w.ethnicity::text AS ethnicity, w.headcount
    FROM workforce_count w JOIN force f ON f.id = w.force_id
    JOIN unnest(${dates}::date[], ${types}::text[]) AS k(as_at, worker_type)
      ON w.as_at = k.as_at AND w.worker_type::text = k.worker_type`;
  const rows = z.array(cellRow).parse(raw);
  const byKey = new Map<string, z.infer<typeof cellRow>[]>();
  for (const row of rows) {
    const k = cubeKeyString({ asAt: row.asAt, workerType: row.workerType as WorkerType });
    const list = byKey.get(k);
    if (list) list.push(row);
    else byKey.set(k, [row]);
  }
  return keys.map((key) => cachedCube(key, byKey.get(cubeKeyString(key)) ?? []));
}

/**
 * The cube of the latest police officer table (the national page's default), built at start-up so that
 * its suppression pattern (~0.7 s of CPU) is ready before the first public caller asks: a request then
 * reads the cells and finds the pattern by their digest. Null when there is no officer table yet.
 */
export async function prepareLatestCube(db: Db): Promise<WorkforceCube | null> {
  const asAt = await latestAsAt(db, "POLICE_OFFICER", officerRanks);
  if (!asAt) return null;
  const [cube] = await loadWorkforceCubes(db, [{ asAt, workerType: "POLICE_OFFICER" }]);
  return cube ?? null;
}

/**
 * Patterns are deterministic functions of the cells, and an all-ranks year takes about 2 s to audit:
 * they are kept per process, keyed by a digest of the cells, so a new data version whose cells did not
 * change (a write elsewhere) costs one read, not a new pattern, and a changed table gets a new one.
 */
const cubes = new Map<string, WorkforceCube>();
const maxCachedCubes = 64;

function cachedCube(key: CubeKey, rows: z.infer<typeof cellRow>[]): WorkforceCube {
  const digest = createHash("sha256");
  digest.update(cubeKeyString(key));
  for (const r of [...rows].sort(byCell))
    digest.update(`|${r.forceId},${r.national},${r.rank},${r.gender},${r.ethnicity},${r.headcount}`);
  const id = digest.digest("hex");
  const hit = cubes.get(id);
  if (hit) return hit;
  const cube = buildCube(key, rows);
  if (cubes.size >= maxCachedCubes) cubes.delete(cubes.keys().next().value!);
  cubes.set(id, cube);
  return cube;
}

const byCell = (a: z.infer<typeof cellRow>, b: z.infer<typeof cellRow>) =>
  a.forceId.localeCompare(b.forceId) ||
  a.rank.localeCompare(b.rank) ||
  a.gender.localeCompare(b.gender) ||
  a.ethnicity.localeCompare(b.ethnicity);

const rankOrder: Rank[] = [...officerRanks, "NOT_APPLICABLE"];

export function buildCube(key: CubeKey, rows: z.infer<typeof cellRow>[]): WorkforceCube {
  const distinct = (pick: (r: z.infer<typeof cellRow>) => string) => [...new Set(rows.map(pick))].sort();
  const forces = distinct((r) => r.forceId);
  const nationalForces = distinct((r) => (r.national ? r.forceId : "")).filter(Boolean);
  const ranks = rankOrder.filter((rank) => rows.some((r) => r.rank === rank));
  const genders = distinct((r) => r.gender);
  const dimensions: Dimension[] = [
    {
      name: "force",
      leaves: forces,
      margins: nationalForces.length ? [[NATIONAL, nationalForces]] : [],
      knownMembers: forcesKnownToOneViewer,
    },
    { name: "rank", leaves: ranks, margins: ranks.length ? [[ALL, ranks]] : [] },
    { name: "gender", leaves: genders, margins: genders.length ? [[ALL, genders]] : [] },
    ethnicityDimension,
  ];
  const table = disclosureTable(
    dimensions,
    rows.map((r) => ({
      at: [r.forceId, r.rank, r.gender, groupOf(r.asAt, r.ethnicity as WorkforceEthnicity)],
      count: r.headcount,
    })),
    undefined,
    { published: isServed, weight: headlineWeight },
  );
  return { ...key, table, ranks };
}

/** A figure as one viewer may see it. */
export interface Disclosed {
  value: number | null;
  suppressed: boolean;
}

const raw = (value: number | null): Disclosed => ({ value, suppressed: false });

/** One stored cell (a row of `workforce`), as this viewer may see it. */
export async function disclosedCell(
  ctx: HubContext,
  row: {
    forceId: string;
    asAt: Date;
    workerType: WorkerType;
    rank: Rank;
    gender: Gender;
    ethnicity: WorkforceEthnicity;
    headcount: number | null;
  },
): Promise<Disclosed> {
  if (seesRawFigures(ctx.viewer, row.forceId)) return raw(row.headcount);
  const cube = await ctx.loaders.workforceCube.load({ asAt: row.asAt, workerType: row.workerType });
  const at = [row.forceId, row.rank, row.gender, groupOf(row.asAt, row.ethnicity)];
  const suppressed = cube.table.hidden(at);
  return { value: suppressed ? null : row.headcount, suppressed };
}

/**
 * A force's (null: England and Wales) headcount for one ethnicity node (a group, MINORITY_ETHNIC,
 * STATED, NOT_STATED) over a set of ranks and all genders, as a viewer without raw access sees it. A
 * set of ranks that is not the whole table's is a sum of published rank cells: hidden when any is.
 */
export async function publicSlice(
  ctx: HubContext,
  key: CubeKey,
  forceId: string | null,
  ranks: readonly Rank[],
  ethnicity: string,
): Promise<Disclosed> {
  const cube = await ctx.loaders.workforceCube.load(key);
  const force = forceId ?? NATIONAL;
  const wanted = cube.ranks.filter((r) => ranks.includes(r));
  const rankNodes = wanted.length === cube.ranks.length ? [ALL] : wanted;
  const sum = cube.table.visibleSum(rankNodes.map((rank) => [force, rank, ALL, ethnicity]));
  return sum.hidden ? { value: null, suppressed: true } : raw(sum.value);
}
