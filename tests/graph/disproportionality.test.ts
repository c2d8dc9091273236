import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import { regionsFile, type StopSearchRow, stopSearchRatioFile } from "../analytics/raw-files.ts";
import { testDatabase } from "../support/database.ts";
import { okGraphQL, runGraphQL } from "../support/graphql.ts";

// Stop and search, Aug 2025–Jul 2026, against the published Black:White ratios and an independent
// recomputation from the raw file (tests/analytics/raw-files.ts reads it without the hub's code).
let database: Database;
beforeAll(async () => {
  database = await testDatabase("seeded");
});
afterAll(() => database.close());

const national: Viewer = { subject: "programme-team", role: "national", forceIds: [] };
const raw = stopSearchRatioFile();
const rawById = new Map(raw.map((r) => [r.forceId, r]));

const fields = /* GraphQL */ `
  area { key kind }
  status periodStart periodEnd minMonthsSubmitted maxMonthsSubmitted unknownUses
  forcesWithData { id } forcesWithoutData { id }
  black: group(group: BLACK) {
    uses population ratePerThousand ratio ratioBounds { lower upper } ratioInterval { lower upper level }
  }
  white: group(group: WHITE) { uses population ratePerThousand ratio }
`;

/** Person-months exposure over the forces that submitted data, as domain.md defines area rates. */
function recompute(rows: StopSearchRow[]) {
  const sent = rows.filter((r) => r.months > 0);
  const sum = (f: (r: StopSearchRow) => number) => sent.reduce((a, r) => a + f(r), 0);
  const [nB, nW, u] = [sum((r) => r.black!), sum((r) => r.white!), sum((r) => r.unknown!)];
  const [eB, eW] = [sum((r) => r.popBlack * r.months), sum((r) => r.popWhite * r.months)];
  return {
    nB,
    nW,
    u,
    ratio: nB / eB / (nW / eW),
    lower: nB / eB / ((nW + u) / eW),
    upper: (nB + u) / eB / (nW / eW),
    rateB: (1000 * nB) / (eB / 12),
    withoutData: rows
      .filter((r) => r.months === 0)
      .map((r) => r.forceId)
      .sort(),
  };
}

const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

describe("disproportionalityByForce (43 forces, one statement)", () => {
  it("reproduces every published Black:White ratio exactly; no-data forces are null, never 0", async () => {
    const { data, count } = await okGraphQL(database, `{ disproportionalityByForce { ${fields} } }`, {
      viewer: national,
    });
    // biome-ignore lint/suspicious/noExplicitAny: GraphQL result rows
    const rows = data.disproportionalityByForce as Array<Record<string, any>>;
    expect(rows).toHaveLength(43);
    // The national force list, one statement for every force's figures, one for the listed forces.
    expect(count).toBe(3);
    for (const row of rows) {
      const id = row.area.key.replace("forces:", "");
      const published = rawById.get(id);
      expect(published, id).toBeDefined();
      if (published!.months === 0) {
        expect(row).toMatchObject({
          status: "NO_DATA",
          minMonthsSubmitted: null,
          unknownUses: null,
          forcesWithData: [],
          forcesWithoutData: [{ id }],
          black: { uses: null, ratio: null, ratePerThousand: null, ratioBounds: null, ratioInterval: null },
        });
        continue;
      }
      expect(row.black.ratio, id).toBe(published!.published);
      expect(row.black.uses).toBe(published!.black);
      expect(row.white.uses).toBe(published!.white);
      expect(row.unknownUses).toBe(published!.unknown);
      expect(row.black.population).toBe(published!.popBlack);
      expect(row.minMonthsSubmitted).toBe(published!.months);
      expect(row.status).toBe(published!.months === 12 ? "COMPLETE" : "PARTIAL");
      const r = recompute([published!]);
      close(row.black.ratioBounds.lower, r.lower);
      close(row.black.ratioBounds.upper, r.upper);
      close(row.black.ratePerThousand, r.rateB);
      expect(row.white.ratio).toBe(1);
    }
    expect(rows.filter((r) => r.status === "NO_DATA").map((r) => r.area.key)).toEqual([
      "forces:greater-manchester",
      "forces:gwent",
    ]);
  });
});

