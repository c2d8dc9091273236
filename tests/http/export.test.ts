import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";
import { testDatabase } from "../support/database.ts";
import { okGraphQL } from "../support/graphql.ts";
import { signToken, testJwtSecret } from "../support/hub.ts";

let database: Database;
const hubs: Record<string, RunningHub> = {};

beforeAll(async () => {
  process.env.HUB_JWT_SECRET = testJwtSecret;
  database = await testDatabase("seeded");
  hubs.monolith = await startHub({ database, port: 0, mode: "monolith" });
  hubs.gateway = await startHub({ database, port: 0, mode: "gateway" });
});
afterAll(async () => {
  for (const hub of Object.values(hubs)) await hub.close();
  await database?.close();
});

const base = (mode: string) => hubs[mode]!.url.replace(/\/graphql$/, "");

async function csv(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  const text = await response.text();
  expect(response.status, text).toBe(200);
  return { response, text, rows: parse(text, { columns: true }) as Record<string, string>[] };
}

/** Every page of a connection through GraphQL (100 rows a page, as a client would). */
async function allNodes(query: string, root: string, variables: Record<string, unknown>) {
  const nodes: Record<string, unknown>[] = [];
  let after: string | null = null;
  do {
    const page: Record<string, unknown> = { ...variables, first: 100, after };
    const { data } = await okGraphQL(database, query, { variables: page });
    nodes.push(...data[root].nodes);
    after = data[root].pageInfo.hasNextPage ? data[root].pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

const workforceQuery = readFileSync(
  new URL("../../operations/export/workforce.graphql", import.meta.url),
  "utf8",
);

/** Sum of the Total (headcount) column of the shipped Home Office file for one force and year. */
function rawHeadcount(force: string, year: string): number {
  const file = new URL(
    "../../data/home-office-workforce-ethnicity/officers-by-force-rank-gender-ethnicity-2003-2006.csv",
    import.meta.url,
  );
  const records = parse(readFileSync(file), { columns: true, trim: true }) as Record<string, string>[];
  return records
    .filter((r) => r["Force Name"] === force && r["As at 31 March..."] === year)
    .reduce((sum, r) => sum + (Number(r["Total (headcount)"]?.replace(/,/g, "")) || 0), 0);
}

describe.each(["monolith", "gateway"])("exports on the %s", (mode) => {
  it("lists every table with its URL, parameters and flattened columns", async () => {
    const response = await fetch(`${base(mode)}/export`);
    // biome-ignore lint/suspicious/noExplicitAny: the listing is arbitrary JSON
    const listing = (await response.json()) as any;
    const workforce = listing.tables.find((t: { name: string }) => t.name === "workforce");
    expect(workforce.url).toBe(`${base(mode)}/export/workforce.csv`);
    expect(workforce.operation).toBe("ExportWorkforce");
    expect(workforce.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(workforce.parameters.map((p: { name: string }) => p.name)).toEqual([
      "years",
      "forceIds",
      "workerTypes",
      "ranks",
      "genders",
      "ethnicGroups",
    ]);
    expect(workforce.columns.map((c: { name: string }) => c.name)).toEqual([
      "force_id",
      "force_name",
      "as_at",
      "year",
      "worker_type",
      "rank",
      "gender",
      "ethnicity",
      "ethnic_group",
      "headcount",
      "fte",
      "suppressed",
    ]);
    expect(listing.tables.map((t: { name: string }) => t.name)).toEqual(
      expect.arrayContaining(["forces", "population", "police-powers", "evidence", "representation"]),
    );
  });

  it("streams the workforce CSV equal to the public GraphQL answer, suppression applied", async () => {
    const { response, rows } = await csv(
      `${base(mode)}/export/workforce.csv?years=2005,2006&forceIds=hertfordshire`,
    );
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    const nodes = await allNodes(workforceQuery, "workforce", {
      years: [2005, 2006],
      forceIds: ["hertfordshire"],
    });
    expect(rows.length).toBe(nodes.length);
    expect(rows.length).toBeGreaterThan(100);
    const expected = nodes.map((n) => {
      const node = n as Record<string, unknown> & { force: { id: string; name: string } };
      return {
        force_id: node.force.id,
        force_name: node.force.name,
        as_at: node.asAt,
        year: String(node.year),
        worker_type: node.workerType,
        rank: node.rank,
        gender: node.gender,
        ethnicity: node.ethnicity,
        ethnic_group: node.ethnicGroup,
        headcount: node.headcount == null ? "" : String(node.headcount),
        fte: node.fte == null ? "" : String(node.fte),
        suppressed: String(node.suppressed),
      };
    });
    expect(rows).toEqual(expected);
    expect(rows[0]!.as_at).toBe("2005-03-31");
    const hidden = rows.filter((r) => r.suppressed === "true");
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((r) => r.headcount === "" && r.fte === "")).toBe(true);
    const total = rows.reduce((sum, r) => sum + Number(r.headcount || 0), 0);
    expect(total).toBeLessThan(rawHeadcount("Hertfordshire", "2005") + rawHeadcount("Hertfordshire", "2006"));
  });

  it("gives a national token every raw value: the totals of the shipped file", async () => {
    const token = await signToken({ sub: "national-analyst", role: "national" });
    const { rows } = await csv(`${base(mode)}/export/workforce.csv?years=2005,2006&forceIds=hertfordshire`, {
      authorization: `Bearer ${token}`,
    });
    expect(rows.every((r) => r.suppressed === "false")).toBe(true);
    const total = rows.reduce((sum, r) => sum + Number(r.headcount || 0), 0);
    expect(total).toBe(rawHeadcount("Hertfordshire", "2005") + rawHeadcount("Hertfordshire", "2006"));
  });

  it("exports grouped tables with the dimensions as a parameter", async () => {
    const token = await signToken({ sub: "national-analyst", role: "national" });
    const { rows } = await csv(
      `${base(mode)}/export/workforce-grouped.csv?by=REGION,ETHNIC_GROUP&years=2006`,
      {
        authorization: `Bearer ${token}`,
      },
    );
    expect(Object.keys(rows[0]!)).toEqual([
      "as_at",
      "year",
      "worker_type",
      "force_id",
      "force_name",
      "region_id",
      "region_name",
      "rank_band",
      "rank",
      "gender",
      "ethnic_group",
      "headcount",
      "fte",
      "suppressed",
    ]);
    expect(rows.every((r) => r.force_id === "" && r.region_id !== "" && r.year === "2006")).toBe(true);
    const total = rows.reduce((sum, r) => sum + Number(r.headcount || 0), 0);
    const { _sum } = await database.db.workforceCount.aggregate({
      _sum: { headcount: true },
      where: {
        asAt: new Date("2006-03-31"),
        workerType: "POLICE_OFFICER",
        force: { regionId: { not: null } },
      },
    });
    expect(total).toBe(_sum.headcount);
  });

  it("pages through every row with no cap (more rows than one keyset batch)", async () => {
    const { rows } = await csv(`${base(mode)}/export/workforce.csv`);
    expect(rows.length).toBe(await database.db.workforceCount.count());
    expect(rows.length).toBeGreaterThan(5000);
    const ids = new Set(
      rows.map((r) => [r.force_id, r.as_at, r.worker_type, r.rank, r.gender, r.ethnicity].join()),
    );
    expect(ids.size).toBe(rows.length);
  });

  it("writes JSON lines with nulls kept, and a BOM for Excel on request", async () => {
    const response = await fetch(
      `${base(mode)}/export/population.jsonl?censusYears=2021&forceIds=hertfordshire`,
    );
    expect(response.headers.get("content-type")).toBe("application/jsonl; charset=utf-8");
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const rawFile = new URL(
      "../../data/census2021-ethnicity-by-pfa/census2021-ethnicity-5group-by-pfa.csv",
      import.meta.url,
    );
    const raw = (parse(readFileSync(rawFile), { columns: true }) as Record<string, string>[]).filter(
      (r) => r.geography_code === "E23000027",
    );
    expect(lines.length).toBe(raw.length);
    expect(lines.reduce((s, l) => s + l.population, 0)).toBe(
      raw.reduce((s, r) => s + Number(r.population), 0),
    );
    expect(Object.keys(lines[0])).toEqual([
      "force_id",
      "force_name",
      "census_year",
      "ethnic_group",
      "ethnicity",
      "population",
    ]);

    const evidence = await fetch(`${base(mode)}/export/evidence.jsonl`);
    const first = JSON.parse((await evidence.text()).split("\n")[0]!);
    expect(first).toHaveProperty("verified_on");
    expect(Object.values(first)).toContain(null);

    const bom = Buffer.from(await (await fetch(`${base(mode)}/export/forces.csv?bom=1`)).arrayBuffer());
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(
      bom.subarray(3).toString("utf8").split("\r\n")[0] ?? bom.subarray(3).toString("utf8").split("\n")[0],
    ).toMatch(/^id,name,home_office_name/);
  });

  it("refuses unknown tables, formats and parameters and bad values before streaming", async () => {
    expect((await fetch(`${base(mode)}/export/nope.csv`)).status).toBe(404);
    expect((await fetch(`${base(mode)}/export/workforce.pdf`)).status).toBe(404);
    const typo = await fetch(`${base(mode)}/export/workforce.csv?year=2006`);
    expect(typo.status).toBe(400);
    expect(((await typo.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
      /Unknown parameter year .*years/,
    );
    const badEnum = await fetch(`${base(mode)}/export/workforce.csv?ranks=GENERAL`);
    expect(badEnum.status).toBe(400);
    expect(((await badEnum.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
      /GENERAL/,
    );
    const badToken = await fetch(`${base(mode)}/export/forces.csv`, {
      headers: { authorization: "Bearer nope" },
    });
    expect(badToken.status).toBe(401);
  });
});
