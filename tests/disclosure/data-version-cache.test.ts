import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import { runImport } from "../../src/importers/index.ts";
import { dataVersion, trackDataVersion } from "../../src/services/data-version.ts";
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

  it("with a tracker (a server), reads no version between changes and sees another process's import by its notification", async () => {
    const other = await testDatabase("seeded");
    const tracker = trackDataVersion(other);
    try {
      // Listening: the tracker then remembers the version instead of reading it per call.
      await vi.waitFor(() => expect(tracker.current()).toBe(tracker.current()), { timeout: 10_000 });
      const herts = (r: { data: { herts: { representation: unknown } } }) => r.data.herts.representation;
      expect(herts(await okGraphQL(other, query))).toEqual({
        statedHeadcount: null,
        white: { headcount: null, suppressed: true, share: null },
      });
      const warm = await okGraphQL(other, query);
      expect(
        warm.statements.filter((s) => /data-version|workforce_count|population_baseline/.test(s)),
      ).toEqual([]);

      // Another process imports (no announcement in this one): the batch insert's NOTIFY is all it hears.
      await other.db.$transaction([
        other.db.$executeRaw`UPDATE workforce_count SET headcount = 12 WHERE force_id = 'hertfordshire'
          AND as_at = '2021-03-31' AND rank = 'CHIEF_OFFICER' AND ethnicity = 'WHITE' AND headcount = 2`,
        other.db.importBatch.create({
          data: {
            kind: "workforce",
            fileName: "correction.csv",
            sha256: "0".repeat(64),
            rowCount: 2,
            inserted: 0,
            updated: 2,
            unchanged: 0,
            importedBy: "another-process",
          },
        }),
      ]);
      await vi.waitFor(
        async () =>
          expect(herts(await okGraphQL(other, query))).toEqual({
            statedHeadcount: 24,
            white: { headcount: 24, suppressed: false, share: 1 },
          }),
        { timeout: 10_000 },
      );
    } finally {
      await tracker.close();
      await other.close();
    }
  });
});
