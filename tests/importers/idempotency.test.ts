import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { runImport } from "../../src/importers/index.ts";
import { testDatabase } from "../support/database.ts";
import { shipped, shippedFiles, workforceContent } from "./helpers.ts";

// The two Home Office workforce files overlap; whichever is imported first, the rows end the same
// and re-imports change nothing. (Re-importing every shipped file is tested in totals.test.ts.)

let database: Database;

beforeAll(async () => {
  database = await testDatabase("empty");
  for (const name of [
    "forces.csv",
    "ced-use-by-force-region-april2019-march2020.csv",
    "officers-by-force-rank-gender-ethnicity-2003-2006.csv",
    "chief-officers-by-force-gender-ethnicity-2003-2021.csv",
  ]) {
    const f = shipped(name);
    await runImport(database.db, f.kind, f.path);
  }
});
afterAll(() => database?.close());

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
