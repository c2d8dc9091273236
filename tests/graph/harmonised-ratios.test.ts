import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import { testDatabase } from "../support/database.ts";
import { okGraphQL } from "../support/graphql.ts";

// Representation ratios recomputed here from the raw files alone, with groups harmonised the way the
// Home Office pre-2021 tables count them (Census 2011 Chinese residents moved from Asian to Other),
// must equal the hub's to 1e-9, nationally and for every force.
let database: Database;
beforeAll(async () => {
  database = await testDatabase("seeded");
});
afterAll(() => database.close());

const csv = (path: string) =>
  parse(readFileSync(new URL(`../../data/${path}`, import.meta.url)), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
const national: Viewer = { subject: "programme-team", role: "national", forceIds: [] };
const groups = ["ASIAN", "BLACK", "MIXED", "WHITE", "OTHER"] as const;
type Counts = Record<(typeof groups)[number], number>;
const zero = (): Counts => ({ ASIAN: 0, BLACK: 0, MIXED: 0, WHITE: 0, OTHER: 0 });

// Workforce, 31 March 2006, all ranks, by PFA code (the Home Office's own groups).
const workforceGroup: Record<string, (typeof groups)[number] | undefined> = {
  "Asian or Asian British": "ASIAN",
  "Black or Black British": "BLACK",
  Mixed: "MIXED",
  White: "WHITE",
  "Chinese or Other Ethnic Group (pre 2021 category)": "OTHER",
};
const workforce = new Map<string, Counts>();
for (const r of csv(
  "home-office-workforce-ethnicity/officers-by-force-rank-gender-ethnicity-2003-2006.csv",
)) {
  const group = workforceGroup[r.Ethnicity!];
  const n = r["Total (headcount)"]!.trim().replace(/,/g, "");
  if (r["As at 31 March..."] !== "2006" || !group || n === "-") continue;
  const counts = workforce.get(r["Geo code"]!) ?? zero();
  workforce.set(r["Geo code"]!, counts);
  counts[group] += Number(n);
}

// Census 2011 by PFA code, harmonised: Chinese with Other.
const pfaCode = new Map([
  ...csv("census2011-ethnicity-by-pfa/lad16-csp16-pfa16-lookup.csv").map(
    (r) => [r.PFA16NM!, r.PFA16CD!] as const,
  ),
  // The demographics file spells three areas differently from the ONS lookup (see its SOURCE.md).
  ["Avon & Somerset", "E23000036"],
  ["Metropolitan", "E23000001"],
  ["City of London", "E23000034"],
]);
const census = new Map<string, { groups: Counts; total: number }>();
const col = (label: string) => `Ethnic Group: ${label}; measures: Value`;
for (const r of csv("census2011-ethnicity-by-pfa/force-demographics.csv")) {
  const n = (label: string) => Number(r[col(label)]);
  const chinese = n("Asian/Asian British: Chinese");
  census.set(pfaCode.get(r.PFA16NM!)!, {
    groups: {
      ASIAN: n("Asian") - chinese,
      BLACK: n("Black"),
      MIXED: n("Mixed"),
      WHITE: n("White"),
      OTHER: n("Other") + chinese,
    },
    total: n("All categories: Ethnic group"),
  });
}

function ratios(w: Counts, c: { groups: Counts; total: number }) {
  const stated = groups.reduce((s, g) => s + w[g], 0);
  return Object.fromEntries(groups.map((g) => [g, w[g] / stated / (c.groups[g] / c.total)]));
}

const forceCode = new Map(csv("forces/forces.csv").map((r) => [r.force_id!, r.pfa_code!]));

describe("representation ratios in harmonised groups, recomputed from the raw files", () => {
  it("England and Wales, 31 March 2006 against Census 2011 (OTHER ≈ 0.252, ASIAN ≈ 0.208)", async () => {
    const sumAll = (maps: Iterable<Counts>) => {
      const total = zero();
      for (const m of maps) for (const g of groups) total[g] += m[g];
      return total;
    };
    const codes = [...census.keys()];
    const expected = ratios(sumAll(codes.map((c) => workforce.get(c)!)), {
      groups: sumAll(codes.map((c) => census.get(c)!.groups)),
      total: codes.reduce((s, c) => s + census.get(c)!.total, 0),
    });
    expect(expected.OTHER).toBeCloseTo(0.252, 3);
    expect(expected.ASIAN).toBeCloseTo(0.208, 3);
    const { data } = await okGraphQL(
      database,
      `{ nationalRepresentation { comparisonBasis workforceClassification censusClassification
          groups { group comparable ratio } } }`,
      { viewer: national },
    );
    const rep = data.nationalRepresentation;
    expect(rep).toMatchObject({
      comparisonBasis: "CHINESE_IN_OTHER",
      workforceClassification: "HOME_OFFICE_PRE_2021",
      censusClassification: "CENSUS_2011",
    });
    for (const g of groups) {
      const served = rep.groups.find((x: { group: string }) => x.group === g);
      expect(served.comparable).toBe(true);
      expect(Math.abs(served.ratio - expected[g]!), g).toBeLessThan(1e-9);
    }
  });

  it("every force, 31 March 2006 against Census 2011", async () => {
    const { data } = await okGraphQL(
      database,
      "{ forces(first: 100) { nodes { id representation { groups { group ratio } } } } }",
      { viewer: national },
    );
    let compared = 0;
    for (const force of data.forces.nodes) {
      const code = forceCode.get(force.id);
      if (!force.representation) {
        expect(code && census.has(code) && workforce.has(code)).toBeFalsy(); // BTP, PSNI: nothing to compare
        continue;
      }
      const expected = ratios(workforce.get(code!)!, census.get(code!)!);
      for (const g of groups) {
        const served = force.representation.groups.find((x: { group: string }) => x.group === g).ratio;
        if (!Number.isFinite(expected[g]!)) expect(served, `${force.id} ${g}`).toBeNull();
        else expect(Math.abs(served - expected[g]!), `${force.id} ${g}`).toBeLessThan(1e-9);
      }
      compared++;
    }
    expect(compared).toBe(43);
  });

  it("refuses like-for-like Asian and Other for a pre-2021 workforce against Census 2021", async () => {
    const { data } = await okGraphQL(
      database,
      `{ nationalRepresentation(input: { ranks: [CHIEF_OFFICER], asAt: "2020-03-31", censusYear: 2021 }) {
          comparisonBasis groups { group comparable population ratio } } }`,
      { viewer: national },
    );
    const rep = data.nationalRepresentation;
    expect(rep.comparisonBasis).toBe("ASIAN_OTHER_COMBINED_ONLY");
    const byGroup = Object.fromEntries(rep.groups.map((g: { group: string }) => [g.group, g]));
    expect(byGroup.ASIAN).toMatchObject({ comparable: false, population: null, ratio: null });
    expect(byGroup.OTHER).toMatchObject({ comparable: false, population: null, ratio: null });
    expect(byGroup.BLACK.comparable).toBe(true);
    expect(byGroup.MINORITY_ETHNIC.population).toBeGreaterThan(0);
  });
});
