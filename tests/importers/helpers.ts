import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Db } from "../../src/db/database.ts";
import { type ImportKind, runImport } from "../../src/importers/index.ts";
import { DATA_DIR, SHIPPED_DATASETS } from "../../src/importers/manifest.ts";

/** Every shipped file with its kind, in import order. */
export const shippedFiles = SHIPPED_DATASETS.flatMap((d) =>
  d.imports.map(({ kind, file }) => ({ kind, path: join(DATA_DIR, d.folder, file), name: file })),
);

export function shipped(name: string): { kind: ImportKind; path: string } {
  const found = shippedFiles.find((f) => f.name === name);
  if (!found) throw new Error(`no shipped file ${name}`);
  return found;
}

/** Reads a CSV the plain way (for totals computed independently of the importers). */
export function readRaw(path: string): Array<Record<string, string>> {
  return parse(readFileSync(path), { columns: true, bom: true, relax_column_count: true }) as Array<
    Record<string, string>
  >;
}

/** "1,976 " / "508663.0" / "-" → number or null. */
export function num(cell: string | undefined): number | null {
  const v = (cell ?? "").trim().replaceAll(",", "");
  return v === "" || v === "-" ? null : Number(v);
}

export async function importAll(db: Db, files = shippedFiles) {
  const results = [];
  for (const f of files) results.push(await runImport(db, f.kind, f.path, { actor: "test" }));
  return results;
}

const TABLES = [
  "source_document",
  "import_batch",
  "audit_event",
  "region",
  "force",
  "force_alias",
  "population_baseline",
  "workforce_count",
  "workforce_total",
  "police_power_count",
] as const;

/** Row count and an md5 of every row of every table the importers touch. */
export async function fingerprint(db: Db): Promise<Record<string, { rows: number; md5: string }>> {
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const table of TABLES) {
    const [row] = await db.$queryRawUnsafe<Array<{ rows: number; md5: string }>>(
      `select count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as md5 from "${table}" t`,
    );
    out[table] = row!;
  }
  return out;
}

/** The workforce rows' data without ids and batches (to compare two import orders). */
export async function workforceContent(db: Db): Promise<string> {
  const [row] = await db.$queryRawUnsafe<Array<{ md5: string; rows: number }>>(
    `select count(*)::int as rows, md5(string_agg(concat_ws(',', force_id, as_at, worker_type, rank, gender, ethnicity,
       ethnic_group, coalesce(headcount::text, 'null'), coalesce(fte::text, 'null')), '|' order by force_id, as_at, worker_type, rank, gender, ethnicity)) as md5
     from workforce_count`,
  );
  return `${row!.rows}:${row!.md5}`;
}
