import type { Db } from "../db/database.ts";

// Owned by the importers work: imports every data file shipped under data/, forces first.
export type ShippedImportReport = Record<string, { inserted: number; updated: number; unchanged: number }>;

export async function importShippedData(
  _db: Db,
  _options: { onProgress?: (message: string) => void } = {},
): Promise<ShippedImportReport> {
  return {};
}
