import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import { subgraphSchema } from "../../src/schema/build.ts";
import { testDatabase } from "../support/database.ts";
import { okGraphQL, runGraphQL } from "../support/graphql.ts";

// Runs against the shipped real data: Home Office officer workforce (all ranks 2003–2006, chief
// officers to 2021), Census 2011/2021 by police force area, stop and search and use of force.
let database: Database;
beforeAll(async () => {
  database = await testDatabase("seeded");
});
afterAll(() => database.close());

const national: Viewer = { subject: "programme-team", role: "national", forceIds: [] };
const hertsApp: Viewer = { subject: "herts-app", role: "force", forceIds: ["hertfordshire"] };

const groupsQuery = /* GraphQL */ `
  query ($force: ID!, $input: RepresentationInput) {
    force(id: $force) {
      representation(input: $input) {
        force { id }
        asAt workerType ranks ranksWithoutData censusYear statedHeadcount notStatedHeadcount
        groups {
          group suppressed headcount share population populationShare ratio gapPercentagePoints headcountNeeded
          shareInterval { lower upper level }
          ratioInterval { lower upper level }
        }
      }
    }
  }
`;

const byGroup = (rep: { groups: { group: string }[] }) =>
  Object.fromEntries(rep.groups.map((g) => [g.group, g])) as Record<string, Record<string, unknown>>;

