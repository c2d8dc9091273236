import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { testDatabase } from "../support/database.ts";
import { okGraphQL } from "../support/graphql.ts";

let database: Database;
beforeAll(async () => {
  database = await testDatabase("seeded");
});
afterAll(async () => {
  await database?.close();
});

const query = /* GraphQL */ `
  query Grouped($by: [WorkforceDimension!]!, $filter: WorkforceGroupFilter) {
    workforceGrouped(by: $by, filter: $filter) {
      asAt year workerType force { id } regionId regionName rankBand rank gender ethnicGroup headcount fte suppressed
    }
  }
`;
const national = { subject: "analyst", role: "national" as const, forceIds: [] };

async function rawSum(where: Record<string, unknown>) {
  const { _sum } = await database.db.workforceCount.aggregate({
    _sum: { headcount: true },
    where: { workerType: "POLICE_OFFICER", asAt: new Date("2006-03-31"), ...where },
  });
  return _sum.headcount;
}

describe("workforceGrouped", () => {
  it("sums by region and ethnic group in one SQL statement, raw for a national viewer", async () => {
    const { data, count } = await okGraphQL(database, query, {
      variables: { by: ["REGION", "ETHNIC_GROUP"], filter: { years: [2006] } },
      viewer: national,
    });
    const rows = data.workforceGrouped;
    expect(count).toBe(1);
    const regions = await database.db.region.count();
    expect(new Set(rows.map((r: { regionId: string }) => r.regionId)).size).toBe(regions);
    const london = rows.find(
      (r: { regionId: string; ethnicGroup: string }) => r.regionId === "london" && r.ethnicGroup === "BLACK",
    );
    expect(london).toMatchObject({
      asAt: "2006-03-31",
      year: 2006,
      workerType: "POLICE_OFFICER",
      regionName: "London",
      force: null,
      rank: null,
      gender: null,
      suppressed: false,
    });
    expect(london.headcount).toBe(await rawSum({ force: { regionId: "london" }, ethnicGroup: "BLACK" }));
    const total = rows.reduce((s: number, r: { headcount: number | null }) => s + (r.headcount ?? 0), 0);
    expect(total).toBe(await rawSum({}));
  });

  it("groups ranks into the three bands that partition them", async () => {
    const { data } = await okGraphQL(database, query, {
      variables: { by: ["FORCE", "RANK_BAND"], filter: { years: [2006], forceIds: ["hertfordshire"] } },
      viewer: national,
    });
    expect(data.workforceGrouped.map((r: { rankBand: string }) => r.rankBand).sort()).toEqual([
      "CONSTABLES",
      "SERGEANT_TO_CHIEF_INSPECTOR",
      "SUPERINTENDENT_AND_ABOVE",
    ]);
    const band = data.workforceGrouped.find(
      (r: { rankBand: string }) => r.rankBand === "SERGEANT_TO_CHIEF_INSPECTOR",
    );
    expect(band.headcount).toBe(
      await rawSum({ forceId: "hertfordshire", rank: { in: ["SERGEANT", "INSPECTOR", "CHIEF_INSPECTOR"] } }),
    );
  });

  it("hides from the public every group that would include a suppressed cell", async () => {
    const { data } = await okGraphQL(database, query, {
      variables: {
        by: ["FORCE", "RANK", "ETHNIC_GROUP"],
        filter: { years: [2006], forceIds: ["hertfordshire"] },
      },
    });
    const rows = data.workforceGrouped;
    const hidden = rows.filter((r: { suppressed: boolean }) => r.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    expect(
      hidden.every(
        (r: { headcount: number | null; fte: number | null }) => r.headcount === null && r.fte === null,
      ),
    ).toBe(true);
    const shown = rows.filter((r: { suppressed: boolean }) => !r.suppressed);
    expect(shown.length).toBeGreaterThan(0);
    for (const row of shown.slice(0, 5))
      expect(row.headcount).toBe(
        await rawSum({ forceId: "hertfordshire", rank: row.rank, ethnicGroup: row.ethnicGroup }),
      );
  });

  it("sums census population by region and group, each census once", async () => {
    const { data, count } = await okGraphQL(
      database,
      `{ populationGrouped(by: [REGION, ETHNIC_GROUP], filter: { censusYears: [2011, 2021] }) { censusYear regionId regionName ethnicGroup population force { id } } }`,
    );
    expect(count).toBe(1);
    const rows = data.populationGrouped;
    const londonBlack2011 = rows.find(
      (r: { censusYear: number; regionId: string; ethnicGroup: string }) =>
        r.censusYear === 2011 && r.regionId === "london" && r.ethnicGroup === "BLACK",
    );
    const { _sum } = await database.db.populationBaseline.aggregate({
      _sum: { population: true },
      where: { censusYear: 2011, ethnicGroup: "BLACK", force: { regionId: "london" } },
    });
    expect(londonBlack2011).toMatchObject({ regionName: "London", force: null, population: _sum.population });
    for (const year of [2011, 2021]) {
      const total = await database.db.populationBaseline.aggregate({
        _sum: { population: true },
        where: { censusYear: year, force: { regionId: { not: null } } },
      });
      const sum = rows
        .filter((r: { censusYear: number }) => r.censusYear === year)
        .reduce((acc: number, r: { population: number }) => acc + r.population, 0);
      expect(sum).toBe(total._sum.population);
    }
  });
});
