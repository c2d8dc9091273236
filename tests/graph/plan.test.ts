import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { testDatabase } from "../support/database.ts";
import { createPlanWorld, ok, type PlanWorld, planSubgraph, run } from "./plan-fixtures.ts";

let database: Database;
let world: PlanWorld;

beforeAll(async () => {
  database = await testDatabase("empty");
  world = await createPlanWorld(database.db, 10);
});
afterAll(() => database.close());

describe("plan versions", () => {
  it("plan(version:) returns the version, its areas in the plan's order, objectives and lineage", async () => {
    const { data } = await ok(
      database,
      /* GraphQL */ `
        query ($v: ID!) {
          plan(version: $v) {
            id title stage publishedOn url
            supersedes { id }
            supersededBy { id stage url }
            areas { code title objectives { code } }
            objectives(first: 2) { totalCount pageInfo { hasNextPage } nodes { code kind area { code } } }
          }
        }
      `,
      { v: world.plan.draft },
    );
    expect(data.plan).toEqual({
      id: world.plan.draft,
      title: "Draft plan",
      stage: "DRAFT",
      publishedOn: "2022-05-24",
      url: null,
      supersedes: null,
      supersededBy: { id: world.plan.commitment, stage: "COMMITMENT", url: "https://example.org/c" },
      areas: [
        { code: "REPRESENTED", title: "Represented", objectives: [{ code: "R1" }] },
        { code: "RESPECTED", title: "Respected", objectives: [{ code: "S1" }] },
        { code: "INVOLVED", title: "Involved", objectives: [{ code: "I1" }] },
      ],
      objectives: {
        totalCount: 4,
        pageInfo: { hasNextPage: true },
        nodes: [
          { code: "R1", kind: "OBJECTIVE", area: { code: "REPRESENTED" } },
          { code: "S1", kind: "COMMITMENT", area: { code: "RESPECTED" } },
        ],
      },
    });
  });

  it("plan(version:) is null for an unknown version", async () => {
    const { data } = await ok(database, '{ plan(version: "prap-1999") { id } }');
    expect(data.plan).toBeNull();
  });

  it("plans lists every version in the plan's sequence", async () => {
    const { data } = await ok(database, "{ plans { id stage publishedOn supersedes { id } } }");
    expect(data.plans).toEqual([
      { id: world.plan.draft, stage: "DRAFT", publishedOn: "2022-05-24", supersedes: null },
      {
        id: world.plan.commitment,
        stage: "COMMITMENT",
        publishedOn: null,
        supersedes: { id: world.plan.draft },
      },
    ]);
  });
});

describe("objectives", () => {
  it("objective(id:) gives the area, version, lineage both ways and the force objectives mapped onto it", async () => {
    const { data } = await ok(
      database,
      /* GraphQL */ `
        query ($id: ID!, $next: ID!) {
          objective(id: $id) {
            id code title kind sortOrder
            planVersion { id }
            area { code }
            predecessors { kind }
            successors { kind successor { id code kind planVersion { stage } area { code } } }
            forceObjectives { id ownerForce { id } }
          }
          next: objective(id: $next) { predecessors { kind predecessor { code } } successors { kind } area { code } }
          missing: objective(id: "none") { id }
        }
      `,
      { id: world.objective.recruitment, next: world.objective.workforceStandard },
    );
    expect(data.objective).toMatchObject({
      id: world.objective.recruitment,
      code: "R1",
      title: "Recruitment",
      kind: "OBJECTIVE",
      sortOrder: 1,
      planVersion: { id: world.plan.draft },
      area: { code: "REPRESENTED" },
      predecessors: [],
      successors: [
        {
          kind: "RENAMED",
          successor: {
            id: world.objective.workforceStandard,
            code: "STD-1",
            kind: "STANDARD",
            planVersion: { stage: "COMMITMENT" },
            area: { code: "REPRESENTED" },
          },
        },
      ],
    });
    expect(data.objective.forceObjectives).toEqual(
      world.forceIds.map((forceId) => ({ id: `${forceId}-eo4`, ownerForce: { id: forceId } })),
    );
    expect(data.next).toEqual({
      predecessors: [{ kind: "RENAMED", predecessor: { code: "R1" } }],
      successors: [],
      area: { code: "REPRESENTED" },
    });
    expect(data.missing).toBeNull();
  });

  it("an objective outside any area has area null", async () => {
    const { data } = await ok(database, "query ($id: ID!) { objective(id: $id) { code area { code } } }", {
      id: world.objective.training,
    });
    expect(data.objective).toEqual({ code: "T1", area: null });
  });

  const list = /* GraphQL */ `
    query ($filter: ObjectiveFilter, $first: Int, $after: String) {
      objectives(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { code }
      }
    }
  `;
  const codes = async (filter: Record<string, unknown>) => {
    const { data } = await ok(database, list, { filter });
    expect(data.objectives.totalCount).toBe(data.objectives.nodes.length);
    return data.objectives.nodes.map((n: { code: string }) => n.code);
  };

  it("objectives(filter:) filters by version, area, kind and text, in the plan's order", async () => {
    expect(await codes({})).toEqual(["STD-1", "R1", "S1", "I1", "T1"]);
    expect(await codes({ planVersionId: world.plan.draft })).toEqual(["R1", "S1", "I1", "T1"]);
    expect(await codes({ areaCode: "REPRESENTED" })).toEqual(["STD-1", "R1"]);
    expect(await codes({ kind: ["COMMITMENT", "STANDARD"] })).toEqual(["STD-1", "S1", "T1"]);
    expect(await codes({ search: "race inclusion" })).toEqual(["I1"]);
    expect(await codes({ search: "std" })).toEqual(["STD-1"]);
    expect(await codes({ kind: [] })).toEqual([]);
  });

  it("objectives pages with first/after and keeps totalCount", async () => {
    const first = await ok(database, list, { first: 2 });
    expect(first.data.objectives).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    const second = await ok(database, list, { first: 2, after: first.data.objectives.pageInfo.endCursor });
    const third = await ok(database, list, { first: 2, after: second.data.objectives.pageInfo.endCursor });
    expect(
      [first, second, third].flatMap((r) => r.data.objectives.nodes.map((n: { code: string }) => n.code)),
    ).toEqual(["STD-1", "R1", "S1", "I1", "T1"]);
    expect(third.data.objectives.pageInfo.hasNextPage).toBe(false);
    expect(third.data.objectives.totalCount).toBe(5);
  });

  it("caps first: 1000 at 100 rows without an error", async () => {
    const { data, errors } = await run(database, list, { first: 1000 });
    expect(errors).toBeUndefined();
    expect(data.objectives.nodes).toHaveLength(5);
  });
});

