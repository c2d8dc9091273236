import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import type { ImportResult } from "../../src/importers/index.ts";
import { importShippedData } from "../../src/importers/shipped.ts";
import { testDatabase } from "../support/database.ts";
import { fingerprint, importAll, num, readRaw, shipped, shippedFiles } from "./helpers.ts";

// Every shipped file imported into an empty database; the database's totals are compared with
// totals computed here straight from the raw CSV files. Then every file is imported again (nothing
// may change), and the first-start seeding runs over the loaded database.

let database: Database;
let results: ImportResult[];

beforeAll(async () => {
  database = await testDatabase("empty");
  results = await importAll(database.db);
});
afterAll(() => database?.close());

const db = () => database.db;
const resultFor = (file: string) => results.find((r) => r.file.endsWith(file))!;

describe("forces", () => {
  it("loads the 45 forces with kinds, countries and Home Office spellings", async () => {
    expect(await db().force.count()).toBe(45);
    expect(await db().force.count({ where: { kind: "TERRITORIAL" } })).toBe(44);
    const btp = await db().force.findUniqueOrThrow({ where: { id: "btp" }, include: { aliases: true } });
    expect(btp).toMatchObject({
      name: "British Transport Police",
      kind: "SPECIAL",
      country: "GREAT_BRITAIN",
      pfaCode: null,
      regionId: null,
      homeOfficeName: "British Transport Police",
    });
    expect(btp.aliases.map((a) => a.alias)).toEqual(["british-transport-police"]);
    const avon = await db().force.findUniqueOrThrow({ where: { id: "avon-and-somerset" } });
    expect(avon).toMatchObject({
      homeOfficeName: "Avon & Somerset",
      pfaName: "Avon and Somerset",
      pfaCode: "E23000036",
    });
    expect(await db().force.findUniqueOrThrow({ where: { id: "northern-ireland" } })).toMatchObject({
      country: "NORTHERN_IRELAND",
      homeOfficeName: null,
      regionId: null,
    });
    expect(await db().force.count({ where: { country: "WALES" } })).toBe(4);
    const alias = await db().forceAlias.findUniqueOrThrow({ where: { alias: "London, City of" } });
    expect(alias.forceId).toBe("city-of-london");
  });

  it("gives each territorial force of England and Wales its Home Office region", async () => {
    expect(await db().region.count()).toBe(10);
    expect(await db().force.count({ where: { regionId: { not: null } } })).toBe(43);
    const herts = await db().force.findUniqueOrThrow({
      where: { id: "hertfordshire" },
      include: { region: true },
    });
    expect(herts.region?.name).toBe("East of England");
    expect((await db().force.findUniqueOrThrow({ where: { id: "metropolitan" } })).regionId).toBe("london");
  });
});

describe("CED use by type (regions file)", () => {
  it("stores every force's CED counts and they add up to the file's national total", async () => {
    const raw = readRaw(shipped("ced-use-by-force-region-april2019-march2020.csv").path);
    const national = raw.find((r) => r["Police force"] === "*Total England and Wales")!;
    const forces = raw.filter((r) => !r["Police force"]!.startsWith("*"));
    const total = await db().policePowerCount.aggregate({
      _sum: { count: true },
      where: { power: "TASER", ethnicityBasis: "ALL_ETHNICITIES", tactic: "CED" },
    });
    expect(total._sum.count).toBe(num(national.Total));
    expect(total._sum.count).toBe(32058);
    const fired = await db().policePowerCount.aggregate({
      _sum: { count: true },
      where: { power: "TASER", ethnicityBasis: "ALL_ETHNICITIES", tactic: "CED fired" },
    });
    expect(fired._sum.count).toBe(forces.reduce((s, r) => s + num(r.Fired)!, 0));
    expect(
      await db().policePowerCount.count({ where: { power: "TASER", ethnicityBasis: "ALL_ETHNICITIES" } }),
    ).toBe(43 * 11);
    expect(resultFor("ced-use-by-force-region-april2019-march2020.csv").skipped).toHaveLength(11);
  });
});

