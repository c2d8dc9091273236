import { graphql } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import { subgraphSchema } from "../../src/schema/build.ts";
import { countQueries, testDatabase } from "../support/database.ts";
import { createForces } from "../support/hub.ts";

let database: Database;
let forceIds: string[];
beforeAll(async () => {
  database = await testDatabase("empty");
  forceIds = await createForces(database.db, 100);
});
afterAll(() => database.close());

const entitiesQuery = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Force { id name }
    }
  }
`;

async function resolveForces(ids: string[]) {
  return countQueries(database, () =>
    graphql({
      schema: subgraphSchema("organisations"),
      source: entitiesQuery,
      variableValues: { representations: ids.map((id) => ({ __typename: "Force", id })) },
      contextValue: createContext({ db: database.db }),
    }),
  );
}

describe("Force entity resolution in the organisations subgraph", () => {
  it("resolves 1 and 100 representations in the same number of SQL statements", async () => {
    const one = await resolveForces(forceIds.slice(0, 1));
    const hundred = await resolveForces(forceIds);
    expect(one.result.errors).toBeUndefined();
    expect(hundred.result.errors).toBeUndefined();
    const names = (hundred.result.data?._entities as { id: string }[] | undefined)?.map((f) => f.id);
    expect(names).toEqual(forceIds);
    expect(one.count).toBe(1);
    expect(hundred.count).toBe(one.count);
  });

  it("returns null for an unknown force, in order", async () => {
    const { result } = await resolveForces([forceIds[0]!, "no-such-force", forceIds[1]!]);
    expect(result.data?._entities).toEqual([
      { id: forceIds[0], name: `Force ${forceIds[0]}` },
      null,
      { id: forceIds[1], name: `Force ${forceIds[1]}` },
    ]);
  });
});

describe("Force entity resolution in the plan subgraph", () => {
  const planQuery = /* GraphQL */ `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Force { id evidence(first: 5) { totalCount } boards(first: 5) { totalCount } }
      }
    }
  `;
  const resolve = (ids: string[]) =>
    countQueries(database, () =>
      graphql({
        schema: subgraphSchema("plan"),
        source: planQuery,
        variableValues: { representations: ids.map((id) => ({ __typename: "Force", id })) },
        contextValue: createContext({ db: database.db }),
      }),
    );

  it("loads the references with what their fields ask for in one statement, for 1 or 100", async () => {
    const one = await resolve(forceIds.slice(0, 1));
    const hundred = await resolve(forceIds);
    expect(one.result).toEqual({
      data: { _entities: [{ id: forceIds[0], evidence: { totalCount: 0 }, boards: { totalCount: 0 } }] },
    });
    expect(hundred.result.data?._entities).toHaveLength(100);
    expect(one.count).toBe(1);
    expect(hundred.count).toBe(1);
  });

  it("returns null for an unknown force", async () => {
    const { result } = await resolve(["no-such-force", forceIds[2]!]);
    expect(result.data?._entities).toEqual([
      null,
      { id: forceIds[2], evidence: { totalCount: 0 }, boards: { totalCount: 0 } },
    ]);
  });
});
