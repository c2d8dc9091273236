import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import type { Prisma } from "../../src/generated/prisma/client.ts";
import {
  CONTENT_SEED_ACTOR,
  type ContentReport,
  seedReferenceContent,
} from "../../src/seed/content/index.ts";
import { publicationSha256 } from "../../src/seed/content/sources.ts";
import { testDatabase } from "../support/database.ts";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

// The forces the content names, as fixtures (the forces importer owns the real rows).
const fixtureForces: Prisma.ForceCreateManyInput[] = [
  "bedfordshire",
  "cambridgeshire",
  "hertfordshire",
  "cheshire",
  "avon-and-somerset",
  "thames-valley",
  "essex",
  "btp",
].map((id) => ({
  id,
  name: `Fixture force ${id}`,
  country: id === "btp" ? "GREAT_BRITAIN" : "ENGLAND",
  kind: id === "btp" ? "SPECIAL" : "TERRITORIAL",
}));

const expectedRows: Record<string, number> = {
  SourceDocument: 5,
  PlanVersion: 4,
  PlanArea: 17,
  Objective: 20,
  ObjectiveLineage: 0,
  Collaboration: 1,
  CollaborationMember: 3,
  CollaborationFunction: 0,
  ForceObjective: 1,
  ForceObjectiveLink: 3,
  Measure: 10,
  Evidence: 29,
  EvidenceObjective: 27,
  EvidenceForceObjective: 0,
  Board: 7,
  BoardMembership: 10,
  Meeting: 0,
  ScrutinyActivity: 3,
};
const totalRows = Object.values(expectedRows).reduce((a, b) => a + b, 0);

const sum = (report: ContentReport, field: keyof ContentReport[string]) =>
  Object.values(report).reduce((total, counts) => total + counts[field], 0);

