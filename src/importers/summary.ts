import type { ImportResult } from "./engine.ts";

type TableCounts = ImportResult["tables"][string];

const count = (n: number) => n.toLocaleString("en-GB");

/** "WorkforceCount 8,712 new, 2,064 already stored": zeros left out; "nothing" when the table got none. */
export function describeTable(table: string, c: TableCounts): string {
  const parts = [
    c.inserted > 0 ? `${count(c.inserted)} new` : "",
    c.updated > 0 ? `${count(c.updated)} changed` : "",
    c.unchanged > 0 ? `${count(c.unchanged)} already stored` : "",
  ].filter(Boolean);
  return `${table} ${parts.join(", ") || "nothing"}`;
}

/**
 * One line per imported file that a newcomer reads right: the rows in the file (and those left out
 * on purpose), then what each table got. A file's rows and the records written differ (a forces row
 * also gives aliases; a wide row gives a record per column), so both are shown, per table.
 */
export function describeImport(result: Pick<ImportResult, "rows" | "skipped" | "tables">): string {
  const skipped =
    result.skipped.length > 0 ? ` (${count(result.skipped.length)} not stored, on purpose)` : "";
  const tables = Object.entries(result.tables).map(([table, c]) => describeTable(table, c));
  return `${count(result.rows)} rows in the file${skipped} → ${tables.join("; ") || "no records"}`;
}
