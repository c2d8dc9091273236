import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import { testDatabase } from "../support/database.ts";
import { okGraphQL } from "../support/graphql.ts";

// Police powers on the shipped data, checked against the Home Office totals read from the raw files.
let database: Database;
beforeAll(async () => {
  database = await testDatabase("seeded");
});
afterAll(() => database.close());

const national: Viewer = { subject: "programme-team", role: "national", forceIds: [] };
const csv = (path: string) =>
  parse(readFileSync(new URL(`../../data/${path}`, import.meta.url)), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
const useOfForce = csv(
  "use-of-force-by-ethnicity-2019-20/use-of-force-by-ethnicity-force-april2019-march2020.csv",
);
const cedByType = csv("police-regions-ced-2019-20/ced-use-by-force-region-april2019-march2020.csv");

// biome-ignore lint/suspicious/noExplicitAny: rows are checked field by field below
type Row = { count: number } & Record<string, any>;

/** Every row of a police-powers list, paged as a BI tool pages it. */
async function allRows(filter: Record<string, unknown>) {
  const rows: Row[] = [];
  let after: string | null = null;
  do {
    // biome-ignore lint/suspicious/noExplicitAny: paged response
    const { data }: { data: any } = await okGraphQL(
      database,
      /* GraphQL */ `query ($filter: PolicePowerFilter, $after: String) {
        policePowers(first: 100, after: $after, filter: $filter) {
          pageInfo { hasNextPage endCursor }
          nodes { force { id } power tactic role parentTactic breakdown periodStart ethnicityBasis subjectEthnicity count qualityFlags }
        }
      }`,
      { variables: { filter, after }, viewer: national },
    );
    rows.push(...data.policePowers.nodes);
    after = data.policePowers.pageInfo.hasNextPage ? data.policePowers.pageInfo.endCursor : null;
  } while (after);
  return rows;
}

const sum = (rows: Array<{ count: number }>) => rows.reduce((s, r) => s + r.count, 0);

describe("police powers add up to the Home Office totals", () => {
  it("default use-of-force rows sum to the published England and Wales total (715,276)", async () => {
    const published = Number(
      useOfForce.find(
        (r) => r["Police Force"] === "Total England and Wales" && r.Tactic === "*Total Tactics",
      )!["Number of times tactic reported"],
    );
    expect(published).toBe(715276);
    const rows = await allRows({ powers: ["USE_OF_FORCE"] });
    expect(sum(rows)).toBe(published);
    expect(new Set(rows.map((r) => r.breakdown))).toEqual(new Set(["NONE"]));
    // The same leaves split by ethnicity give the same total once, not twice.
    expect(sum(await allRows({ powers: ["USE_OF_FORCE"], breakdowns: ["ETHNICITY"] }))).toBe(published);

    const herts = rows.filter((r) => r.force.id === "hertfordshire");
    expect(sum(herts)).toBe(14497);
    expect(herts.find((r) => r.tactic === "Total Unarmed skills")).toMatchObject({
      role: "CATEGORY",
      count: 4206,
    });
    expect(herts.find((r) => r.tactic === "Tactical communication")).toBeUndefined();
  });

  it("stores each row's role from the source's structure", async () => {
    const rows = await allRows({
      powers: ["USE_OF_FORCE"],
      forceIds: ["hertfordshire"],
      includeSubtotals: true,
    });
    const role = (tactic: string) => rows.find((r) => r.tactic === tactic);
    expect(role("Total Tactics")).toMatchObject({ role: "TOTAL", parentTactic: null, count: 14497 });
    expect(role("Total Restraint")).toMatchObject({ role: "SUBTOTAL", parentTactic: "Total Tactics" });
    expect(role("Handcuffing, of which")).toMatchObject({
      role: "SUBTOTAL",
      parentTactic: "Total Restraint",
    });
    expect(role("Compliant handcuffing")).toMatchObject({
      role: "SUBCATEGORY",
      parentTactic: "Handcuffing, of which",
    });
    expect(role("Ground restraint")).toMatchObject({ role: "SUBCATEGORY", parentTactic: "Total Restraint" });
    expect(role("Total Firearms")).toMatchObject({ role: "CATEGORY", count: 12 });
    expect(role("Tactical communication")).toMatchObject({ role: "EXCLUDED", count: 7774 });
    expect(role("Total Not reported")).toMatchObject({ role: "EXCLUDED", count: 35 });
    // Every total and subtotal is the sum of the rows beneath it.
    for (const parent of rows.filter((r) => r.role === "TOTAL" || r.role === "SUBTOTAL"))
      expect(sum(rows.filter((r) => r.parentTactic === parent.tactic)), parent.tactic).toBe(parent.count);
  });

  it("default Taser 2019/20 rows sum to the published CED total; by ethnicity is its own breakdown", async () => {
    const published = Number(cedByType.find((r) => r["Police force"] === "*Total England and Wales")!.Total);
    const filter = { powers: ["TASER"], periodStart: { from: "2019-04-01", to: "2019-04-01" } };
    const byType = await allRows(filter);
    expect(sum(byType)).toBe(published);
    expect(byType.every((r) => r.role === "SUBCATEGORY" && r.breakdown === "NONE")).toBe(true);
    const byEthnicity = await allRows({ ...filter, breakdowns: ["ETHNICITY"] });
    expect(byEthnicity.every((r) => r.tactic === "CED" && r.subjectEthnicity !== "ALL")).toBe(true);
    expect(sum(byEthnicity)).toBe(32057); // the by-ethnicity table: one less than the by-type total
  });

  it("summing a flat list by its dimensions never counts a use twice", async () => {
    const rows = await allRows({ includeSubtotals: true, breakdowns: ["NONE", "ETHNICITY"] });
    const leaves = rows.filter((r) => r.role === "CATEGORY" || r.role === "SUBCATEGORY");
    const totals = rows.filter((r) => r.role === "TOTAL");
    const key = (r: Row) => `${r.force.id}|${r.power}|${r.periodStart}|${r.ethnicityBasis}|${r.breakdown}`;
    const byTable = new Map<string, number>();
    for (const r of leaves) byTable.set(key(r), (byTable.get(key(r)) ?? 0) + r.count);
    for (const t of totals.filter((r) => r.breakdown === "NONE"))
      expect(byTable.get(key(t)), key(t)).toBe(t.count);
    // The ethnicity split of each use-of-force total adds up to the total of all subjects.
    for (const t of totals.filter((r) => r.power === "USE_OF_FORCE" && r.breakdown === "NONE"))
      expect(byTable.get(key({ ...t, breakdown: "ETHNICITY" }))).toBe(t.count);
  });
});

describe("zero, nil and not published", () => {
  it("flags the all-zero Taser 2018/19 forces and the cleaned chief-officer zeros", async () => {
    const taser = await allRows({
      powers: ["TASER"],
      breakdowns: ["ETHNICITY"],
      periodStart: { from: "2018-04-01", to: "2018-04-01" },
    });
    const flagged = new Set(
      taser.filter((r) => r.qualityFlags.includes("ALL_ZERO_LIKELY_NOT_SUBMITTED")).map((r) => r.force.id),
    );
    expect(flagged.size).toBe(5);
    for (const id of flagged) expect(sum(taser.filter((r) => r.force.id === id))).toBe(0);

    const { data } = await okGraphQL(
      database,
      /* GraphQL */ `{ workforce(first: 10, filter: { forceIds: ["hertfordshire"], years: [2006, 2007],
          ranks: [CHIEF_OFFICER], ethnicGroups: [BLACK] }) { nodes { year gender headcount qualityFlags } } }`,
      { viewer: national },
    );
    expect(data.workforce.nodes).toEqual([
      { year: 2006, gender: "FEMALE", headcount: null, qualityFlags: [] },
      { year: 2006, gender: "MALE", headcount: null, qualityFlags: [] },
      { year: 2007, gender: "FEMALE", headcount: 0, qualityFlags: ["ZERO_MAY_BE_NOT_PUBLISHED"] },
      { year: 2007, gender: "MALE", headcount: 0, qualityFlags: ["ZERO_MAY_BE_NOT_PUBLISHED"] },
    ]);
  });
});