describe("curated content seed, forces already imported", () => {
  let database: Database;
  let first: ContentReport;
  let second: ContentReport;

  beforeAll(async () => {
    database = await testDatabase("empty");
    await database.db.force.createMany({ data: fixtureForces });
    first = await seedReferenceContent(database.db);
    second = await seedReferenceContent(database.db);
  });
  afterAll(() => database?.close());

  it("inserts every content row on the first run", () => {
    for (const [model, rows] of Object.entries(expectedRows)) {
      expect(first[model], model).toEqual({ inserted: rows, updated: 0, unchanged: 0, kept: 0, waiting: 0 });
    }
  });

  it("changes nothing on the second run", async () => {
    for (const [model, rows] of Object.entries(expectedRows)) {
      expect(second[model], model).toEqual({ inserted: 0, updated: 0, unchanged: rows, kept: 0, waiting: 0 });
    }
    const audits = await database.db.auditEvent.findMany({ where: { action: "SEED" } });
    expect(audits).toHaveLength(totalRows);
    expect(new Set(audits.map((a) => a.actor))).toEqual(new Set([CONTENT_SEED_ACTOR]));
  });

  it("holds the row counts it reports", async () => {
    const { db } = database;
    expect(await db.sourceDocument.count()).toBe(5);
    expect(await db.planVersion.count()).toBe(4);
    expect(await db.objective.count()).toBe(20);
    expect(await db.evidence.count()).toBe(29);
    expect(await db.board.count()).toBe(7);
    expect(await db.meeting.count()).toBe(0);
  });

  it("links the plan versions draft → final → refresh → commitment, with only the dates it knows", async () => {
    const commitment = await database.db.planVersion.findUniqueOrThrow({
      where: { id: "prap-2025-anti-racism-commitment" },
      include: { supersedes: { include: { supersedes: { include: { supersedes: true } } } }, areas: true },
    });
    expect(commitment.stage).toBe("COMMITMENT");
    expect(commitment.publishedOn?.toISOString().slice(0, 10)).toBe("2025-03-26");
    expect(commitment.areas.map((a) => a.code).sort()).toEqual(
      ["INVOLVED", "OVERALL", "PROTECTED", "REPRESENTED", "RESPECTED"].sort(),
    );
    expect(commitment.supersedes?.id).toBe("prap-2024-refresh");
    expect(commitment.supersedes?.publishedOn).toBeNull(); // "Jul/Aug 2024": month not known
    expect(commitment.supersedes?.supersedes?.supersedes?.id).toBe("prap-2022-draft");
    expect(commitment.supersedes?.supersedes?.supersedes?.publishedOn?.toISOString().slice(0, 10)).toBe(
      "2022-05-24",
    );
    const standards = await database.db.objective.count({ where: { kind: "STANDARD" } });
    expect(standards).toBe(0); // the text of the 14 standards is not public
    const recruitment = await database.db.objective.findUniqueOrThrow({
      where: { id: "prap-2022-represented-recruitment" },
      include: { area: true },
    });
    expect(recruitment.area?.code).toBe("REPRESENTED");
  });

  it("records BCH as three forces, with its source, and nothing no source states", async () => {
    const bch = await database.db.collaboration.findUniqueOrThrow({
      where: { id: "bch-tri-force" },
      include: { members: true, functions: true, source: true },
    });
    expect(bch.kind).toBe("TRI_FORCE");
    expect(bch.members.map((m) => m.forceId).sort()).toEqual([
      "bedfordshire",
      "cambridgeshire",
      "hertfordshire",
    ]);
    expect(bch.source?.localPath).toBe("data/publications/000_deb1899c1a75caf4.txt");
    const release = readFileSync(`${projectRoot}${bch.source!.localPath}`, "utf8");
    expect(release).toContain("tri-force (Beds, Cambs and Herts) units");
    // Functions and start dates (Professional Standards from 2012 …) are in no shipped source.
    expect(bch.functions).toEqual([]);
    expect(bch.startDate).toBeNull();
    expect(await database.db.collaboration.count({ where: { sourceId: null } })).toBe(0);
    expect(await database.db.collaboration.findUnique({ where: { id: "beds-herts-bi-force" } })).toBeNull();
  });

  it("holds Hertfordshire Equality Objective 4 with its Police Now target and July 2016 baseline", async () => {
    const eo4 = await database.db.forceObjective.findUniqueOrThrow({
      where: { id: "hertfordshire-equality-objective-4-2016-2020" },
      include: { measures: true, objectives: true },
    });
    expect(eo4.ownerForceId).toBe("hertfordshire");
    expect(eo4.periodStart?.toISOString().slice(0, 10)).toBe("2016-04-01");
    expect(eo4.objectives.map((o) => o.objectiveId).sort()).toEqual([
      "prap-2022-represented-progression",
      "prap-2022-represented-recruitment",
      "prap-2022-represented-retention",
    ]);
    const policeNow = eo4.measures.find((m) => m.id.endsWith("police-now-bme-recruits"));
    expect(policeNow?.targetValue?.toNumber()).toBe(24);
    expect(policeNow?.unit).toBe("people");
    expect(policeNow?.scope).toBe("BCH");
    const network = eo4.measures.find((m) => m.id.endsWith("staff-network-satisfaction"));
    expect(network?.baselineDate?.toISOString().slice(0, 10)).toBe("2016-07-01");
    expect(network?.baselineValue).toBeNull();
    // The facts of the text that were missing, as it words them.
    const text = readFileSync(`${projectRoot}data/publications/004_87b32b5fa6f17676.txt`, "utf8");
    const byName = (name: string) => eo4.measures.find((m) => m.id.endsWith(name))!;
    expect(text).toContain(
      "Demonstrate commitment to the College of Policing BME Progression 2018 programme",
    );
    expect(byName("bme-progression-2018-commitment").description).toBe(
      "Demonstrate commitment to the College of Policing BME Progression 2018 programme",
    );
    expect(byName("fast-track-female-vem-officers").description).toContain("‘Fast Track’ scheme");
    expect(byName("fast-track-female-vem-officers").targetValue).toBeNull();
    expect(text).toContain("representative of the community it serves");
    expect(byName("representative-of-community").description).toContain(
      "representative of the community it serves",
    );
  });

  it("gives every published-source evidence row a shipped source document", async () => {
    const rows = await database.db.evidence.findMany({
      where: { provenance: "PUBLISHED_SOURCE" },
      include: { source: true },
    });
    expect(rows).toHaveLength(29);
    for (const row of rows) {
      expect(row.source?.localPath, row.id).toMatch(/^data\/publications\/\d{3}_[0-9a-f]{16}\.txt$/);
      expect(existsSync(`${projectRoot}${row.source?.localPath}`), row.id).toBe(true);
    }
    const documents = await database.db.sourceDocument.findMany();
    for (const document of documents) {
      const bytes = readFileSync(`${projectRoot}${document.localPath}`);
      expect(createHash("sha256").update(bytes).digest("hex"), document.id).toBe(
        publicationSha256[document.id],
      );
    }
  });

  it("takes evidence status and owner from the words of the text", async () => {
    const { db } = database;
    const policy = await db.evidence.findUniqueOrThrow({ where: { id: "bch-anti-racism-policy" } });
    expect(policy).toMatchObject({
      status: "DELIVERED",
      ownerCollaborationId: "bch-tri-force",
      ownerForceId: null,
    });
    // The release says only “in April this year” and has no date: no day, month or year is stored.
    expect(policy.deliveredOn).toBeNull();
    expect(
      (await db.evidence.findUniqueOrThrow({ where: { id: "bch-anti-racism-training" } })).deliveredOn,
    ).toBeNull();
    // Cheshire's PAM “will provide scrutiny”: announced, not active, as board and as evidence.
    expect(
      (await db.board.findUniqueOrThrow({ where: { id: "cheshire-police-accountability-meeting" } })).status,
    ).toBe("PROPOSED");
    // Every Cheshire board of the release “will be updated … observe … training exercises”.
    const cheshireBoards = await db.board.findMany({
      where: { ownerForceId: "cheshire", type: { not: "COMMUNITY_COHESION_GROUP" } },
    });
    expect(cheshireBoards).toHaveLength(3);
    for (const board of cheshireBoards) expect(board.purpose, board.id).toContain("training exercises");
    // The Race and Inclusion Board's two releases are both cited.
    const announced = await db.evidence.findUniqueOrThrow({
      where: { id: "hertfordshire-race-inclusion-board-announced" },
      include: { source: true },
    });
    expect(announced.source?.localPath).toBe("data/publications/000_deb1899c1a75caf4.txt");
    expect(readFileSync(`${projectRoot}${announced.source!.localPath}`, "utf8")).toContain(
      "in the process of setting up a Race Inclusion Board",
    );
    expect(
      (await db.evidence.findUniqueOrThrow({ where: { id: "hertfordshire-young-persons-board" } })).status,
    ).toBe("PLANNED");
    expect(
      (await db.evidence.findUniqueOrThrow({ where: { id: "btp-taser-disproportionality" } })).ownerForceId,
    ).toBe("btp");
    // The national programme's own work, as the NPCC conference release states it.
    const national = await db.evidence.findMany({
      where: { ownerNational: true },
      select: {
        id: true,
        status: true,
        deliveredOn: true,
        ownerForceId: true,
        ownerCollaborationId: true,
        isPublic: true,
      },
      orderBy: { id: "asc" },
    });
    expect(national).toEqual(
      [
        ["prap-leads-conference", "DELIVERED"],
        ["prap-school-sessions", "PLANNED"],
        ["prap-stakeholder-event", "DELIVERED"],
        ["prap-young-people-session", "DELIVERED"],
      ].map(([id, status]) => ({
        id,
        status,
        deliveredOn: null,
        ownerForceId: null,
        ownerCollaborationId: null,
        isPublic: true,
      })),
    );
  });

  it("holds the boards with the make-up and scrutiny the texts describe, and no invented meetings", async () => {
    const rib = await database.db.board.findUniqueOrThrow({
      where: { id: "hertfordshire-race-inclusion-board" },
      include: { membership: true, scrutiny: true, meetings: true },
    });
    expect(rib).toMatchObject({
      status: "ACTIVE",
      meetingFrequency: "monthly",
      ownerForceId: "hertfordshire",
    });
    expect(rib.membership).toHaveLength(4);
    expect(rib.scrutiny.map((s) => [s.kind, s.occurredOn])).toEqual([["RIDE_ALONG", null]]);
    expect(rib.meetings).toEqual([]);
    const ccgs = await database.db.scrutinyActivity.findMany({
      where: { boardId: "cheshire-community-cohesion-groups" },
    });
    expect(ccgs.map((s) => s.kind).sort()).toEqual(["BWV_REVIEW_STOP_SEARCH", "BWV_REVIEW_USE_OF_FORCE"]);
    const ncrg = await database.db.board.findUniqueOrThrow({
      where: { id: "national-community-reference-group" },
    });
    expect(ncrg).toMatchObject({ ownerForceId: null, ownerCollaborationId: null });
    const dei = await database.db.board.findUniqueOrThrow({ where: { id: "cheshire-external-dei-board" } });
    expect(dei.independence).toBe("INDEPENDENT_CHAIR");
  });
});