describe("census", () => {
  it("2021: 43 areas × 5 groups, totalling the file (59,597,578 residents)", async () => {
    const raw = readRaw(shipped("census2021-ethnicity-5group-by-pfa.csv").path);
    const sum = await db().populationBaseline.aggregate({
      _sum: { population: true },
      where: { censusYear: 2021 },
    });
    expect(sum._sum.population).toBe(raw.reduce((s, r) => s + num(r.population)!, 0));
    expect(sum._sum.population).toBe(59_597_578);
    expect(await db().populationBaseline.count({ where: { censusYear: 2021, ethnicity: "ALL" } })).toBe(215);
    const blackMet = await db().populationBaseline.findUniqueOrThrow({
      where: {
        forceId_censusYear_ethnicGroup_ethnicity: {
          forceId: "metropolitan",
          censusYear: 2021,
          ethnicGroup: "BLACK",
          ethnicity: "ALL",
        },
      },
    });
    expect(blackMet.population).toBe(1_188_137);
  });

  it("2011: 18 detailed categories under their broad group, totalling each area's all-categories column", async () => {
    const raw = readRaw(shipped("force-demographics.csv").path);
    const all = "Ethnic Group: All categories: Ethnic group; measures: Value";
    const sum = await db().populationBaseline.aggregate({
      _sum: { population: true },
      where: { censusYear: 2011 },
    });
    expect(sum._sum.population).toBe(raw.reduce((s, r) => s + num(r[all])!, 0));
    expect(await db().populationBaseline.count({ where: { censusYear: 2011 } })).toBe(43 * 18);
    const black = await db().populationBaseline.aggregate({
      _sum: { population: true },
      where: { censusYear: 2011, ethnicGroup: "BLACK", forceId: "avon-and-somerset" },
    });
    expect(black._sum.population).toBe(num(raw[0]!["Ethnic Group: Black; measures: Value"]));
    const caribbean = await db().populationBaseline.findFirstOrThrow({
      where: {
        censusYear: 2011,
        forceId: "avon-and-somerset",
        ethnicity: { endsWith: ": Caribbean" },
        ethnicGroup: "BLACK",
      },
    });
    expect(caribbean).toMatchObject({
      ethnicity: "Black/African/Caribbean/Black British: Caribbean",
      population: 8858,
    });
  });
});

