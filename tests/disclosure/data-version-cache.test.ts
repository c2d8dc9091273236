import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import { runImport } from "../../src/importers/index.ts";
import { dataVersion } from "../../src/services/data-version.ts";
import { shipped } from "../importers/helpers.ts";
import { testDatabase } from "../support/database.ts";
import { okGraphQL } from "../support/graphql.ts";

// The workforce cube (cells + suppression pattern), group counts and census populations are kept per
// process while the data version stands (src/loaders.ts). A repeated public question must read no
// cells; a re-import must be seen by the very next request, suppression pattern included.

let database: Database;
let dir: string;
beforeAll(async () => {
  database = await testDatabase("seeded");
  dir = mkdtempSync(join(tmpdir(), "hub-cube-"));
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

const national: Viewer = { subject: "programme-team", role: "national", forceIds: [] };

const query = /* GraphQL */ `{
  herts: force(id: "hertfordshire") { representation(input: { asAt: "2021-03-31", ranks: [CHIEF_OFFICER] }) {
    statedHeadcount white: group(group: WHITE) { headcount suppressed share } } }
  nationalRepresentation(input: { asAt: "2021-03-31", ranks: [CHIEF_OFFICER] }) { statedHeadcount }
}`;
const readsCells = (statements: string[]) =>
  statements.some((s) => /FROM workforce_count w JOIN force f/.test(s));

describe("public workforce figures cached by data version", () => {
  it("reads no cells at a known version, and sees a re-import at once", async () => {
    const first = await okGraphQL(database, query);
    // Hertfordshire's four White chief officers (2 + 2) are hidden from the public.
    expect(first.data.herts.representation).toEqual({
      statedHeadcount: null,
      white: { headcount: null, suppressed: true, share: null },
    });
    const raw = await okGraphQL(database, query, { viewer: national });
    expect(raw.data.herts.representation.statedHeadcount).toBe(4);
    const nationalBefore = raw.data.nationalRepresentation.statedHeadcount as number;

    const again = await okGraphQL(database, query);
    expect(again.data).toEqual(first.data);
    expect(readsCells(first.statements)).toBe(true);
    expect(readsCells(again.statements)).toBe(false);
    expect(again.count).toBeLessThan(first.count);

    // A corrected publication: Hertfordshire had 12 + 12 White chief officers in 2021.
    const file = shipped("chief-officers-by-force-gender-ethnicity-2003-2021.csv");
    const herts2021White =
      /^(2021,E23000027,Hertfordshire,Eastern,(?:Female|Male),Chief Officer,Police Officer,White,White,)2,2,/gm;
    const corrected = readFileSync(file.path, "utf8").replace(herts2021White, "$112,12,");
    expect(corrected).not.toBe(readFileSync(file.path, "utf8"));
    const path = join(dir, "chief-officers-by-force-gender-ethnicity-2003-2021.csv");
    writeFileSync(path, corrected);
    const versionBefore = await dataVersion(database.db);
    const result = await runImport(database.db, file.kind, path, { actor: "test" });
    expect(result.updated).toBe(2);
    expect(await dataVersion(database.db)).not.toBe(versionBefore);

    const after = await okGraphQL(database, query);
    expect(readsCells(after.statements)).toBe(true);
    expect(after.data.herts.representation).toEqual({
      statedHeadcount: 24,
      white: { headcount: 24, suppressed: false, share: 1 },
    });
    const rawAfter = await okGraphQL(database, query, { viewer: national });
    expect(rawAfter.data.herts.representation.statedHeadcount).toBe(24);
    expect(rawAfter.data.nationalRepresentation.statedHeadcount).toBe(nationalBefore + 20);
  });

  it("answers the national page of 50 forces from the caches: the page and the version, nothing else", async () => {
    const page = (first: number) => `{ nationalRepresentation { asAt censusYear statedHeadcount
        minority: group(group: MINORITY_ETHNIC) { ratio } }
      forces(first: ${first}) { nodes { id representation {
        minority: group(group: MINORITY_ETHNIC) { ratio gapPercentagePoints } } } } }`;
    const cold = await okGraphQL(database, page(50));
    expect(cold.data.nationalRepresentation).toMatchObject({ asAt: "2006-03-31", censusYear: 2011 });
    const ratios = cold.data.forces.nodes.filter(
      (n: { representation: { minority: { ratio: number | null } } | null }) =>
        n.representation?.minority.ratio,
    );
    expect(ratios.length).toBeGreaterThan(30);
    const five = await okGraphQL(database, page(5));
    const fifty = await okGraphQL(database, page(50));
    expect(fifty.data).toEqual(cold.data);
    // The forces page, and the data version (no tracker runs in tests: it is read once per request).
    expect(
      fifty.statements.map((s) => (/data-version/.test(s) ? "version" : /"force"/.test(s) ? "forces" : s)),
    ).toEqual(expect.arrayContaining(["version", "forces"]));
    expect(fifty.count).toBe(2);
    expect(five.count).toBe(fifty.count);
  });
});
