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

describe("board(id:)", () => {
  it("returns the board with owner, membership, meetings (latest first), actions and scrutiny", async () => {
    const [forceId] = world.forceIds as [string];
    const id = world.boards[0]!;
    const { data } = await ok(
      database,
      /* GraphQL */ `
        query ($id: ID!) {
          board(id: $id) {
            id type name status independence chair meetingFrequency establishedOn provenance national
            ownerForce { id name } ownerCollaboration { id }
            source { kind title }
            membership { category memberCount }
            meetings {
              totalCount
              nodes { heldOn topics actions { description status dueOn } }
            }
            scrutinyActivities { totalCount nodes { kind occurredOn location itemsReviewed description } }
          }
        }
      `,
      { id },
    );
    expect(data.board).toEqual({
      id,
      type: "RACE_INCLUSION_BOARD",
      name: "Race Inclusion Board 00",
      status: "ACTIVE",
      independence: "NOT_KNOWN",
      chair: null,
      meetingFrequency: "monthly",
      establishedOn: "2022-09-01",
      provenance: "PUBLISHED_SOURCE",
      national: false,
      ownerForce: { id: forceId, name: `Force ${forceId}` },
      ownerCollaboration: null,
      source: { kind: "PRESS_RELEASE", title: "Force supports the draft plan" },
      membership: [
        { category: "community volunteers", memberCount: null },
        { category: "senior officers", memberCount: 3 },
      ],
      meetings: {
        totalCount: 2,
        nodes: [
          {
            heldOn: "2023-02-14",
            topics: ["young people"],
            actions: [{ description: "Meet the youth board", status: "OPEN", dueOn: null }],
          },
          {
            heldOn: "2023-01-10",
            topics: ["stop and search", "recruitment"],
            actions: [
              { description: "Invite members on ride-alongs", status: "OPEN", dueOn: "2023-03-01" },
              { description: "Share stop and search data", status: "DONE", dueOn: null },
            ],
          },
        ],
      },
      scrutinyActivities: {
        totalCount: 1,
        nodes: [
          {
            kind: "BWV_REVIEW_STOP_SEARCH",
            occurredOn: "2023-05-02",
            location: "North LPU",
            itemsReviewed: 12,
            description: "Reviewed randomly selected body-worn video of stop and search",
          },
        ],
      },
    });
  });

  it("a collaboration's board and a national board", async () => {
    const { data } = await ok(
      database,
      /* GraphQL */ `
        query ($c: ID!, $n: ID!) {
          c: board(id: $c) { national independence chair ownerForce { id } ownerCollaboration { id shortName } }
          n: board(id: $n) { national independence ownerForce { id } ownerCollaboration { id } }
          missing: board(id: "no-such-board") { id }
        }
      `,
      { c: world.collaborationBoard, n: world.nationalBoard },
    );
    expect(data).toEqual({
      c: {
        national: false,
        independence: "INDEPENDENT_CHAIR",
        chair: "An independent chair",
        ownerForce: null,
        ownerCollaboration: { id: world.collaborationId, shortName: "BCH" },
      },
      n: { national: true, independence: "COMMUNITY_LED", ownerForce: null, ownerCollaboration: null },
      missing: null,
    });
  });

  it("is a Relay node", async () => {
    const { data } = await ok(database, "query ($id: ID!) { board(id: $id) { nodeId } }", {
      id: world.nationalBoard,
    });
    const node = await ok(database, "query ($id: ID!) { node(id: $id) { __typename ... on Board { id } } }", {
      id: data.board.nodeId,
    });
    expect(node.data.node).toEqual({ __typename: "Board", id: world.nationalBoard });
  });
});