describe("Home Office workforce", () => {
  const allRanks = () => readRaw(shipped("officers-by-force-rank-gender-ethnicity-2003-2006.csv").path);
  const chiefs = () => readRaw(shipped("chief-officers-by-force-gender-ethnicity-2003-2021.csv").path);
  const YEAR = "As at 31 March...";

  it("officer headcount per year equals the all-ranks file (2003–2006)", async () => {
    const raw = allRanks();
    const rows = await db().$queryRaw<Array<{ year: number; headcount: bigint }>>`
      select extract(year from as_at)::int as year, sum(headcount) as headcount
      from workforce_count where as_at < '2007-01-01' group by 1 order by 1`;
    const expected = [2003, 2004, 2005, 2006].map((year) => ({
      year,
      headcount: raw
        .filter((r) => r[YEAR] === String(year))
        .reduce((s, r) => s + (num(r["Total (headcount)"]) ?? 0), 0),
    }));
    expect(rows.map((r) => ({ year: r.year, headcount: Number(r.headcount) }))).toEqual(expected);
    expect(expected[0]!.headcount).toBe(134_051);
  });

  it("chief officer headcount per year equals the chief-officers file (2003–2021)", async () => {
    const raw = chiefs();
    const rows = await db().$queryRaw<Array<{ year: number; headcount: bigint }>>`
      select extract(year from as_at)::int as year, sum(headcount) as headcount
      from workforce_count where rank = 'CHIEF_OFFICER' group by 1 order by 1`;
    const years = [...new Set(raw.map((r) => Number(r[YEAR])))].sort();
    expect(rows.map((r) => r.year)).toEqual(years);
    for (const { year, headcount } of rows)
      expect(Number(headcount), String(year)).toBe(
        raw.filter((r) => r[YEAR] === String(year)).reduce((s, r) => s + num(r["Total (headcount)"])!, 0),
      );
  });

  it("keeps '-' as null (never 0), one row per cell, the overlap stored once", async () => {
    const raw = allRanks();
    const dashes = raw.filter((r) => r["Total (headcount)"]!.trim() === "-").length;
    expect(await db().workforceCount.count({ where: { headcount: null } })).toBe(dashes);
    expect(
      await db().workforceCount.count({ where: { asAt: { lt: new Date("2007-01-01") }, headcount: 0 } }),
    ).toBe(0);
    // 14,448 + 10,776 rows, of which the 2,064 Chief Officer rows of 2003–2006 are in both files.
    expect(await db().workforceCount.count()).toBe(14_448 + 10_776 - 2_064);
    const chiefFile = resultFor("chief-officers-by-force-gender-ethnicity-2003-2021.csv");
    expect(chiefFile).toMatchObject({ inserted: 8_712, updated: 0, unchanged: 2_064 });
    // " 1,976 ": a padded, quoted number with a thousands separator.
    const line = raw.find((r) => r["Total (headcount)"] === " 1,976 ")!;
    const cell = await db().workforceCount.findFirstOrThrow({
      where: {
        force: { pfaCode: line["Geo code"] },
        asAt: new Date(`${line[YEAR]}-03-31`),
        rank: "CONSTABLE",
        headcount: 1976,
      },
    });
    expect(cell.fte?.toString()).toBe(String(num(line["Total (FTE)"])));
  });

  it("maps BTP's N/A geo code by name, and 2021's extra genders and Other ethnic group", async () => {
    expect(await db().workforceCount.count({ where: { forceId: "btp" } })).toBe(198);
    const byGender = await db().workforceCount.groupBy({
      by: ["gender"],
      where: { asAt: new Date("2021-03-31") },
      _count: true,
    });
    expect(Object.fromEntries(byGender.map((g) => [g.gender, g._count]))).toEqual({
      FEMALE: 264,
      MALE: 264,
      NOT_STATED: 264,
      PREFER_NOT_TO_SAY: 264,
      SELF_DESCRIBED: 264,
    });
    expect(
      await db().workforceCount.count({
        where: { asAt: new Date("2021-03-31"), ethnicity: "CHINESE_OR_OTHER" },
      }),
    ).toBe(0);
    expect(await db().workforceCount.count({ where: { ethnicity: "OTHER" } })).toBe(220);
    const black2021 = await db().workforceCount.aggregate({
      _sum: { headcount: true },
      where: { asAt: new Date("2021-03-31"), ethnicGroup: "BLACK" },
    });
    const raw = chiefs().filter((r) => r[YEAR] === "2021" && r.Ethnicity === "Black or Black British");
    expect(black2021._sum.headcount).toBe(raw.reduce((s, r) => s + num(r["Total (headcount)"])!, 0));
  });
});

describe("officer FTE 2015–2019", () => {
  it("drops the West Midlands region row and Central Service Secondments, keeps the rest", async () => {
    const raw = readRaw(shipped("police-workforce-fte-by-year.csv").path);
    expect(await db().workforceTotal.count()).toBe(5 * 44);
    const wm = await db().workforceTotal.findUniqueOrThrow({
      where: {
        forceId_asAt_workerType: {
          forceId: "west-midlands",
          asAt: new Date("2015-03-31"),
          workerType: "POLICE_OFFICER",
        },
      },
    });
    expect(wm.fte?.toFixed(2)).toBe("7132.75");
    expect(wm.headcount).toBeNull();
    const btp = await db().workforceTotal.findFirstOrThrow({
      where: { forceId: "btp", asAt: new Date("2015-03-31") },
    });
    expect(btp.fte?.toFixed(2)).toBe("2877.20");
    const gloucestershire = await db().workforceTotal.findFirstOrThrow({
      where: { forceId: "gloucestershire", asAt: new Date("2018-03-31") },
    });
    expect(gloucestershire.fte?.toString()).toBe("1072.558875");
    for (const year of [2015, 2016, 2017, 2018, 2019]) {
      const rows = raw.filter(
        (r) => r.Year === String(year) && r["Police force"] !== "Central Service Secondments",
      );
      const wmRows = rows
        .filter((r) => r["Police force"] === "West Midlands")
        .map((r) => num(r["FTE Count"])!);
      expect(wmRows).toHaveLength(2);
      const expected = rows.reduce((s, r) => s + num(r["FTE Count"])!, 0) - Math.max(...wmRows);
      const [sum] = await db().$queryRaw<Array<{ fte: string }>>`
        select sum(fte)::text as fte from workforce_total where as_at = ${new Date(`${year}-03-31`)}::date`;
      // Stored exactly (Decimal(14,6)); the only difference left is the float sum on this side.
      expect(Math.abs(Number(sum!.fte) - expected)).toBeLessThan(1e-6);
    }
    expect(resultFor("police-workforce-fte-by-year.csv").skipped.map((s) => s.line)).toEqual([
      19, 46, 65, 92, 111, 138, 157, 184, 203, 230,
    ]);
  });
});