describe("curated content seed before and after the forces import", () => {
  let database: Database;

  beforeAll(async () => {
    database = await testDatabase("empty");
  });
  afterAll(() => database?.close());

  it("holds back force-owned rows until their forces exist, then writes them", async () => {
    const messages: string[] = [];
    const before = await seedReferenceContent(database.db, { onProgress: (m) => messages.push(m) });
    expect(before.SourceDocument).toMatchObject({ inserted: 5, waiting: 0 });
    expect(before.Collaboration).toMatchObject({ inserted: 1, waiting: 0 });
    expect(before.CollaborationMember).toMatchObject({ inserted: 0, waiting: 3 });
    // Evidence owned by the BCH collaboration or the national programme does not need a force row.
    expect(before.Evidence).toMatchObject({ inserted: 6, waiting: 23 });
    expect(before.Board).toMatchObject({ inserted: 1, waiting: 6 });
    expect(before.BoardMembership).toMatchObject({ inserted: 1, waiting: 9 });
    expect(messages.some((m) => m.includes("wait for forces") && m.includes("hertfordshire"))).toBe(true);

    // BTP imported under another id, with `btp` as an alias: the content still finds it.
    const forces = fixtureForces.map((f) => (f.id === "btp" ? { ...f, id: "british-transport-police" } : f));
    await database.db.force.createMany({ data: forces });
    await database.db.forceAlias.create({ data: { alias: "btp", forceId: "british-transport-police" } });
    const after = await seedReferenceContent(database.db);
    expect(sum(after, "waiting")).toBe(0);
    expect(after.Evidence).toEqual({ inserted: 23, updated: 0, unchanged: 6, kept: 0, waiting: 0 });
    expect(sum(after, "inserted") + sum(before, "inserted")).toBe(totalRows);
    const btp = await database.db.evidence.findUniqueOrThrow({
      where: { id: "btp-taser-disproportionality" },
    });
    expect(btp.ownerForceId).toBe("british-transport-police");
  });

  it("leaves a later edit alone but still applies its own changes", async () => {
    const { db } = database;
    // Someone verifies a reported item and deletes a board membership.
    await db.evidence.update({
      where: { id: "cheshire-respect-and-dignity-policy" },
      data: { status: "VERIFIED" },
    });
    await db.boardMembership.delete({
      where: { id: "national-community-reference-group-experts-community-leaders" },
    });
    // And a column the seed owns drifts (as if the content file changed).
    await db.board.update({
      where: { id: "cheshire-community-cohesion-groups" },
      data: { name: "Old name" },
    });
    await db.auditEvent.create({
      data: {
        actor: CONTENT_SEED_ACTOR,
        action: "SEED",
        entityType: "Board",
        entityId: "cheshire-community-cohesion-groups",
        changes: { after: { name: "Old name" } },
      },
    });

    const report = await seedReferenceContent(database.db);
    expect(report.Evidence).toMatchObject({ kept: 1, updated: 0, inserted: 0 });
    expect(report.BoardMembership).toMatchObject({ kept: 1, inserted: 0 });
    expect(report.Board).toMatchObject({ updated: 1 });
    expect(
      (await db.evidence.findUniqueOrThrow({ where: { id: "cheshire-respect-and-dignity-policy" } })).status,
    ).toBe("VERIFIED");
    expect(
      (await db.board.findUniqueOrThrow({ where: { id: "cheshire-community-cohesion-groups" } })).name,
    ).toBe("Cheshire Community Cohesion Groups");
    const again = await seedReferenceContent(database.db);
    expect(sum(again, "inserted") + sum(again, "updated")).toBe(0);
  });
});
