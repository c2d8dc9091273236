import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import {
  type ImportKind,
  ImportValidationError,
  runImport,
  UnknownImportKindError,
} from "../../src/importers/index.ts";
import { testDatabase } from "../support/database.ts";
import { fingerprint, shipped } from "./helpers.ts";

// Corrupted copies of the shipped files are refused with every bad row's line number, and the
// database is left exactly as it was.

let database: Database;
let dir: string;
let baseline: Awaited<ReturnType<typeof fingerprint>>;

beforeAll(async () => {
  database = await testDatabase("empty");
  dir = mkdtempSync(join(tmpdir(), "hub-import-test-"));
  for (const name of [
    "forces.csv",
    "ced-use-by-force-region-april2019-march2020.csv",
    "census2021-ethnicity-5group-by-pfa.csv",
  ]) {
    const f = shipped(name);
    await runImport(database.db, f.kind, f.path);
  }
  baseline = await fingerprint(database.db);
});
afterAll(async () => {
  await database?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Rows of a shipped file as arrays (row 0 = header = line 1), to corrupt and write back. */
function rowsOf(name: string): string[][] {
  return parse(readFileSync(shipped(name).path), { bom: true, relax_column_count: true }) as string[][];
}

function write(name: string, rows: string[][]): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const path = join(dir, name);
  writeFileSync(path, `${rows.map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`);
  return path;
}

async function refused(kind: ImportKind, path: string): Promise<ImportValidationError> {
  const error = await runImport(database.db, kind, path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportValidationError);
  expect(await fingerprint(database.db)).toEqual(baseline);
  return error as ImportValidationError;
}

describe("a corrupted workforce file (14,448 rows)", () => {
  const name = "officers-by-force-rank-gender-ethnicity-2003-2006.csv";

  it("is refused whole, listing a bad number, an unknown force and a bad ethnicity with their lines", async () => {
    const rows = rowsOf(name);
    rows[100]![9] = " 12x "; // line 101
    const kent = rows.findIndex((r, i) => i >= 5000 && r[2] === "Kent");
    rows[kent]![2] = "Kentt"; // its Geo code still says Kent
    rows[rows.length - 1]![7] = "Purple"; // the last line, after 14,447 good rows
    const error = await refused("workforce", write("bad-workforce.csv", rows));
    expect(error.problems).toEqual([
      { line: 101, column: "Total (headcount)", reason: '" 12x " is not a whole non-negative number' },
      { line: kent + 1, column: "Force Name", reason: 'unknown force "Kentt" (geo code E23000032 is kent)' },
      {
        line: 14_449,
        column: "Ethnicity",
        reason: expect.stringMatching(
          /^unknown ethnicity "Purple" \(expected one of: Asian or Asian British;/,
        ),
      },
    ]);
    expect(error.message).toContain("line 101");
    expect(await database.db.workforceCount.count()).toBe(0);
  });

  it("is refused when a column is missing from the header", async () => {
    const rows = rowsOf(name).map((r) => r.slice(0, 10)); // drops Total (FTE)
    const error = await refused("workforce", write("no-fte-column.csv", rows));
    expect(error.problems).toEqual([
      { line: 1, column: "Total (FTE)", reason: 'required column "Total (FTE)" is missing from the header' },
    ]);
  });

  it("is refused when a row lacks a field", async () => {
    const rows = rowsOf(name);
    rows[7] = rows[7]!.slice(0, 10);
    const error = await refused("workforce", write("short-row.csv", rows));
    expect(error.problems).toEqual([{ line: 8, reason: "has 10 fields where the header has 11" }]);
  });

  it("is refused when a natural key repeats", async () => {
    const rows = rowsOf(name);
    rows.push([...rows[3]!]);
    const error = await refused("workforce", write("duplicate.csv", rows));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({
      line: 14_450,
      reason: expect.stringMatching(/^duplicate of line 4 /),
    });
  });
});

describe("other corrupted files", () => {
  it("use of force: an unknown force name and a row whose ethnicities do not add up", async () => {
    const rows = rowsOf("use-of-force-by-ethnicity-force-april2019-march2020.csv");
    const kent = rows.findIndex((r) => r[0] === "Kent");
    for (const r of rows) if (r[0] === "Kent") r[0] = "Kent Police Service";
    const full = rows.findIndex((r, i) => i > 40 && r[0] !== "Kent" && r.every((c) => c !== ""));
    rows[full]![3] = String(Number(rows[full]![3]) + 1);
    const error = await refused("use-of-force", write("bad-uof.csv", rows));
    expect(error.problems[0]).toEqual({
      line: full + 1,
      column: "Number of times tactic reported",
      reason: expect.stringMatching(/is not the sum of the ethnicity counts/),
    });
    expect(error.problems).toContainEqual({
      line: kent + 1,
      column: "Police Force",
      reason: 'unknown force "Kent Police Service" (not a force id, name or alias in the database)',
    });
    // 38 Kent rows; the national block no longer adds up for the corrupted row's tactic either.
    expect(error.problems.filter((p) => p.reason.includes("Kent Police Service"))).toHaveLength(38);
  });

  it("stop and search: counts for a force that submitted no month", async () => {
    const rows = rowsOf("black-white-stop-search-ratio-by-force.csv");
    const gwent = rows.findIndex((r) => r[0] === "gwent");
    rows[gwent]![3] = "0";
    const error = await refused("stop-search-ratio", write("bad-ratio.csv", rows));
    expect(error.problems).toEqual([
      { line: gwent + 1, column: "n_reference", reason: "has a count although no month was submitted" },
    ]);
  });

  it("officer FTE: two West Midlands rows that are not force + region total", async () => {
    const rows = rowsOf("police-workforce-fte-by-year.csv");
    rows[18]![1] = "11688.55"; // line 19, the 2015 region total, off by 0.01
    const error = await refused("officer-fte", write("bad-fte.csv", rows));
    expect(error.problems).toEqual([
      {
        line: 23,
        column: "Police force",
        reason:
          "west-midlands appears more than once for 2015 (first on line 19) and neither row is its region's total",
      },
    ]);
  });

  it("census 2011: a category that does not add up to its group, and broken CSV quoting", async () => {
    const rows = rowsOf("force-demographics.csv");
    rows[3]![19] = String(Number(rows[3]![19]) + 5); // Black: African
    const error = await refused("census2011", write("bad-census.csv", rows));
    expect(error.problems).toEqual([
      {
        line: 4,
        column: "Ethnic Group: Black; measures: Value",
        reason: "10174 is not the sum of its categories (10179)",
      },
    ]);
    const path = join(dir, "broken.csv");
    writeFileSync(
      path,
      `${readFileSync(shipped("census2021-ethnicity-5group-by-pfa.csv").path, "utf8")}E23000001,"Black,12\n`,
    );
    const broken = await refused("census2021", path);
    expect(broken.problems).toEqual([
      { line: 217, reason: expect.stringMatching(/^not valid CSV: Quote Not Closed/) },
    ]);
  });

  it("an unknown kind, and data before the forces", async () => {
    // A misspelt kind does not compile; one that bypasses the types is still refused at run time.
    const misspelt = "crime" as ImportKind;
    await expect(runImport(database.db, misspelt, shipped("forces.csv").path)).rejects.toBeInstanceOf(
      UnknownImportKindError,
    );
    const empty = await testDatabase("empty");
    try {
      const error = await runImport(empty.db, "taser", shipped("taser-use-by-ethnicity.csv").path).catch(
        (e) => e,
      );
      expect(error).toBeInstanceOf(ImportValidationError);
      expect(error.problems).toEqual([
        {
          line: null,
          reason: "the database has no forces yet: import the forces file first (hub import forces)",
        },
      ]);
      expect(await empty.db.policePowerCount.count()).toBe(0);
    } finally {
      await empty.close();
    }
  });
});