describe("stop and search", () => {
  it("data.police.uk counts: no rows for forces with no months, counts and months as published", async () => {
    const raw = readRaw(shipped("black-white-stop-search-ratio-by-force.csv").path);
    const where = { power: "STOP_AND_SEARCH" as const, ethnicityBasis: "SELF_DEFINED" as const };
    for (const forceId of ["greater-manchester", "gwent"])
      expect(await db().policePowerCount.count({ where: { ...where, forceId } })).toBe(0);
    expect(await db().policePowerCount.count({ where })).toBe(41 * 3);
    for (const [subjectEthnicity, column] of [
      ["WHITE", "n_reference"],
      ["BLACK", "n_comparison"],
      ["UNKNOWN", "unknown_events"],
    ] as const) {
      const sum = await db().policePowerCount.aggregate({
        _sum: { count: true },
        where: { ...where, subjectEthnicity },
      });
      expect(sum._sum.count).toBe(raw.reduce((s, r) => s + (num(r[column]) ?? 0), 0));
    }
    const northYorkshire = await db().policePowerCount.findMany({
      where: { ...where, forceId: "north-yorkshire" },
    });
    expect(northYorkshire.map((r) => [r.subjectEthnicity, r.count, r.monthsCovered]).sort()).toEqual([
      ["BLACK", 0, 1],
      ["UNKNOWN", 13, 1],
      ["WHITE", 46, 1],
    ]);
    expect(northYorkshire[0]).toMatchObject({
      periodStart: new Date("2025-08-01"),
      periodEnd: new Date("2026-07-31"),
      tactic: "ALL",
    });
  });

  it("Home Office totals 2024/25: 44 forces, 528,582 searches, BTP under its own id", async () => {
    const where = { power: "STOP_AND_SEARCH" as const, ethnicityBasis: "ALL_ETHNICITIES" as const };
    const sum = await db().policePowerCount.aggregate({ _sum: { count: true }, _count: true, where });
    expect(sum._sum.count).toBe(528_582);
    expect(sum._count).toBe(44);
    const btp = await db().policePowerCount.findFirstOrThrow({ where: { ...where, forceId: "btp" } });
    expect(btp).toMatchObject({
      count: 15_108,
      periodStart: new Date("2024-04-01"),
      periodEnd: new Date("2025-03-31"),
      monthsCovered: 12,
    });
  });
});

