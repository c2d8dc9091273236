import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import { census2011, regionsFile, type WorkforceCell, workforceFile } from "../analytics/raw-files.ts";
import { testDatabase } from "../support/database.ts";
import { okGraphQL } from "../support/graphql.ts";

// Workforce measures of any area, recomputed independently from the Home Office tables and Census 2011
// (tests/analytics/raw-files.ts reads the shipped files without the hub's importers or SQL).
let database: Database;
beforeAll(async () => {
  database = await testDatabase("seeded");
});
afterAll(() => database.close());

const national: Viewer = { subject: "programme-team", role: "national", forceIds: [] };
const officers = workforceFile("officers");
const chiefs = workforceFile("chiefOfficers");
const census = census2011();
const allForces = [...new Set(officers.map((c) => c.forceId))].sort();

const close = (actual: number | null, expected: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

/** Independent rollup: headcounts of the forces and year, and census shares of the forces with data. */
function rollup(
  cells: WorkforceCell[],
  forces: readonly string[],
  year: number,
  keep = (_c: WorkforceCell) => true,
) {
  const inSlice = cells.filter(
    (c) => c.year === year && forces.includes(c.forceId) && keep(c) && c.headcount !== null,
  );
  const sum = (f: (c: WorkforceCell) => boolean) => inSlice.filter(f).reduce((a, c) => a + c.headcount!, 0);
  const withData = [...new Set(inSlice.map((c) => c.forceId))];
  const pop = withData.map((id) => census.get(id)!);
  const popTotal = pop.reduce((a, p) => a + p.total, 0);
  const stated = sum((c) => c.ethnicity !== "Not stated");
  const black = sum((c) => c.ethnicity === "Black or Black British");
  const white = sum((c) => c.ethnicity === "White");
  return {
    black,
    stated,
    minority: stated - white,
    blackRatio: black / stated / (pop.reduce((a, p) => a + p.black, 0) / popTotal),
    minorityRatio: (stated - white) / stated / ((popTotal - pop.reduce((a, p) => a + p.white, 0)) / popTotal),
    withData: withData.sort(),
  };
}

const point = `area { key } asAt censusYear value headcount statedHeadcount suppressed forcesWithData forcesWithoutData
  interval { lower upper }`;

describe("workforceMeasure for any area (officers, 31 March 2006, Census 2011)", () => {
  const regions = regionsFile();
  const areas: Array<[string, string, readonly string[]]> = [
    ["England and Wales", "{ national: true }", allForces],
    ["a region", '{ regionId: "east-of-england" }', regions.get("east-of-england")!],
    ["BCH", '{ collaborationId: "bch-tri-force" }', ["bedfordshire", "cambridgeshire", "hertfordshire"]],
    [
      "any set",
      '{ forceIds: ["kent", "metropolitan", "dyfed-powys", "cumbria"] }',
      ["cumbria", "dyfed-powys", "kent", "metropolitan"],
    ],
    ["Hertfordshire's partners", '{ partnersOf: "hertfordshire" }', ["bedfordshire", "cambridgeshire"]],
  ];
  for (const [name, area, members] of areas)
    it(`${name}: counts exact, ratio to 1e-9, one SQL statement`, async () => {
      const { data, count } = await okGraphQL(
        database,
        `{ workforceMeasure(area: ${area}, input: { asAt: "2006-03-31", group: BLACK }) { ${point} } }`,
        { viewer: national },
      );
      const expected = rollup(officers, members, 2006);
      const got = data.workforceMeasure;
      expect(got.headcount).toBe(expected.black);
      expect(got.statedHeadcount).toBe(expected.stated);
      expect(got.censusYear).toBe(2011);
      close(got.value, expected.blackRatio);
      expect(got.interval.lower).toBeLessThan(got.value);
      expect(got.interval.upper).toBeGreaterThan(got.value);
      expect(got.forcesWithData).toEqual(expected.withData);
      expect(got.forcesWithoutData).toEqual([]);
      expect(count).toBe(1);
    });

  it("slices by rank band and gender", async () => {
    const { data } = await okGraphQL(
      database,
      `{ workforceMeasure(input: { asAt: "2006-03-31", group: MINORITY_ETHNIC, rankBand: SERGEANT_TO_CHIEF_INSPECTOR,
           genders: [FEMALE], measure: HEADCOUNT }) { value headcount statedHeadcount interval { lower } } }`,
      { viewer: national },
    );
    const expected = rollup(
      officers,
      allForces,
      2006,
      (c) => c.gender === "Female" && ["Sergeant", "Inspector", "Chief Inspector"].includes(c.rank),
    );
    expect(data.workforceMeasure).toEqual({
      value: expected.minority,
      headcount: expected.minority,
      statedHeadcount: expected.stated,
      interval: null,
    });
  });

  it("answers as the data stood: nothing before the workforce table was imported", async () => {
    const query = (at: string) =>
      `{ workforceMeasure(input: { asAt: "2006-03-31", dataAsAt: "${at}" }) { headcount } }`;
    expect(
      (await okGraphQL(database, query("2020-01-01T00:00:00Z"), { viewer: national })).data.workforceMeasure,
    ).toBeNull();
    const now = await okGraphQL(database, query("2999-01-01T00:00:00Z"), { viewer: national });
    expect(now.data.workforceMeasure.headcount).toBe(rollup(officers, allForces, 2006).black);
  });

  it("a date with no data is null, never 0", async () => {
    const { data } = await okGraphQL(
      database,
      `{ workforceMeasure(input: { asAt: "2012-03-31", rankBand: CONSTABLES }) { value } }`,
      { viewer: national },
    );
    expect(data.workforceMeasure).toBeNull();
  });
});

describe("workforceTrend (chief officers, England and Wales, 2003–2021)", () => {
  it("has every as-at date with exact counts, in one statement, and the change over the span", async () => {
    const { data, count } = await okGraphQL(
      database,
      `{ workforceTrend(input: { rankBand: CHIEF_OFFICERS, group: BLACK, measure: SHARE }) {
           points { asAt headcount statedHeadcount value }
           change { from { asAt } to { asAt } difference ratio exceedsUncertainty differenceInterval { lower upper } } } }`,
      { viewer: national },
    );
    const years = [...new Set(chiefs.map((c) => c.year))].sort();
    const points = data.workforceTrend.points;
    expect(points.map((p: { asAt: string }) => p.asAt)).toEqual(years.map((y) => `${y}-03-31`));
    points.forEach((p: { headcount: number; statedHeadcount: number; value: number }, i: number) => {
      const expected = rollup(chiefs, allForces, years[i]!);
      expect(p.headcount).toBe(expected.black);
      expect(p.statedHeadcount).toBe(expected.stated);
      close(p.value, expected.black / expected.stated);
    });
    const [first, last] = [rollup(chiefs, allForces, years[0]!), rollup(chiefs, allForces, years.at(-1)!)];
    const change = data.workforceTrend.change;
    expect(change.from.asAt).toBe(`${years[0]}-03-31`);
    close(change.difference, last.black / last.stated - first.black / first.stated);
    expect(typeof change.exceedsUncertainty).toBe("boolean");
    expect(change.differenceInterval.lower).toBeLessThan(change.difference);
    expect(count).toBe(1);
  });
});

describe("workforceLeagueTable (43 forces, minority ethnic representation, 2006)", () => {
  it("orders and ranks forces as an independent computation does, in constant statements", async () => {
    const query = (
      forces: string,
    ) => `{ workforceLeagueTable(${forces} input: { asAt: "2006-03-31", group: MINORITY_ETHNIC }) {
        rank percentile tiedWith force { id } point { value } } }`;
    const { data, statements } = await okGraphQL(database, query(""), { viewer: national });
    const rows = data.workforceLeagueTable as Array<{
      rank: number;
      percentile: number;
      force: { id: string };
      point: { value: number };
    }>;
    const expected = allForces
      .map((id) => ({ id, value: rollup(officers, [id], 2006).minorityRatio }))
      .sort((a, b) => b.value - a.value);
    expect(rows).toHaveLength(43);
    expect(rows.map((r) => r.force.id)).toEqual(expected.map((e) => e.id));
    for (const [i, r] of rows.entries()) close(r.point.value, expected[i]!.value);
    expect(rows[0]).toMatchObject({ rank: 1, percentile: 100 });
    expect(rows[42]).toMatchObject({ rank: 43, percentile: 0 });
    const analytics = statements.filter((s) => s.includes("analytics."));
    expect(analytics).toHaveLength(2); // the national force list and one measure statement
    const few = await okGraphQL(database, query('forceIds: ["kent", "essex", "surrey"],'), {
      viewer: national,
    });
    expect(few.data.workforceLeagueTable.map((r: { force: { id: string } }) => r.force.id)).toEqual(
      expected.filter((e) => ["kent", "essex", "surrey"].includes(e.id)).map((e) => e.id),
    );
    expect(few.count).toBeLessThanOrEqual(statements.length);
  });
});

describe("disclosure and comparisons", () => {
  it("hides a force's small count from the public and shows it to the national team", async () => {
    // Find a force and year with 1–4 minority-ethnic chief officers in the raw table.
    const years = [...new Set(chiefs.map((c) => c.year))];
    const small = allForces
      .flatMap((id) => years.map((year) => ({ id, year, n: rollup(chiefs, [id], year).minority })))
      .find((x) => x.n > 0 && x.n < 5)!;
    const query = `{ workforceMeasure(area: { forceIds: ["${small.id}"] },
        input: { asAt: "${small.year}-03-31", rankBand: CHIEF_OFFICERS, group: MINORITY_ETHNIC, measure: SHARE }) {
        suppressed headcount statedHeadcount value } }`;
    const publicView = await okGraphQL(database, query);
    expect(publicView.data.workforceMeasure).toEqual({
      suppressed: true,
      headcount: null,
      statedHeadcount: null,
      value: null,
    });
    const nationalView = await okGraphQL(database, query, { viewer: national });
    expect(nationalView.data.workforceMeasure).toMatchObject({ suppressed: false, headcount: small.n });
    // An area holding that force is hidden too: region − the other forces would give the count back.
    const region = [...regionsFile()].find(([, forces]) => forces.includes(small.id))![0];
    const regional = await okGraphQL(
      database,
      query.replace(`forceIds: ["${small.id}"]`, `regionId: "${region}"`),
    );
    expect(regional.data.workforceMeasure).toMatchObject({ suppressed: true, headcount: null, value: null });
  });

  it("compares a force with England and Wales, its region, its partners and peers in one statement", async () => {
    const { data, statements } = await okGraphQL(
      database,
      `{ force(id: "hertfordshire") { workforceComparison(input: { asAt: "2006-03-31", group: BLACK },
          peerForceIds: ["kent", "essex"]) {
          force { value } national { value } region { value } collaborationPartners { value area { key } } peers { value } } } }`,
      { viewer: national },
    );
    const c = data.force.workforceComparison;
    close(c.force.value, rollup(officers, ["hertfordshire"], 2006).blackRatio);
    close(c.national.value, rollup(officers, allForces, 2006).blackRatio);
    close(c.region.value, rollup(officers, regionsFile().get("east-of-england")!, 2006).blackRatio);
    close(
      c.collaborationPartners.value,
      rollup(officers, ["bedfordshire", "cambridgeshire"], 2006).blackRatio,
    );
    close(c.peers.value, rollup(officers, ["essex", "kent"], 2006).blackRatio);
    expect(statements.filter((s) => s.includes("analytics."))).toHaveLength(1);
  });

  it("lists which forces moved most between two dates", async () => {
    const { data } = await okGraphQL(
      database,
      `{ workforceMovers(input: { group: MINORITY_ETHNIC, measure: SHARE }, from: "2003-03-31", to: "2006-03-31") {
          force { id } change { difference exceedsUncertainty } } }`,
      { viewer: national },
    );
    const share = (id: string, year: number) => {
      const r = rollup(officers, [id], year);
      return r.minority / r.stated;
    };
    const expected = allForces
      .map((id) => ({ id, d: share(id, 2006) - share(id, 2003) }))
      .sort((a, b) => Math.abs(b.d) - Math.abs(a.d));
    const rows = data.workforceMovers as Array<{ force: { id: string }; change: { difference: number } }>;
    expect(rows.map((r) => r.force.id)).toEqual(expected.map((e) => e.id));
    close(rows[0]!.change.difference, expected[0]!.d);
  });
});
