import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { runImport } from "../../src/importers/index.ts";
import { importShippedData } from "../../src/importers/shipped.ts";
import { testDatabase } from "../support/database.ts";
import { fingerprint, importAll, shipped, shippedFiles, workforceContent } from "./helpers.ts";

// Importing the same file twice changes nothing; the first start's seeding re-runs without writing.

let database: Database;

beforeAll(async () => {
  database = await testDatabase("empty");
});
afterAll(() => database?.close());

describe("re-importing", () => {
  it("a second import of every shipped file inserts and updates nothing, and no row changes", async () => {
    const first = await importAll(database.db);
    expect(first.every((r) => r.inserted > 0)).toBe(true);
    const before = await fingerprint(database.db);
    const second = await importAll(database.db);
    for (const [i, r] of second.entries()) {
      expect({ file: r.file, inserted: r.inserted, updated: r.updated, batchId: r.batchId }).toEqual({
        file: r.file,
        inserted: 0,
        updated: 0,
        batchId: null,
      });
      expect(r.unchanged).toBe(first[i]!.records);
    }
    // Not even an ImportBatch or an audit event is added.
    expect(await fingerprint(database.db)).toEqual(before);
  });

  it("the seeding on start leaves a loaded database alone and then skips files it has already imported", async () => {
    const before = await fingerprint(database.db);
    // The files were already imported (same sha256) by hand: the seeding only adds the shipped
    // datasets' SourceDocuments (audited), and imports nothing again.
    const firstReport = await importShippedData(database.db);
    expect(Object.values(firstReport).every((r) => r.alreadyImported)).toBe(true);
    const afterFirst = await fingerprint(database.db);
    for (const table of Object.keys(before).filter((t) => t !== "source_document" && t !== "audit_event"))
      expect(afterFirst[table], table).toEqual(before[table]);
    expect(afterFirst.source_document!.rows).toBe(10);

    const started = performance.now();
    const report = await importShippedData(database.db);
    const ms = performance.now() - started;
    expect(await fingerprint(database.db)).toEqual(afterFirst);
    expect(Object.keys(report)).toHaveLength(shippedFiles.length);
    for (const entry of Object.values(report)) expect(entry).toMatchObject({ inserted: 0, updated: 0 });
    expect(ms).toBeLessThan(2_000);
  });
});

describe("the two workforce files overlap on Chief Officers 2003–2006", () => {
  const allRanks = shipped("officers-by-force-rank-gender-ethnicity-2003-2006.csv");
  const chiefs = shipped("chief-officers-by-force-gender-ethnicity-2003-2021.csv");

  it("gives the same rows in either import order, and re-importing either file then changes nothing", async () => {
    const other = await testDatabase("empty");
    try {
      for (const f of shippedFiles.slice(0, 2)) await runImport(other.db, f.kind, f.path);
      const chiefsFirst = await runImport(other.db, chiefs.kind, chiefs.path);
      expect(chiefsFirst).toMatchObject({ inserted: 10_776, updated: 0 });
      const thenAllRanks = await runImport(other.db, allRanks.kind, allRanks.path);
      // The all-ranks file's "-" replaces the cleaned file's 0 (1,810 cells); 254 cells agree.
      expect(thenAllRanks).toMatchObject({ inserted: 14_448 - 2_064, updated: 1_810, unchanged: 254 });
      expect(await workforceContent(other.db)).toBe(await workforceContent(database.db));
      for (const f of [chiefs, allRanks]) {
        const again = await runImport(other.db, f.kind, f.path);
        expect(again).toMatchObject({ inserted: 0, updated: 0 });
      }
      expect(await workforceContent(other.db)).toBe(await workforceContent(database.db));
    } finally {
      await other.close();
    }
  });
});
