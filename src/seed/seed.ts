import type { Database } from "../db/database.ts";
import { importShippedData, type ShippedImportReport } from "../importers/shipped.ts";
import { type ContentReport, seedReferenceContent } from "./content/index.ts";

export interface SeedReport {
  imports: ShippedImportReport;
  content: ContentReport;
}

export interface SeedOptions {
  /** Progress messages for people watching a long first start. */
  onProgress?: (message: string) => void;
}

/**
 * Brings the database up to the shipped real data and curated content. Idempotent: run on every
 * start, a second run changes nothing.
 */
export async function seedDatabase(database: Database, options: SeedOptions = {}): Promise<SeedReport> {
  const imports = await importShippedData(database.db, options);
  const content = await seedReferenceContent(database.db, options);
  return { imports, content };
}
