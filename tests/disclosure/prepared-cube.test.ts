import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { loadWorkforceCubes, prepareLatestCube } from "../../src/services/workforce-disclosure.ts";
import { testDatabase } from "../support/database.ts";

let seeded: Database;
let empty: Database;
beforeAll(async () => {
  [seeded, empty] = await Promise.all([testDatabase("seeded"), testDatabase("empty")]);
});
afterAll(async () => {
  await Promise.all([seeded?.close(), empty?.close()]);
});

describe("the cube start-up prepares", () => {
  it("is the latest officer table, and the one a request then finds by its cells", async () => {
    const prepared = await prepareLatestCube(seeded.db);
    // The national page's default: the latest date of the shipped tables with figures for every
    // officer rank (later tables lack some ranks), as nationalRepresentation answers it.
    expect(prepared?.asAt.toISOString().slice(0, 10)).toBe("2006-03-31");
    expect(prepared?.workerType).toBe("POLICE_OFFICER");
    const [loaded] = await loadWorkforceCubes(seeded.db, [prepared!]);
    expect(loaded).toBe(prepared);
  });

  it("is nothing on a database without an officer table", async () => {
    expect(await prepareLatestCube(empty.db)).toBeNull();
  });
});
