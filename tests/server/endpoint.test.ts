import { readFileSync } from "node:fs";
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";
import { testDatabase } from "../support/database.ts";
import { postGraphQL } from "../support/hub.ts";

// schema/hub.graphql is what clients, codegen and schema registries read: it must be exactly what the
// endpoint serves (a registry diffing the two would otherwise report breaking changes), in both modes.
const printed = (sdl: string) => printSchema(lexicographicSortSchema(buildSchema(sdl)));
const committed = printed(readFileSync(new URL("../../schema/hub.graphql", import.meta.url), "utf8"));

let database: Database;
const hubs: RunningHub[] = [];
beforeAll(async () => {
  database = await testDatabase("empty");
});
afterAll(async () => {
  for (const hub of hubs) await hub.close();
  await database?.close();
});

describe("schema/hub.graphql equals what the endpoint serves", () => {
  it.each(["gateway", "monolith"] as const)("%s (introspected)", async (mode) => {
    const hub = await startHub({ database, port: 0, host: "127.0.0.1", mode });
    hubs.push(hub);
    const { body } = await postGraphQL(hub.url, getIntrospectionQuery({ specifiedByUrl: true }));
    expect(body.errors).toBeUndefined();
    const served = printSchema(lexicographicSortSchema(buildClientSchema(body.data as IntrospectionQuery)));
    expect(served).toBe(committed);
  });
});