describe("disproportionality of any area", () => {
  const regions = regionsFile();
  const areas: Array<[string, string, string[]]> = [
    ["national", "{ national: true }", raw.map((r) => r.forceId)],
    [
      "north-west (Greater Manchester sent nothing)",
      '{ regionId: "north-west" }',
      regions.get("north-west")!,
    ],
    ["wales (Gwent sent nothing)", '{ regionId: "wales" }', regions.get("wales")!],
    ["BCH", '{ collaborationId: "bch-tri-force" }', ["bedfordshire", "cambridgeshire", "hertfordshire"]],
    [
      "an arbitrary set",
      '{ forceIds: ["kent", "north-yorkshire", "west-yorkshire", "gwent"] }',
      ["kent", "north-yorkshire", "west-yorkshire", "gwent"],
    ],
  ];

  for (const [name, area, members] of areas)
    it(`${name}: sums counts exactly and weights populations by months submitted`, async () => {
      const { data, statements } = await okGraphQL(
        database,
        `{ disproportionality(area: ${area}) { ${fields} } }`,
      );
      const got = data.disproportionality;
      const expected = recompute(members.map((id) => rawById.get(id)!));
      // One analytics statement, one for the listed forces' names.
      expect(statements.filter((s) => s.includes("analytics.disproportionality"))).toHaveLength(1);
      expect(statements).toHaveLength(2);
      expect(got.black.uses).toBe(expected.nB);
      expect(got.white.uses).toBe(expected.nW);
      expect(got.unknownUses).toBe(expected.u);
      close(got.black.ratio, expected.ratio);
      close(got.black.ratioBounds.lower, expected.lower);
      close(got.black.ratioBounds.upper, expected.upper);
      close(got.black.ratePerThousand, expected.rateB);
      expect(got.forcesWithoutData.map((f: { id: string }) => f.id)).toEqual(expected.withoutData);
      expect(got.status).toBe("PARTIAL");
    });

  it("an area of forces that sent nothing says no data", async () => {
    const { data } = await okGraphQL(
      database,
      `{ disproportionality(area: { forceIds: ["gwent", "greater-manchester"] }) { ${fields} } }`,
    );
    expect(data.disproportionality).toMatchObject({
      status: "NO_DATA",
      unknownUses: null,
      black: { uses: null, ratio: null, ratePerThousand: null },
    });
  });

  it("several areas in one operation share one statement", async () => {
    const { data, count } = await okGraphQL(
      database,
      `{ a: disproportionality(area: { national: true }) { black: group(group: BLACK) { ratio } }
         b: disproportionality(area: { regionId: "london" }) { black: group(group: BLACK) { ratio } }
         c: disproportionality(area: { forceIds: ["hertfordshire"] }) { black: group(group: BLACK) { ratio } } }`,
    );
    expect(data.c.black.ratio).toBe(rawById.get("hertfordshire")!.published);
    expect(data.b.black.ratio).toBeGreaterThan(1);
    expect(count).toBe(1);
  });

  it("hides small counts from the public (and the ratios built on them), not from the national team", async () => {
    const small = raw.filter((r) => r.months > 0 && r.black! > 0 && r.black! < 5).map((r) => r.forceId);
    const query = `{ disproportionalityByForce(forceIds: ${JSON.stringify(small)}) {
        black: group(group: BLACK) { suppressed uses ratio } } }`;
    expect(small.length).toBeGreaterThan(0);
    const publicView = await okGraphQL(database, query);
    for (const row of publicView.data.disproportionalityByForce)
      expect(row.black).toEqual({ suppressed: true, uses: null, ratio: null });
    const nationalView = await okGraphQL(database, query, { viewer: national });
    expect(
      nationalView.data.disproportionalityByForce.map((r: { black: { uses: number } }) => r.black.uses),
    ).toEqual(small.map((id) => rawById.get(id)!.black));
  });

  it("answers as the data stood: before the import there was no data", async () => {
    const query = (at: string) =>
      `{ disproportionality(input: { dataAsAt: "${at}" }) { status black: group(group: BLACK) { uses } } }`;
    const before = await okGraphQL(database, query("2020-01-01T00:00:00Z"), { viewer: national });
    expect(before.data.disproportionality).toEqual({ status: "NO_DATA", black: { uses: null } });
    const after = await okGraphQL(database, query("2999-01-01T00:00:00Z"), { viewer: national });
    const sent = raw.filter((r) => r.months > 0).reduce((a, r) => a + r.black!, 0);
    expect(after.data.disproportionality).toEqual({ status: "PARTIAL", black: { uses: sent } });
  });

  it("a group the source does not break down is null, not 0", async () => {
    const { data } = await okGraphQL(
      database,
      `{ disproportionality { asian: group(group: ASIAN) { uses ratio ratePerThousand } } }`,
    );
    expect(data.disproportionality.asian).toEqual({ uses: null, ratio: null, ratePerThousand: null });
  });

  it("rejects an ambiguous area", async () => {
    const { errors } = await runGraphQL(
      database,
      `{ disproportionality(area: { national: true, regionId: "wales" }) { status } }`,
    );
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
