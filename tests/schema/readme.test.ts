import { readFileSync } from "node:fs";
import { Kind, type OperationDefinitionNode, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { monolithSchema } from "../../src/schema/build.ts";
import { testDatabase } from "../support/database.ts";
import { okGraphQL } from "../support/graphql.ts";

// The README's GraphQL examples are what newcomers copy first: each is a named operation (so tools can
// audit it and logs can name it), valid against the schema, and runs without errors on the seeded hub.
const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
// The force-app round trip needs tokens and the ids it creates: tests/writes/readme.test.ts runs it.
const roundTrip = readme.slice(
  readme.indexOf("<!-- round-trip:start"),
  readme.indexOf("<!-- round-trip:end"),
);
const operations = blocks.map((source) => {
  const definition = parse(source).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return { source, name: definition?.name?.value ?? "(anonymous)" };
});

let database: Database;
beforeAll(async () => {
  database = await testDatabase("seeded");
});
afterAll(async () => {
  await database?.close();
});

describe("README GraphQL examples", () => {
  it("are named operations with distinct names", () => {
    expect(operations.length).toBeGreaterThanOrEqual(3);
    const names = operations.map((o) => o.name);
    expect(names).not.toContain("(anonymous)");
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(operations.map((o) => [o.name, o.source] as const))(
    "%s validates and runs",
    async (_name, source) => {
      expect(validate(monolithSchema(), parse(source)).map((e) => e.message)).toEqual([]);
      if (roundTrip.includes(source)) return;
      const { data } = await okGraphQL(database, source);
      expect(Object.keys(data ?? {}).length).toBeGreaterThan(0);
    },
  );
});