describe("force objectives, measures and progress", () => {
  const query = /* GraphQL */ `
    query ($id: ID!) {
      force(id: $id) {
        forceObjectives {
          totalCount
          nodes {
            id code title periodStart periodEnd
            ownerForce { id } ownerCollaboration { id }
            source { title url }
            objectives { code }
            measures {
              id unit baselineValue baselineDate baselineDescription targetValue dueDate
              observations { observedOn value note }
              latestObservation { observedOn value }
              progress
            }
          }
        }
      }
    }
  `;

  it("Decimal values come back as Float; progress is (latest − baseline) ÷ (target − baseline) or null", async () => {
    const [forceId] = world.forceIds as [string];
    const { data } = await ok(database, query, { id: forceId });
    const { withNumbers, noBaseline } = world.measures[forceId]!;
    expect(data.force.forceObjectives.totalCount).toBe(1);
    const objective = data.force.forceObjectives.nodes[0];
    expect(objective).toMatchObject({
      id: `${forceId}-eo4`,
      code: "EO4",
      periodStart: "2016-04-01",
      periodEnd: null,
      ownerForce: { id: forceId },
      ownerCollaboration: null,
      source: { url: "https://example.police.uk/news/race-action-plan" },
      objectives: [{ code: "R1" }],
    });
    expect(objective.measures).toEqual([
      {
        id: withNumbers,
        unit: "people",
        baselineValue: 10,
        baselineDate: "2016-07-01",
        baselineDescription: null,
        targetValue: 30.25,
        dueDate: "2020-03-31",
        observations: [
          { observedOn: "2018-03-31", value: 15.5, note: null },
          { observedOn: "2019-03-31", value: 20.125, note: "Year 3" },
        ],
        latestObservation: { observedOn: "2019-03-31", value: 20.125 },
        // (20.125 − 10) ÷ (30.25 − 10) = 0.5
        progress: 0.5,
      },
      {
        id: noBaseline,
        unit: "survey result (scale not stated)",
        baselineValue: null,
        baselineDate: null,
        baselineDescription: "staff survey July 2016",
        targetValue: null,
        dueDate: null,
        observations: [{ observedOn: "2019-01-01", value: 3, note: null }],
        latestObservation: { observedOn: "2019-01-01", value: 3 },
        progress: null,
      },
    ]);
  });

  it("ForceObjective.evidence lists evidence linked to the local objective", async () => {
    const [forceId] = world.forceIds as [string];
    const { data } = await ok(
      database,
      "query ($id: ID!) { force(id: $id) { forceObjectives { nodes { evidence { totalCount nodes { id } } } } } }",
      { id: forceId },
    );
    expect(data.force.forceObjectives.nodes[0].evidence).toEqual({
      totalCount: 1,
      nodes: [{ id: `${forceId}-campaign` }],
    });
  });

  it("forces → force objectives → measures → observations: the same SQL count for 2 and for 10 forces", async () => {
    const deep = /* GraphQL */ `
      query ($ids: [ID!]) {
        forces(filter: { ids: $ids }) {
          nodes {
            id
            forceObjectives {
              nodes { code objectives { code area { code } } measures { baselineValue observations { value } progress } }
            }
          }
        }
      }
    `;
    const two = await ok(database, deep, { ids: world.forceIds.slice(0, 2) });
    const ten = await ok(database, deep, { ids: world.forceIds });
    expect(ten.data.forces.nodes).toHaveLength(10);
    expect(ten.data.forces.nodes[9].forceObjectives.nodes[0].measures[0].progress).toBe(0.5);
    console.info(
      `forces → force objectives → measures → observations: ${two.count} statements for 2, ${ten.count} for 10`,
    );
    expect(ten.count).toBe(two.count);
  });

  it("plans → objectives → area, successors and force objectives: the same SQL count for 2 and 10 forces' data", async () => {
    const deep = /* GraphQL */ `
      query ($ids: [ID!]) {
        plans {
          objectives(first: 100) {
            nodes { code area { code } successors { successor { code } } forceObjectives { id } evidence(filter: { forceIds: $ids }) { totalCount } }
          }
        }
      }
    `;
    const two = await ok(database, deep, { ids: world.forceIds.slice(0, 2) });
    const ten = await ok(database, deep, { ids: world.forceIds });
    const r1 = (r: typeof ten) => r.data.plans[0].objectives.nodes[0];
    expect(r1(ten).evidence.totalCount).toBe(10);
    expect(r1(two).evidence.totalCount).toBe(2);
    expect(r1(ten).forceObjectives).toHaveLength(10);
    console.info(`plans → objectives → …: ${two.count} statements for 2 forces, ${ten.count} for 10`);
    expect(ten.count).toBe(two.count);
  });
});

