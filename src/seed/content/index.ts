import type { Db } from "../../db/database.ts";

// Owned by the curated-content work: plan versions, collaborations, evidence and boards from publications.
export type ContentReport = Record<string, { inserted: number; updated: number; unchanged: number }>;

export async function seedReferenceContent(
  _db: Db,
  _options: { onProgress?: (message: string) => void } = {},
): Promise<ContentReport> {
  return {};
}
