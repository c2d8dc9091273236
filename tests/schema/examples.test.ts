import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import {
  BiEvidenceTableDocument,
  BiWorkforceTableDocument,
  ForceAppHertfordshireDocument,
  ForceSummaryDocument,
  NationalProgressDocument,
  NationalRepresentationDocument,
} from "../generated/graphql.ts";
import { testDatabase } from "../support/database.ts";
import { okGraphQL } from "../support/graphql.ts";

let database: Database;
beforeAll(async () => {
  database = await testDatabase("seeded");
});
afterAll(async () => {
  await database?.close();
});

/** Executes a generated typed document in-process; its result is typed by the operation. */
async function run<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
  viewer?: Viewer,
): Promise<TResult> {
  return (await okGraphQL(database, document, { variables, viewer })).data;
}

describe("examples/operations on the seeded hub (generated typed documents)", () => {
  it("ForceAppHertfordshire: the force, its BCH partners, its evidence and boards", async () => {
    const { force } = await run(ForceAppHertfordshireDocument);
    expect(force).toMatchObject({
      id: "hertfordshire",
      name: "Hertfordshire Constabulary",
      pfaCode: "E23000027",
    });
    expect(force!.region?.name).toBe("East of England");
    expect(force!.collaborations.map((c) => c.collaboration.id)).toContain("bch-tri-force");
    expect(force!.collaborationPartners.map((f) => f.id).sort()).toEqual(["bedfordshire", "cambridgeshire"]);
    const ownEvidence = await database.db.evidence.count({ where: { ownerForceId: "hertfordshire" } });
    expect(ownEvidence).toBeGreaterThan(0);
    expect(force!.evidence.totalCount).toBe(ownEvidence);
    expect(force!.evidence.nodes.length).toBe(Math.min(ownEvidence, 10));
    const boards = await database.db.board.count({ where: { ownerForceId: "hertfordshire" } });
    expect(force!.boards.totalCount).toBe(boards);
  });

  it("NationalProgress: every force with its evidence counts, and the national objectives", async () => {
    const { forces, objectives } = await run(NationalProgressDocument);
    expect(forces.totalCount).toBe(await database.db.force.count());
    expect(forces.nodes.length).toBe(Math.min(forces.totalCount, 50));
    const byForce = Object.fromEntries(forces.nodes.map((f) => [f.id, f]));
    expect(byForce.hertfordshire?.name).toBe("Hertfordshire Constabulary");
    const forceOwned = await database.db.evidence.count({ where: { ownerForceId: { not: null } } });
    expect(forces.nodes.reduce((sum, f) => sum + f.evidence.totalCount, 0)).toBe(forceOwned);
    for (const f of forces.nodes)
      expect(f.delivered.totalCount, f.id).toBeLessThanOrEqual(f.evidence.totalCount);
    expect(objectives.totalCount).toBe(await database.db.objective.count());
    expect(objectives.nodes.length).toBeGreaterThan(0);
  });

  it("BiEvidenceTable: every evidence row not withdrawn, paged by cursor", async () => {
    const active = await database.db.evidence.count({ where: { status: { not: "WITHDRAWN" } } });
    expect(active).toBeGreaterThan(2);
    const first = await run(BiEvidenceTableDocument, { first: 2 });
    expect(first.evidence.totalCount).toBe(active);
    expect(first.evidence.pageInfo.hasNextPage).toBe(true);
    const rest = await run(BiEvidenceTableDocument, { first: 100, after: first.evidence.pageInfo.endCursor });
    const ids = [...first.evidence.nodes, ...rest.evidence.nodes].map((e) => e.id);
    const expected = await database.db.evidence.findMany({
      where: { status: { not: "WITHDRAWN" } },
      select: { id: true },
    });
    expect(ids.sort()).toEqual(expected.map((e) => e.id).sort());
  });

  it("NationalRepresentation: the national rollup equals the sum of the 43 territorial forces", async () => {
    const { nationalRepresentation, forces } = await run(NationalRepresentationDocument);
    const national = nationalRepresentation!;
    expect(national).toMatchObject({ asAt: "2006-03-31", censusYear: 2011, statedHeadcount: 141599 });
    expect(national.black.headcount).toBe(1324);
    expect(national.black.ratioInterval!.lower).toBeLessThan(national.black.ratio!);
    expect(national.black.ratioInterval!.upper).toBeGreaterThan(national.black.ratio!);
    const englandAndWales = forces.nodes.filter((f) => f.representation?.statedHeadcount != null);
    expect(englandAndWales).toHaveLength(43);
    expect(englandAndWales.reduce((sum, f) => sum + f.representation!.statedHeadcount!, 0)).toBe(141599);
    const herts = forces.nodes.find((f) => f.id === "hertfordshire")!.representation!;
    expect(herts.minority).toMatchObject({ headcount: 59, suppressed: false });
    expect(herts.black).toEqual({ headcount: null, ratio: null, suppressed: true });

    const chiefs = await run(NationalRepresentationDocument, { ranks: ["CHIEF_OFFICER"] });
    expect(chiefs.nationalRepresentation).toMatchObject({ asAt: "2021-03-31", censusYear: 2021 });
  });

  it("BiWorkforceTable: every 2006 cell with a number, paged, summing to the source total (national token)", async () => {
    const where = { asAt: new Date("2006-03-31T00:00:00Z"), headcount: { not: null } };
    const cells = await database.db.workforceCount.count({ where });
    const national: Viewer = { subject: "programme-team", role: "national", forceIds: [] };
    const first = await run(BiWorkforceTableDocument, { first: 100 }, national);
    expect(first.workforce.totalCount).toBe(cells);
    const rows = [...first.workforce.nodes];
    let page = first.workforce.pageInfo;
    while (page.hasNextPage) {
      const next = await run(BiWorkforceTableDocument, { first: 100, after: page.endCursor }, national);
      rows.push(...next.workforce.nodes);
      page = next.workforce.pageInfo;
    }
    expect(rows).toHaveLength(cells);
    const { _sum } = await database.db.workforceCount.aggregate({ where, _sum: { headcount: true } });
    expect(rows.reduce((sum, r) => sum + (r.headcount ?? 0), 0)).toBe(_sum.headcount);
    expect(rows.every((r) => r.year === 2006 && r.headcount !== null)).toBe(true);
  });

  it("ForceSummary (tests/operations): Bedfordshire's partners and evidence", async () => {
    const { force } = await run(ForceSummaryDocument, { id: "bedfordshire" });
    expect(force).toMatchObject({ id: "bedfordshire", name: "Bedfordshire Police", country: "ENGLAND" });
    expect(force!.collaborationPartners.map((f) => f.id).sort()).toEqual(["cambridgeshire", "hertfordshire"]);
    expect(force!.evidence.totalCount).toBe(
      await database.db.evidence.count({ where: { ownerForceId: "bedfordshire" } }),
    );
    expect((await run(ForceSummaryDocument, { id: "no-such-force" })).force).toBeNull();
  });
});