describe("Relay nodes and federation entities", () => {
  it("node(id:) resolves PlanVersion, Objective and ForceObjective by nodeId in the monolith", async () => {
    const [forceId] = world.forceIds as [string];
    const { data } = await ok(
      database,
      /* GraphQL */ `
        query ($v: ID!, $o: ID!, $f: ID!) {
          plan(version: $v) { nodeId }
          objective(id: $o) { nodeId }
          force(id: $f) { forceObjectives { nodes { nodeId } } }
        }
      `,
      { v: world.plan.draft, o: world.objective.boards, f: forceId },
    );
    const nodes = await ok(
      database,
      /* GraphQL */ `
        query ($ids: [ID!]!) {
          nodes(ids: $ids) {
            __typename
            ... on PlanVersion { id }
            ... on Objective { id }
            ... on ForceObjective { id }
          }
        }
      `,
      { ids: [data.plan.nodeId, data.objective.nodeId, data.force.forceObjectives.nodes[0].nodeId] },
    );
    expect(nodes.data.nodes).toEqual([
      { __typename: "PlanVersion", id: world.plan.draft },
      { __typename: "Objective", id: world.objective.boards },
      { __typename: "ForceObjective", id: `${forceId}-eo4` },
    ]);
  });

  it("_entities resolves PlanVersion, Objective and ForceObjective in the plan subgraph (null if unknown)", async () => {
    const query = /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          __typename
          ... on PlanVersion { id stage }
          ... on Objective { id code area { code } }
          ... on ForceObjective { id measures { progress } }
        }
      }
    `;
    const representations = [
      { __typename: "PlanVersion", id: world.plan.commitment },
      { __typename: "Objective", id: world.objective.stopSearch },
      { __typename: "ForceObjective", id: world.forceObjectives[3] },
      { __typename: "Objective", id: "no-such-objective" },
    ];
    const { data, errors } = await run(database, query, { representations }, planSubgraph());
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([
      { __typename: "PlanVersion", id: world.plan.commitment, stage: "COMMITMENT" },
      { __typename: "Objective", id: world.objective.stopSearch, code: "S1", area: { code: "RESPECTED" } },
      {
        __typename: "ForceObjective",
        id: world.forceObjectives[3],
        measures: [{ progress: 0.5 }, { progress: null }],
      },
      null,
    ]);
  });

  it("_entities for 1 and for 10 ForceObjectives takes the same number of statements", async () => {
    const query = /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on ForceObjective { id objectives { code } measures { progress } } }
      }
    `;
    const represent = (ids: string[]) => ({
      representations: ids.map((id) => ({ __typename: "ForceObjective", id })),
    });
    const one = await run(database, query, represent(world.forceObjectives.slice(0, 1)), planSubgraph());
    const ten = await run(database, query, represent(world.forceObjectives), planSubgraph());
    expect(ten.errors).toBeUndefined();
    expect(ten.data._entities).toHaveLength(10);
    console.info(`_entities ForceObjective: ${one.count} statements for 1, ${ten.count} for 10`);
    expect(ten.count).toBe(one.count);
  });
});