describe("Force.representation (Hertfordshire officers, 31 March 2006, Census 2011)", () => {
  it("defaults to the latest date every officer rank has data and the nearest census", async () => {
    const { data } = await okGraphQL(database, groupsQuery, {
      variables: { force: "hertfordshire" },
      viewer: national,
    });
    const rep = data.force.representation;
    expect(rep).toMatchObject({
      force: { id: "hertfordshire" },
      asAt: "2006-03-31",
      workerType: "POLICE_OFFICER",
      censusYear: 2011,
      ranksWithoutData: [],
      statedHeadcount: 2196,
      notStatedHeadcount: 4,
    });
    expect(rep.ranks).toHaveLength(7);
  });

  it("computes shares of stated ethnicity, census shares, ratios, gaps and headcount needed", async () => {
    const { data } = await okGraphQL(database, groupsQuery, {
      variables: { force: "hertfordshire" },
      viewer: national,
    });
    const groups = byGroup(data.force.representation);
    expect(Object.keys(groups)).toEqual(["ASIAN", "BLACK", "MIXED", "WHITE", "OTHER", "MINORITY_ETHNIC"]);
    expect([21, 12, 22, 2137, 4, 59]).toEqual(Object.values(groups).map((g) => g.headcount));
    const black = groups.BLACK!;
    expect(black.population).toBe(31401);
    expect(black.share).toBeCloseTo(12 / 2196, 12);
    expect(black.populationShare).toBeCloseTo(31401 / 1116062, 12);
    expect(black.ratio).toBeCloseTo(12 / 2196 / (31401 / 1116062), 12);
    expect(black.gapPercentagePoints).toBeCloseTo((31401 / 1116062 - 12 / 2196) * 100, 10);
    expect(black.headcountNeeded).toBeCloseTo((31401 / 1116062) * 2196 - 12, 10);
    expect(black.shareInterval).toMatchObject({ level: 0.95 });
    const interval = black.shareInterval as { lower: number; upper: number };
    expect(interval.lower).toBeLessThan(12 / 2196);
    expect(interval.upper).toBeGreaterThan(12 / 2196);
    expect((black.ratioInterval as { lower: number }).lower).toBeCloseTo(
      interval.lower / (31401 / 1116062),
      12,
    );
    expect(groups.MINORITY_ETHNIC!.population).toBe(1116062 - 977495);
  });

  it("hides counts of 1–4 and their complement from public viewers, with everything derived from them", async () => {
    const { data } = await okGraphQL(database, groupsQuery, { variables: { force: "hertfordshire" } });
    const groups = byGroup(data.force.representation);
    for (const hidden of ["OTHER", "BLACK"]) {
      expect(groups[hidden]).toMatchObject({
        suppressed: true,
        headcount: null,
        share: null,
        ratio: null,
        gapPercentagePoints: null,
        headcountNeeded: null,
        shareInterval: null,
        ratioInterval: null,
      });
      expect(groups[hidden]!.population).not.toBeNull();
    }
    expect(groups.ASIAN).toMatchObject({ suppressed: false, headcount: 21 });
    expect(groups.MINORITY_ETHNIC).toMatchObject({ suppressed: false, headcount: 59 });
    expect(data.force.representation.statedHeadcount).toBe(2196);
  });

  it("hides small margins the same way as small groups (Herts and Bedfordshire chief officers, 2021)", async () => {
    const variables = { force: "hertfordshire", input: { ranks: ["CHIEF_OFFICER"] } };
    const publicView = (await okGraphQL(database, groupsQuery, { variables })).data.force.representation;
    expect(publicView).toMatchObject({ asAt: "2021-03-31", censusYear: 2021, statedHeadcount: null });
    expect(byGroup(publicView).WHITE).toMatchObject({ suppressed: true, headcount: null });
    expect(byGroup(publicView).BLACK).toMatchObject({ suppressed: false, headcount: 0, share: null });

    const ownForce = (await okGraphQL(database, groupsQuery, { variables, viewer: hertsApp })).data.force
      .representation;
    expect(ownForce.statedHeadcount).toBe(4);
    expect(byGroup(ownForce).WHITE).toMatchObject({ suppressed: false, headcount: 4, share: 1 });

    // Bedfordshire: one Asian and three White chief officers. Every non-zero figure is 1–4 (the stated
    // total 4 too); zeros stay visible. A Herts token is the public for Bedfordshire.
    const beds = { ...variables, force: "bedfordshire" };
    const asHerts = (await okGraphQL(database, groupsQuery, { variables: beds, viewer: hertsApp })).data.force
      .representation;
    expect(
      Object.fromEntries(
        asHerts.groups.map((g: { group: string; headcount: number | null }) => [g.group, g.headcount]),
      ),
    ).toEqual({ ASIAN: null, BLACK: 0, MIXED: 0, WHITE: null, OTHER: 0, MINORITY_ETHNIC: null });
    expect(asHerts.statedHeadcount).toBeNull();
    const asNational = (await okGraphQL(database, groupsQuery, { variables: beds, viewer: national })).data
      .force.representation;
    expect(byGroup(asNational).ASIAN).toMatchObject({ suppressed: false, headcount: 1, share: 0.25 });
  });

  it("refuses a date at which some chosen ranks have no data instead of calling chief officers 'all ranks'", async () => {
    const { errors } = await runGraphQL(database, groupsQuery, {
      variables: { force: "hertfordshire", input: { asAt: "2010-03-31" } },
      viewer: national,
    });
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toContain("CHIEF_SUPERINTENDENT");
  });

  it("is null when the table has nothing for the worker type, and refuses unknown censuses and levels", async () => {
    const none = await okGraphQL(database, groupsQuery, {
      variables: { force: "hertfordshire", input: { workerType: "POLICE_STAFF" } },
    });
    expect(none.data.force.representation).toBeNull();
    for (const input of [{ censusYear: 2001 }, { confidenceLevel: 0.8 }]) {
      const { errors } = await runGraphQL(database, groupsQuery, {
        variables: { force: "hertfordshire", input },
      });
      expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});

describe("nationalRepresentation", () => {
  it("sums the 43 forces of England and Wales in SQL", async () => {
    const { data } = await okGraphQL(
      database,
      /* GraphQL */ `{
        nationalRepresentation { force { id } asAt censusYear statedHeadcount notStatedHeadcount
          black: group(group: BLACK) { headcount population } }
      }`,
      { viewer: national },
    );
    const rows = await database.db.workforceCount.groupBy({
      by: ["ethnicGroup"],
      where: {
        asAt: new Date("2006-03-31"),
        workerType: "POLICE_OFFICER",
        rank: { not: "NOT_APPLICABLE" },
        force: { kind: "TERRITORIAL", country: { in: ["ENGLAND", "WALES"] } },
      },
      _sum: { headcount: true },
    });
    const sum = (group: string) => rows.find((r) => r.ethnicGroup === group)?._sum.headcount;
    const population = await database.db.populationBaseline.aggregate({
      where: { censusYear: 2011, ethnicGroup: "BLACK" },
      _sum: { population: true },
    });
    expect(data.nationalRepresentation).toEqual({
      force: null,
      asAt: "2006-03-31",
      censusYear: 2011,
      statedHeadcount: 141599,
      notStatedHeadcount: sum("NOT_STATED"),
      black: { headcount: 1324, population: population._sum.population },
    });
    expect(sum("BLACK")).toBe(1324);
  });
});

describe("workforce, population and police-powers lists", () => {
  it("filters and orders workforce cells in SQL, keeping '-' cells as null", async () => {
    const query = /* GraphQL */ `{
      workforce(filter: { forceIds: ["cheshire"], years: [2006], ranks: [CONSTABLE], ethnicGroups: [BLACK] },
                orderBy: { field: HEADCOUNT, direction: DESC }) {
        totalCount nodes { force { id } asAt year rank gender ethnicity classification headcount suppressed }
      }
    }`;
    const cell = { force: { id: "cheshire" }, asAt: "2006-03-31", year: 2006, rank: "CONSTABLE" };
    const { data } = await okGraphQL(database, query, { viewer: national });
    expect(data.workforce).toEqual({
      totalCount: 2,
      nodes: [
        {
          ...cell,
          gender: "MALE",
          ethnicity: "BLACK",
          classification: "HOME_OFFICE_PRE_2021",
          headcount: 1,
          suppressed: false,
        },
        {
          ...cell,
          gender: "FEMALE",
          ethnicity: "BLACK",
          classification: "HOME_OFFICE_PRE_2021",
          headcount: null,
          suppressed: false,
        },
      ],
    });
    // Ordering by a count would place hidden cells among visible ones: refused to the public.
    const refused = await runGraphQL(database, query);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const publicView = await okGraphQL(
      database,
      query.replace("orderBy: { field: HEADCOUNT, direction: DESC }", ""),
    );
    expect(
      publicView.data.workforce.nodes.map((n: { headcount: number | null; suppressed: boolean }) => [
        n.headcount,
        n.suppressed,
      ]),
    ).toEqual([
      [null, false], // female: "-" in the source, not published
      [null, true], // male: 1 officer, hidden
    ]);
  });

  it("pages without gaps or repeats, and caps a page at 100", async () => {
    const page = /* GraphQL */ `query ($first: Int, $after: String) {
      force(id: "hertfordshire") { workforce(first: $first, after: $after, filter: { years: [2006] }) {
        totalCount pageInfo { endCursor hasNextPage } nodes { rank gender ethnicity }
      } }
    }`;
    const whole = (await okGraphQL(database, page, { variables: { first: 6 } })).data.force.workforce;
    const first = (await okGraphQL(database, page, { variables: { first: 3 } })).data.force.workforce;
    const second = (
      await okGraphQL(database, page, { variables: { first: 3, after: first.pageInfo.endCursor } })
    ).data.force.workforce;
    expect([...first.nodes, ...second.nodes]).toEqual(whole.nodes);
    expect(whole.totalCount).toBe(84);
    const big = (await okGraphQL(database, page, { variables: { first: 1000 } })).data.force.workforce;
    expect(big.nodes).toHaveLength(84);
    const all = (await okGraphQL(database, `{ workforce(first: 1000) { totalCount nodes { year } } }`)).data;
    expect(all.workforce.nodes).toHaveLength(100);
    expect(all.workforce.totalCount).toBe(23160);
  });

  it("lists census populations and police-powers counts: by default the leaves of each official total", async () => {
    const { data } = await okGraphQL(
      database,
      /* GraphQL */ `{
        populationBaselines(filter: { censusYears: [2021] }) { totalCount }
        force(id: "hertfordshire") {
          population(censusYear: 2021) { ethnicGroup population }
          parts: policePowers { totalCount }
          everything: policePowers(filter: { includeSubtotals: true, breakdowns: [NONE, ETHNICITY] }) { totalCount }
          stopSearch: policePowers(filter: { powers: [STOP_AND_SEARCH], ethnicityBases: [ALL_ETHNICITIES] }) {
            nodes { tactic periodStart periodEnd monthsCovered subjectEthnicity count }
          }
        }
      }`,
    );
    expect(data.populationBaselines.totalCount).toBe(43 * 5);
    expect(data.force.population.map((p: { ethnicGroup: string }) => p.ethnicGroup)).toEqual([
      "ASIAN",
      "BLACK",
      "MIXED",
      "WHITE",
      "OTHER",
    ]);
    expect(data.force.everything.totalCount).toBe(295);
    // Leaves of the official totals, all subjects: 25 use-of-force, 8 CED types, 1 stop-and-search total.
    expect(data.force.parts.totalCount).toBe(34);
    expect(data.force.stopSearch.nodes).toEqual([
      {
        tactic: "ALL",
        periodStart: "2024-04-01",
        periodEnd: "2025-03-31",
        monthsCovered: 12,
        subjectEthnicity: "ALL",
        count: 6490,
      },
    ]);
  });
});

describe("statement counts (N+1 guard)", () => {
  const deep = /* GraphQL */ `query ($first: Int) {
    forces(first: $first) { nodes {
      id
      workforce(first: 2, filter: { years: [2006] }) { totalCount nodes { headcount } }
      workforceTotals { fte }
      population(censusYear: 2021) { population }
      policePowers(first: 1) { totalCount nodes { count } }
      representation { statedHeadcount groups { ratio headcount ratioInterval { lower } } }
    } }
  }`;

  it("costs the same for 5 forces as for all 45", async () => {
    const five = await okGraphQL(database, deep, { variables: { first: 5 }, viewer: national });
    const all = await okGraphQL(database, deep, { variables: { first: 100 }, viewer: national });
    expect(five.data.forces.nodes).toHaveLength(5);
    expect(all.data.forces.nodes).toHaveLength(45);
    expect(all.count).toBe(five.count);
    expect(all.count).toBeLessThanOrEqual(10);
  });

  it("resolves 1 and 45 Force representations in the workforce subgraph in the same statements", async () => {
    const ids = (await database.db.force.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map(
      (f) => f.id,
    );
    const entities = /* GraphQL */ `query ($reps: [_Any!]!) {
      _entities(representations: $reps) { ... on Force { id representation { statedHeadcount } } }
    }`;
    const run = (forceIds: string[]) =>
      okGraphQL(database, entities, {
        schema: subgraphSchema("workforce"),
        variables: { reps: forceIds.map((id) => ({ __typename: "Force", id })) },
        viewer: national,
      });
    const one = await run(["hertfordshire"]);
    const many = await run(ids);
    expect(one.data._entities).toEqual([{ id: "hertfordshire", representation: { statedHeadcount: 2196 } }]);
    expect(many.data._entities).toHaveLength(45);
    expect(many.count).toBe(one.count);
  });
});
