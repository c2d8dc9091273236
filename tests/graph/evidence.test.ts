import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { startHub } from "../../src/server/hub.ts";
import { testDatabase } from "../support/database.ts";
import { createForces, postGraphQL } from "../support/hub.ts";
import { createPlanWorld, ok, type PlanWorld, planSubgraph, run } from "./plan-fixtures.ts";

let database: Database;
let world: PlanWorld;
let bulkForce: string;

beforeAll(async () => {
  database = await testDatabase("empty");
  world = await createPlanWorld(database.db, 10);
  // One force with more evidence than the largest page.
  bulkForce = (await createForces(database.db, 1, `${world.prefix}-bulk`))[0]!;
  await database.db.evidence.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({
      id: `${bulkForce}-item-${String(i).padStart(3, "0")}`,
      kind: "OTHER" as const,
      title: `Bulk item ${String(i).padStart(3, "0")}`,
      summary: "Bulk",
      status: "PLANNED" as const,
      ownerForceId: bulkForce,
      provenance: "IMPORTED" as const,
      isPublic: true,
    })),
  });
});
afterAll(() => database.close());

const search = /* GraphQL */ `
  query ($filter: EvidenceFilter, $orderBy: EvidenceOrder, $first: Int, $after: String) {
    evidence(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id }
    }
  }
`;

async function ids(filter: Record<string, unknown>, orderBy?: Record<string, unknown>) {
  const { data } = await ok(database, search, { filter, orderBy, first: 100 });
  expect(data.evidence.totalCount).toBe(data.evidence.nodes.length);
  return (data.evidence.nodes as { id: string }[]).map((n) => n.id);
}