describe("boards(filter:, orderBy:)", () => {
  const list = /* GraphQL */ `
    query ($filter: BoardFilter, $orderBy: BoardOrder, $first: Int, $after: String) {
      boards(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id }
      }
    }
  `;
  const ids = async (filter: Record<string, unknown>, orderBy?: Record<string, unknown>) => {
    const { data } = await ok(database, list, { filter, orderBy, first: 100 });
    expect(data.boards.totalCount).toBe(data.boards.nodes.length);
    return data.boards.nodes.map((n: { id: string }) => n.id);
  };

  it("filters by force, collaboration, national, type and status", async () => {
    const [a, b, c] = world.forceIds as [string, string, string];
    expect(await ids({ forceIds: [c, a] })).toEqual([world.boards[0], world.boards[2]]);
    expect(await ids({ forceIds: [b], includeCollaborations: true })).toEqual([
      world.collaborationBoard,
      world.boards[1],
    ]);
    expect(await ids({ collaborationId: world.collaborationId })).toEqual([world.collaborationBoard]);
    expect(await ids({ national: true })).toEqual([world.nationalBoard]);
    expect(await ids({ national: false })).toHaveLength(11);
    expect(await ids({ type: ["INDEPENDENT_ADVISORY_GROUP"] })).toEqual(
      [1, 3, 5, 7, 9].map((i) => world.boards[i]),
    );
    expect(await ids({ status: ["PROPOSED"] })).toEqual([world.boards[1]]);
    expect(
      await ids({ type: ["RACE_INCLUSION_BOARD"], status: ["ACTIVE"], forceIds: world.forceIds.slice(0, 3) }),
    ).toEqual([world.boards[0], world.boards[2]]);
    expect(await ids({ status: [] })).toEqual([]);
  });

  it("orders by name by default, or by establishment date with unknown dates last", async () => {
    const all = await ids({});
    expect(all).toEqual([world.collaborationBoard, world.nationalBoard, ...world.boards]);
    const established = await ids({}, { field: "ESTABLISHED_ON", direction: "DESC" });
    expect(established[0]).toBe(world.boards[0]);
    const byType = await ids({ forceIds: world.forceIds.slice(0, 2) }, { field: "TYPE" });
    expect(byType).toEqual([world.boards[0], world.boards[1]]);
  });

  it("pages with first/after, keeps totalCount, and caps first: 1000 at 100", async () => {
    const first = await ok(database, list, { first: 5 });
    expect(first.data.boards).toMatchObject({ totalCount: 12, pageInfo: { hasNextPage: true } });
    const rest = await ok(database, list, { first: 100, after: first.data.boards.pageInfo.endCursor });
    expect(rest.data.boards.nodes).toHaveLength(7);
    expect(rest.data.boards.pageInfo.hasNextPage).toBe(false);
    const { data, errors } = await run(database, list, { first: 1000 });
    expect(errors).toBeUndefined();
    expect(data.boards.nodes).toHaveLength(12);
  });

  it("Force.boards and Collaboration.boards list what each runs", async () => {
    const [a] = world.forceIds as [string];
    const { data } = await ok(
      database,
      "query ($a: ID!, $c: ID!) { force(id: $a) { boards { totalCount nodes { id } } } collaboration(id: $c) { boards { totalCount nodes { id } } } }",
      { a, c: world.collaborationId },
    );
    expect(data.force.boards).toEqual({ totalCount: 1, nodes: [{ id: world.boards[0] }] });
    expect(data.collaboration.boards).toEqual({ totalCount: 1, nodes: [{ id: world.collaborationBoard }] });
  });
});

describe("SQL statements do not grow with the number of rows", () => {
  it("boards → meetings → actions (+ membership, scrutiny, owner): the same count for 2 and for 10 forces", async () => {
    const deep = /* GraphQL */ `
      query ($ids: [ID!]) {
        boards(filter: { forceIds: $ids }, first: 100) {
          totalCount
          nodes {
            name ownerForce { name }
            membership { category }
            meetings { totalCount nodes { heldOn actions { description status } } }
            scrutinyActivities { nodes { kind } }
          }
        }
      }
    `;
    const two = await ok(database, deep, { ids: world.forceIds.slice(0, 2) });
    const ten = await ok(database, deep, { ids: world.forceIds });
    expect(two.data.boards.totalCount).toBe(2);
    expect(ten.data.boards.totalCount).toBe(10);
    expect(ten.data.boards.nodes[9].meetings.nodes[1].actions).toHaveLength(2);
    console.info(`boards → meetings → actions: ${two.count} statements for 2 forces, ${ten.count} for 10`);
    expect(ten.count).toBe(two.count);
  });

  it("forces → boards → meetings → actions: the same count for 2 and for 10 forces", async () => {
    const deep = /* GraphQL */ `
      query ($ids: [ID!]) {
        forces(filter: { ids: $ids }) { nodes { boards { nodes { meetings { nodes { actions { status } } } } } } }
      }
    `;
    const two = await ok(database, deep, { ids: world.forceIds.slice(0, 2) });
    const ten = await ok(database, deep, { ids: world.forceIds });
    expect(ten.data.forces.nodes).toHaveLength(10);
    console.info(
      `forces → boards → meetings → actions: ${two.count} statements for 2 forces, ${ten.count} for 10`,
    );
    expect(ten.count).toBe(two.count);
  });

  it("_entities for 1 and 12 Boards in the plan subgraph: the same count", async () => {
    const query = /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Board { id name meetings { nodes { actions { status } } } } }
      }
    `;
    const all = [...world.boards, world.collaborationBoard, world.nationalBoard];
    const represent = (list: string[]) => ({
      representations: list.map((id) => ({ __typename: "Board", id })),
    });
    const one = await run(database, query, represent(all.slice(0, 1)), planSubgraph());
    const many = await run(database, query, represent(all), planSubgraph());
    expect(many.errors).toBeUndefined();
    expect(many.data._entities.map((b: { id: string }) => b.id)).toEqual(all);
    expect(many.data._entities[0].meetings.nodes).toHaveLength(2);
    console.info(`_entities Board: ${one.count} statements for 1, ${many.count} for 12`);
    expect(many.count).toBe(one.count);
  });
});
