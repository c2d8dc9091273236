import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { runImport } from "../../src/importers/index.ts";
import { importShippedData } from "../../src/importers/shipped.ts";
import { testDatabase } from "../support/database.ts";
import { fingerprint, shippedFiles } from "./helpers.ts";

// The seeded template went through the first-start seeding (importShippedData on an empty database).

let database: Database;

beforeAll(async () => {
  database = await testDatabase("seeded");
});
afterAll(() => database?.close());

describe("first start", () => {
  it("imported every shipped file with its SourceDocument", async () => {
    const batches = await database.db.importBatch.findMany({ orderBy: { id: "asc" } });
    expect(batches.map((b) => b.kind)).toEqual(shippedFiles.map((f) => f.kind));
    expect(batches.every((b) => b.sourceId?.startsWith("data/") && b.importedBy === "system:seed")).toBe(
      true,
    );
    const totals = await database.db.policePowerCount.count({
      where: { sourceId: "data/stop-search-totals-by-force-2024-25" },
    });
    expect(totals).toBe(44);
    const source = await database.db.sourceDocument.findUniqueOrThrow({ where: { id: "data/forces" } });
    expect(source).toMatchObject({ kind: "OPEN_DATA", localPath: "data/forces" });
  });

  it("a later start and a hand import of a shipped file change nothing", async () => {
    const before = await fingerprint(database.db);
    const report = await importShippedData(database.db);
    expect(Object.values(report).every((r) => r.alreadyImported && r.inserted + r.updated === 0)).toBe(true);
    // `hub import <kind> data/...` after the first start: compared row by row, nothing to write.
    for (const f of shippedFiles) {
      const result = await runImport(database.db, f.kind, f.path);
      expect(result, f.name).toMatchObject({ inserted: 0, updated: 0, batchId: null });
    }
    expect(await fingerprint(database.db)).toEqual(before);
  });
});