describe("evidenceItem", () => {
  it("returns every field with real values, owner, objectives, force objectives and source", async () => {
    const [forceId] = world.forceIds;
    const id = world.evidence[forceId!]![0]!;
    const { data } = await ok(
      database,
      /* GraphQL */ `
        query ($id: ID!) {
          evidenceItem(id: $id) {
            id kind title status startedOn deliveredOn verifiedOn sourceUrl provenance createdAt
            ownerForce { id name }
            ownerCollaboration { id }
            objectives { id code area { code } }
            forceObjectives { id code }
            source { id kind title url publishedOn }
          }
        }
      `,
      { id },
    );
    expect(data.evidenceItem).toMatchObject({
      id,
      kind: "CAMPAIGN",
      title: "Positive Action campaign 0",
      status: "IN_PROGRESS",
      startedOn: "2022-01-01",
      deliveredOn: null,
      verifiedOn: null,
      sourceUrl: "https://example.police.uk/news/positive-action",
      provenance: "PUBLISHED_SOURCE",
      ownerForce: { id: forceId, name: `Force ${forceId}` },
      ownerCollaboration: null,
      objectives: [{ id: world.objective.recruitment, code: "R1", area: { code: "REPRESENTED" } }],
      forceObjectives: [{ id: `${forceId}-eo4`, code: "EO4" }],
      source: {
        id: world.sourceId,
        kind: "PRESS_RELEASE",
        url: "https://example.police.uk/news/race-action-plan",
        publishedOn: "2022-06-01",
      },
    });
    // DateTime serializes to a Date in-process (an ISO string once JSON-encoded)
    expect(JSON.parse(JSON.stringify(data.evidenceItem.createdAt))).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("returns null for an unknown id", async () => {
    const { data } = await ok(database, '{ evidenceItem(id: "no-such-evidence") { id } }');
    expect(data.evidenceItem).toBeNull();
  });

  it("is a Relay node: node(id:) resolves its nodeId", async () => {
    const id = world.collaborationEvidence;
    const { data } = await ok(database, "query ($id: ID!) { evidenceItem(id: $id) { nodeId } }", { id });
    const { data: node } = await ok(
      database,
      "query ($nodeId: ID!) { node(id: $nodeId) { __typename ... on Evidence { id ownerCollaboration { id } } } }",
      { nodeId: data.evidenceItem.nodeId },
    );
    expect(node.node).toEqual({
      __typename: "Evidence",
      id,
      ownerCollaboration: { id: world.collaborationId },
    });
  });
});

describe("the evidence search", () => {
  it("filters by force ids, optionally with their collaborations' evidence", async () => {
    const [a, b, c] = world.forceIds as [string, string, string];
    expect((await ids({ forceIds: [c] })).sort()).toEqual([...world.evidence[c]!].sort());
    expect((await ids({ forceIds: [a, b] })).length).toBe(6);
    const withCollaborations = await ids({ forceIds: [a], includeCollaborations: true });
    expect(withCollaborations.sort()).toEqual([...world.evidence[a]!, world.collaborationEvidence].sort());
    // c is not a member of the collaboration
    expect(await ids({ forceIds: [c], includeCollaborations: true })).toHaveLength(3);
    expect(await ids({ forceIds: [] })).toEqual([]);
  });

  it("filters by collaboration, area, objective, force objective and source", async () => {
    expect(await ids({ collaborationId: world.collaborationId })).toEqual([world.collaborationEvidence]);
    const [a] = world.forceIds as [string];
    // RESPECTED: only the policies (linked to the stop and search objective), one per force
    const respected = await ids({ areaCode: "RESPECTED" });
    expect(respected.sort()).toEqual(world.forceIds.map((f) => `${f}-policy`).sort());
    expect((await ids({ objectiveId: world.objective.recruitment })).length).toBe(11);
    expect(await ids({ forceObjectiveId: `${a}-eo4` })).toEqual([`${a}-campaign`]);
    expect((await ids({ sourceId: world.sourceId })).length).toBe(20);
    expect(await ids({ areaCode: "PROTECTED" })).toEqual([]);
  });

  it("filters by status and kind lists", async () => {
    expect((await ids({ status: ["VERIFIED"] })).length).toBe(10);
    expect((await ids({ status: ["VERIFIED", "PLANNED"], forceIds: world.forceIds })).length).toBe(10);
    expect((await ids({ status: ["PLANNED"], collaborationId: world.collaborationId })).length).toBe(1);
    expect((await ids({ kind: ["POLICY", "TRAINING"] })).length).toBe(20);
    expect((await ids({ kind: ["CAMPAIGN"], status: ["IN_PROGRESS"] })).length).toBe(10);
  });

  it("filters by inclusive date ranges on startedOn and deliveredOn, never matching a missing date", async () => {
    // campaigns started on 2022-01-01 … 2022-09-01, then 2022-01-01 again for the 10th force
    const started = await ids({ startedOn: { from: "2022-02-01", to: "2022-03-01" } });
    expect(started.sort()).toEqual([`${world.forceIds[1]}-campaign`, `${world.forceIds[2]}-campaign`].sort());
    const delivered = await ids({ deliveredOn: { from: "2024-01-01" } });
    expect(delivered.sort()).toEqual(world.forceIds.map((f) => `${f}-training`).sort());
    const upTo = await ids({ deliveredOn: { to: "2023-01-15" } });
    expect(upTo.sort()).toEqual([`${world.forceIds[0]}-policy`, `${world.forceIds[9]}-policy`].sort());
  });

  it("searches title and summary case-insensitively, with % and _ matching themselves", async () => {
    expect((await ids({ search: "black HISTORY" })).length).toBe(10);
    expect((await ids({ search: "positive action" })).length).toBe(11);
    expect((await ids({ search: "100%" })).length).toBe(10);
    expect((await ids({ search: "anti_racism" })).length).toBe(10);
    expect(await ids({ search: "%" })).toHaveLength(10);
    expect(await ids({ search: "nothing like this" })).toEqual([]);
  });

  it("sorts by a date with missing dates last, and pages through without gaps or repeats", async () => {
    const filter = { forceIds: world.forceIds.slice(0, 4), includeCollaborations: true };
    const orderBy = { field: "DELIVERED_ON", direction: "DESC" };
    const all = await ids(filter, orderBy);
    expect(all).toHaveLength(13);
    // 4 trainings delivered 2024-02-01 first, then the policies, then 5 undelivered at the end
    expect(all.slice(0, 4).every((id) => id.endsWith("-training"))).toBe(true);
    expect(all.slice(4, 8)).toEqual([3, 2, 1, 0].map((i) => `${world.forceIds[i]}-policy`));
    expect(all.slice(8).sort()).toEqual(
      [...world.forceIds.slice(0, 4).map((f) => `${f}-campaign`), world.collaborationEvidence].sort(),
    );

    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { data } = await ok(database, search, { filter, orderBy, first: 3, after });
      expect(data.evidence.totalCount).toBe(13);
      paged.push(...data.evidence.nodes.map((n: { id: string }) => n.id));
      if (!data.evidence.pageInfo.hasNextPage) break;
      after = data.evidence.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
  });

  it("sorts by title by default", async () => {
    const titles = await ok(
      database,
      "{ evidence(filter: { status: [VERIFIED] }, first: 3) { nodes { title } } }",
    );
    expect(titles.data.evidence.nodes.map((n: { title: string }) => n.title)).toEqual([
      "Black history learning 0",
      "Black history learning 1",
      "Black history learning 2",
    ]);
  });

  it("defaults to 25 a page and caps `first` at 100 (plugin-prisma clamps, it does not reject)", async () => {
    const filter = { forceIds: [bulkForce] };
    const byDefault = await ok(database, search, { filter });
    expect(byDefault.data.evidence.nodes).toHaveLength(25);
    const { data, errors } = await run(database, search, { filter, first: 1000 });
    expect(errors).toBeUndefined();
    expect(data.evidence.totalCount).toBe(120);
    expect(data.evidence.nodes).toHaveLength(100);
    expect(data.evidence.pageInfo.hasNextPage).toBe(true);
    const rest = await ok(database, search, { filter, first: 100, after: data.evidence.pageInfo.endCursor });
    expect(rest.data.evidence.nodes).toHaveLength(20);
    expect(rest.data.evidence.nodes[19].id).toBe(`${bulkForce}-item-119`);
  });

  it("rejects a negative page size", async () => {
    const { errors } = await run(database, search, { first: -1 });
    expect(errors?.[0]?.message).toMatch(/first/);
  });
});

describe("evidence on forces, collaborations and objectives", () => {
  it("Force.evidence and Collaboration.evidence list what each owns, filtered, with totalCount", async () => {
    const [a] = world.forceIds as [string];
    const { data } = await ok(
      database,
      /* GraphQL */ `
        query ($a: ID!, $c: ID!) {
          force(id: $a) {
            evidence(orderBy: { field: STARTED_ON }) { totalCount nodes { id } }
            delivered: evidence(filter: { status: [DELIVERED, VERIFIED] }) { totalCount nodes { id } }
          }
          collaboration(id: $c) { evidence { totalCount nodes { id title ownerCollaboration { id } } } }
        }
      `,
      { a, c: world.collaborationId },
    );
    expect(data.force.evidence).toEqual({
      totalCount: 3,
      nodes: [{ id: `${a}-policy` }, { id: `${a}-campaign` }, { id: `${a}-training` }],
    });
    expect(data.force.delivered.totalCount).toBe(2);
    expect(data.force.delivered.nodes.map((n: { id: string }) => n.id)).toEqual([
      `${a}-policy`,
      `${a}-training`,
    ]);
    expect(data.collaboration.evidence).toEqual({
      totalCount: 1,
      nodes: [
        {
          id: world.collaborationEvidence,
          title: "BCH Positive Action Strategy",
          ownerCollaboration: { id: world.collaborationId },
        },
      ],
    });
  });

  it("Objective.evidence is the objective's evidence across forces, filterable and paged", async () => {
    const query = /* GraphQL */ `
      query ($id: ID!, $filter: EvidenceFilter, $after: String) {
        objective(id: $id) {
          evidence(filter: $filter, first: 4, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { id ownerForce { id } }
          }
        }
      }
    `;
    const id = world.objective.recruitment;
    const first = await ok(database, query, { id });
    expect(first.data.objective.evidence.totalCount).toBe(11);
    expect(first.data.objective.evidence.nodes).toHaveLength(4);
    const seen = [...first.data.objective.evidence.nodes];
    let page = first.data.objective.evidence;
    while (page.pageInfo.hasNextPage) {
      page = (await ok(database, query, { id, after: page.pageInfo.endCursor })).data.objective.evidence;
      seen.push(...page.nodes);
    }
    expect(seen.map((n) => n.id).sort()).toEqual(
      [...world.forceIds.map((f) => `${f}-campaign`), world.collaborationEvidence].sort(),
    );
    const filtered = await ok(database, query, { id, filter: { forceIds: world.forceIds.slice(0, 2) } });
    expect(filtered.data.objective.evidence.totalCount).toBe(2);
    expect(
      filtered.data.objective.evidence.nodes.map((n: { ownerForce: { id: string } }) => n.ownerForce.id),
    ).toEqual(world.forceIds.slice(0, 2));
  });
  it("Objective.evidence and ForceObjective.evidence answer through edges, nodes or totalCount alone", async () => {
    const [a] = world.forceIds as [string];
    const { data } = await ok(
      database,
      /* GraphQL */ `
        query ($id: ID!, $fo: ID!) {
          objective(id: $id) {
            count: evidence { totalCount }
            edges: evidence(first: 2) { edges { cursor node { id title } } }
          }
          evidenceItem(id: $fo) { forceObjectives { evidence { totalCount nodes { id } } } }
        }
      `,
      { id: world.objective.stopSearch, fo: `${a}-campaign` },
    );
    expect(data.objective.count).toEqual({ totalCount: 10 });
    expect(data.objective.edges.edges).toHaveLength(2);
    expect(data.objective.edges.edges[0].node.title).toMatch(/^Anti-racism policy/);
    expect(typeof data.objective.edges.edges[0].cursor).toBe("string");
    expect(data.evidenceItem.forceObjectives).toEqual([
      { evidence: { totalCount: 1, nodes: [{ id: `${a}-campaign` }] } },
    ]);
  });
});

describe("SQL statements do not grow with the number of rows", () => {
  const deep = /* GraphQL */ `
    query ($ids: [ID!]) {
      forces(filter: { ids: $ids }) {
        nodes {
          id
          evidence {
            totalCount
            nodes {
              id title status
              ownerForce { id name }
              source { title }
              objectives { code area { code title } planVersion { id } }
              forceObjectives { code measures { progress } }
            }
          }
        }
      }
    }
  `;

  it("forces → evidence → objectives → area: the same count for 2 and for 10 forces", async () => {
    const two = await ok(database, deep, { ids: world.forceIds.slice(0, 2) });
    const ten = await ok(database, deep, { ids: world.forceIds });
    expect(two.data.forces.nodes).toHaveLength(2);
    expect(ten.data.forces.nodes).toHaveLength(10);
    const lastForce = ten.data.forces.nodes.find((f: { id: string }) => f.id === world.forceIds[9]);
    expect(lastForce.evidence.totalCount).toBe(3);
    const policy = lastForce.evidence.nodes.find((e: { id: string }) => e.id.endsWith("-policy"));
    expect(policy.objectives.map((o: { area: { code: string } }) => o.area.code).sort()).toEqual([
      "INVOLVED",
      "RESPECTED",
    ]);
    console.info(
      `forces → evidence → objectives → area: ${two.count} statements for 2 forces, ${ten.count} for 10`,
    );
    expect(ten.count).toBe(two.count);
  });

  it("the evidence search with nested relations: the same count for 2 and for 10 forces", async () => {
    const query = /* GraphQL */ `
      query ($filter: EvidenceFilter) {
        evidence(filter: $filter, first: 100) {
          totalCount
          nodes { id ownerForce { id name } objectives { code area { code } } forceObjectives { code } }
        }
      }
    `;
    const two = await ok(database, query, { filter: { forceIds: world.forceIds.slice(0, 2) } });
    const ten = await ok(database, query, { filter: { forceIds: world.forceIds } });
    expect(two.data.evidence.totalCount).toBe(6);
    expect(ten.data.evidence.totalCount).toBe(30);
    console.info(`evidence search (nested): ${two.count} statements for 2 forces, ${ten.count} for 10`);
    expect(ten.count).toBe(two.count);
  });

  it("objectives → evidence (across forces) → owner: the same count for 2 and for 10 forces", async () => {
    const query = /* GraphQL */ `
      query ($filter: EvidenceFilter) {
        objectives { nodes { code evidence(filter: $filter) { totalCount nodes { id ownerForce { name } } } } }
      }
    `;
    const two = await ok(database, query, { filter: { forceIds: world.forceIds.slice(0, 2) } });
    const ten = await ok(database, query, { filter: { forceIds: world.forceIds } });
    const recruitment = (r: typeof ten) =>
      r.data.objectives.nodes.find((o: { code: string }) => o.code === "R1").evidence.totalCount;
    expect(recruitment(two)).toBe(2);
    expect(recruitment(ten)).toBe(10);
    console.info(`objectives → evidence → owner: ${two.count} statements for 2 forces, ${ten.count} for 10`);
    expect(ten.count).toBe(two.count);
  });
});

describe("federation: the plan subgraph", () => {
  const entities = /* GraphQL */ `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Evidence { id title status ownerForce { id } objectives { code area { code } } }
      }
    }
  `;

  it("resolves 1 and 50 Evidence representations in the same number of SQL statements", async () => {
    const all = [...Object.values(world.evidence).flat(), world.collaborationEvidence];
    const fifty = Array.from({ length: 50 }, (_, i) => all[i % all.length]!);
    const represent = (list: string[]) => ({
      representations: list.map((id) => ({ __typename: "Evidence", id })),
    });
    const one = await run(database, entities, represent(fifty.slice(0, 1)), planSubgraph());
    const many = await run(database, entities, represent(fifty), planSubgraph());
    expect(one.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(many.data._entities.map((e: { id: string }) => e.id)).toEqual(fifty);
    expect(many.data._entities[1].objectives).toEqual([
      { code: "S1", area: { code: "RESPECTED" } },
      { code: "I1", area: { code: "INVOLVED" } },
    ]);
    console.info(`_entities Evidence: ${one.count} statements for 1, ${many.count} for 50`);
    expect(many.count).toBe(one.count);
  });

  it("returns null for an unknown Evidence representation, in order", async () => {
    const known = world.collaborationEvidence;
    const { data } = await run(
      database,
      entities,
      {
        representations: [
          { __typename: "Evidence", id: "nope" },
          { __typename: "Evidence", id: known },
        ],
      },
      planSubgraph(),
    );
    expect(data._entities[0]).toBeNull();
    expect(data._entities[1].id).toBe(known);
  });

  it("resolves Force stubs with their evidence the way the gateway asks: same count for 2 and 10", async () => {
    const query = /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Force { id evidence { totalCount nodes { id objectives { code } } } }
        }
      }
    `;
    const represent = (list: string[]) => ({
      representations: list.map((id) => ({ __typename: "Force", id })),
    });
    const two = await run(database, query, represent(world.forceIds.slice(0, 2)), planSubgraph());
    const ten = await run(database, query, represent(world.forceIds), planSubgraph());
    expect(ten.errors).toBeUndefined();
    expect(ten.data._entities[9]).toMatchObject({ id: world.forceIds[9], evidence: { totalCount: 3 } });
    console.info(`_entities Force → evidence: ${two.count} statements for 2, ${ten.count} for 10`);
    expect(ten.count).toBe(two.count);
  });

  it("Force in the plan subgraph is a stub: only the key and the plan's fields", async () => {
    const { data } = await run(
      database,
      '{ __type(name: "Force") { fields { name } } }',
      undefined,
      planSubgraph(),
    );
    expect(data.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(
      [
        "boards",
        "evidence",
        "evidenceByStatus",
        "forceObjectives",
        "id",
        "nodeId",
        "planProgress",
        "upcomingMeetings",
      ].sort(),
    );
  });
});

describe("through the gateway", () => {
  it("joins Force fields from organisations with evidence from plan, and evidence owners back", async () => {
    const hub = await startHub({ database, port: 0, mode: "gateway" });
    try {
      const [a, b] = world.forceIds as [string, string];
      const { status, body } = await postGraphQL(
        hub.url,
        /* GraphQL */ `
          query ($ids: [ID!], $filter: EvidenceFilter) {
            forces(filter: { ids: $ids }) { nodes { name evidence(filter: { status: [VERIFIED] }) { totalCount nodes { title } } } }
            evidence(filter: $filter, orderBy: { field: TITLE }) {
              totalCount
              nodes { title ownerForce { name } ownerCollaboration { name memberForces { id } } }
            }
          }
        `,
        { ids: [a, b], filter: { forceIds: [a], includeCollaborations: true, kind: ["CAMPAIGN"] } },
      );
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data.forces.nodes).toEqual([
        { name: `Force ${a}`, evidence: { totalCount: 1, nodes: [{ title: "Black history learning 0" }] } },
        { name: `Force ${b}`, evidence: { totalCount: 1, nodes: [{ title: "Black history learning 1" }] } },
      ]);
      expect(body.data.evidence).toEqual({
        totalCount: 2,
        nodes: [
          {
            title: "BCH Positive Action Strategy",
            ownerForce: null,
            ownerCollaboration: { name: `Tri-force ${world.prefix}`, memberForces: [{ id: a }, { id: b }] },
          },
          {
            title: "Positive Action campaign 0",
            ownerForce: { name: `Force ${a}` },
            ownerCollaboration: null,
          },
        ],
      });
    } finally {
      await hub.close();
    }
  });
});