describe("use of force and Taser", () => {
  const COLS = [
    "White",
    "Black (or Black British)",
    "Asian (or Asian British)",
    "Mixed",
    "Other",
    "Not reported",
  ];

  it("use of force: one record per published cell; totals match the national block", async () => {
    const raw = readRaw(shipped("use-of-force-by-ethnicity-force-april2019-march2020.csv").path);
    const forces = raw.filter((r) => r["Police Force"] !== "Total England and Wales");
    const cells = forces.reduce(
      (n, r) => n + [...COLS, "Number of times tactic reported"].filter((c) => r[c] !== "").length,
      0,
    );
    expect(await db().policePowerCount.count({ where: { power: "USE_OF_FORCE" } })).toBe(cells);
    const national = raw.find(
      (r) => r["Police Force"] === "Total England and Wales" && r.Tactic === "*Total Tactics",
    )!;
    const total = await db().policePowerCount.aggregate({
      _sum: { count: true },
      where: { power: "USE_OF_FORCE", tactic: "Total Tactics", subjectEthnicity: "ALL" },
    });
    expect(total._sum.count).toBe(num(national["Number of times tactic reported"]));
    expect(total._sum.count).toBe(715_276);
    const black = await db().policePowerCount.aggregate({
      _sum: { count: true },
      where: { power: "USE_OF_FORCE", tactic: "Total Tactics", subjectEthnicity: "BLACK" },
    });
    expect(black._sum.count).toBe(111_252);
    const handcuffing = await db().policePowerCount.findFirstOrThrow({
      where: {
        power: "USE_OF_FORCE",
        forceId: "avon-and-somerset",
        tactic: "Handcuffing, of which",
        subjectEthnicity: "ALL",
      },
    });
    expect(handcuffing).toMatchObject({
      count: 7680,
      isSubtotal: true,
      category: "Restraint",
      ethnicityBasis: "OFFICER_DEFINED",
    });
    // Avon & Somerset left compliant handcuffing blank: no record, not a zero.
    expect(
      await db().policePowerCount.count({
        where: { power: "USE_OF_FORCE", forceId: "avon-and-somerset", tactic: "Compliant handcuffing" },
      }),
    ).toBe(0);
  });

  it("Taser: blanks give no record; 2019/20 totals match the use-of-force CED rows", async () => {
    const raw = readRaw(shipped("taser-use-by-ethnicity.csv").path);
    const where = { power: "TASER" as const, ethnicityBasis: "OFFICER_DEFINED" as const };
    expect(await db().policePowerCount.count({ where })).toBe(raw.filter((r) => r.value !== "").length);
    expect(
      await db().policePowerCount.count({
        where: { ...where, subjectEthnicity: "CHINESE", periodEnd: new Date("2020-03-31") },
      }),
    ).toBe(0);
    for (const ytd of ["2019-03-31", "2020-03-31"]) {
      const sum = await db().policePowerCount.aggregate({
        _sum: { count: true },
        where: { ...where, periodEnd: new Date(ytd) },
      });
      expect(sum._sum.count).toBe(
        raw.filter((r) => r.ytd === ytd).reduce((s, r) => s + (num(r.value) ?? 0), 0),
      );
    }
    const rows = await db().$queryRaw<Array<{ force_id: string; taser: bigint; uof: number }>>`
      select t.force_id, sum(t.count) as taser, u.count as uof
      from police_power_count t
      join police_power_count u on u.force_id = t.force_id and u.power = 'USE_OF_FORCE'
        and u.tactic = 'CED of which' and u.subject_ethnicity = 'ALL'
      where t.power = 'TASER' and t.ethnicity_basis = 'OFFICER_DEFINED' and t.period_end = '2020-03-31'
      group by t.force_id, u.count`;
    expect(rows).toHaveLength(43);
    for (const r of rows) expect(Number(r.taser), r.force_id).toBe(r.uof);
  });
});

describe("provenance", () => {
  it("records one ImportBatch (with the file's sha256) and one IMPORT audit event per file", async () => {
    expect(results.every((r) => r.batchId !== null)).toBe(true);
    expect(await db().importBatch.count()).toBe(results.length);
    expect(await db().auditEvent.count({ where: { action: "IMPORT" } })).toBe(results.length);
    const batch = await db().importBatch.findUniqueOrThrow({
      where: { id: resultFor("forces.csv").batchId! },
    });
    expect(batch).toMatchObject({ kind: "forces", rowCount: 45, inserted: 92, importedBy: "test" });
    expect(batch.sha256).toMatch(/^[0-9a-f]{64}$/);
    const wf = await db().workforceCount.findFirstOrThrow({
      where: { forceId: "kent", asAt: new Date("2004-03-31") },
    });
    expect(wf.batchId).toBe(resultFor("officers-by-force-rank-gender-ethnicity-2003-2006.csv").batchId);
  });
});

// Runs last: the tests above read the state of the first import.
describe("re-importing", () => {
  it("a second import of every shipped file inserts and updates nothing, and no row changes", async () => {
    const first = results;
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
