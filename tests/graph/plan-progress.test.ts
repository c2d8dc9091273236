import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import { testDatabase } from "../support/database.ts";
import { okGraphQL } from "../support/graphql.ts";

// Plan progress over the seeded evidence, plus fixtures (ids prefixed i12-pp-) whose status history is
// in the audit trail, so "as the data stood" can be checked against known moments.
let database: Database;
const national: Viewer = { subject: "programme-team", role: "national", forceIds: [] };
const objective = "prap-2022-represented-mentoring";
const t0 = new Date("2026-01-01T00:00:00Z");
const t1 = new Date("2026-02-01T00:00:00Z");

beforeAll(async () => {
  database = await testDatabase("seeded");
  const { db } = database;
  // Kent: planned at t0, delivered at t1 (an API write recorded in the audit trail).
  await db.evidence.create({
    data: {
      id: "i12-pp-kent-mentoring",
      kind: "PROCESS_CHANGE",
      title: "Reverse mentoring for senior officers",
      summary: "Fixture",
      status: "DELIVERED",
      ownerForceId: "kent",
      provenance: "FORCE_SUBMITTED",
      createdAt: t0,
      objectives: { create: { objectiveId: objective } },
    },
  });
  await db.auditEvent.createMany({
    data: [
      {
        at: t0,
        actor: "i12-test",
        action: "CREATE",
        entityType: "Evidence",
        entityId: "i12-pp-kent-mentoring",
        changes: { before: null, after: { status: "PLANNED" } },
      },
      {
        at: t1,
        actor: "i12-test",
        action: "UPDATE",
        entityType: "Evidence",
        entityId: "i12-pp-kent-mentoring",
        changes: { before: { status: "PLANNED" }, after: { status: "DELIVERED" } },
      },
    ],
  });
  // BCH-owned evidence counts for each member force.
  await db.evidence.create({
    data: {
      id: "i12-pp-bch-mentoring",
      kind: "PROCESS_CHANGE",
      title: "Tri-force mentoring scheme",
      summary: "Fixture",
      status: "VERIFIED",
      ownerCollaborationId: "bch-tri-force",
      provenance: "FORCE_SUBMITTED",
      createdAt: t0,
      objectives: { create: { objectiveId: objective } },
    },
  });
  // Kent measure: 0 → 10 from 2025-01-01 to 2027-01-01; 6 observed 2026-01-01, recorded at t1.
  await db.forceObjective.create({
    data: {
      id: "i12-pp-kent-objective",
      ownerForceId: "kent",
      code: "I12-PP-1",
      title: "Mentoring reach",
      measures: {
        create: {
          id: "i12-pp-kent-measure",
          description: "Officers mentored",
          unit: "people",
          baselineValue: 0,
          baselineDate: new Date("2025-01-01"),
          targetValue: 10,
          dueDate: new Date("2027-01-01"),
          observations: {
            create: [
              { id: "i12-pp-obs-1", observedOn: new Date("2025-07-01"), value: 1 },
              { id: "i12-pp-obs-2", observedOn: new Date("2026-01-01"), value: 6 },
            ],
          },
        },
      },
    },
  });
  await db.auditEvent.create({
    data: {
      at: t1,
      actor: "i12-test",
      action: "CREATE",
      entityType: "MeasureObservation",
      entityId: "i12-pp-obs-2",
      changes: { before: null, after: { value: 6 } },
    },
  });
});
afterAll(() => database.close());

const nationalQuery = `query ($at: DateTime) { planProgress(dataAsAt: $at) { area { code } objectives {
  objective { id } evidence { planned delivered verified total } forcesWithDeliveredCount
  forcesWithDelivered { id } forcesWithoutDelivered { id } } } }`;

type Row = {
  objective: { id: string };
  evidence: Record<string, number>;
  forcesWithDeliveredCount: number;
  forcesWithDelivered: { id: string }[];
  forcesWithoutDelivered: { id: string }[];
};
const find = (data: { planProgress: { objectives: Row[] }[] }, id: string) =>
  data.planProgress.flatMap((a) => a.objectives).find((o) => o.objective.id === id)!;

describe("national plan progress", () => {
  it("counts forces with delivered or verified evidence per objective, and lists the rest", async () => {
    const { data } = await okGraphQL(database, nationalQuery, { viewer: national });
    const mentoring = find(data, objective);
    expect(mentoring.forcesWithDelivered.map((f) => f.id)).toEqual([
      "bedfordshire",
      "cambridgeshire",
      "hertfordshire",
      "kent",
    ]);
    expect(mentoring.forcesWithDeliveredCount).toBe(4);
    expect(mentoring.forcesWithoutDelivered).toHaveLength(39);
    expect(mentoring.evidence).toEqual({ planned: 0, delivered: 1, verified: 1, total: 2 });
    // Every objective of the version appears, grouped by area, with 43 forces split between the lists.
    const all = data.planProgress.flatMap((a: { objectives: Row[] }) => a.objectives);
    const objectives = await database.db.objective.count({ where: { planVersionId: "prap-2022-draft" } });
    expect(all).toHaveLength(objectives);
    for (const o of all) expect(o.forcesWithDelivered.length + o.forcesWithoutDelivered.length).toBe(43);
  });

  it("agrees with a recount of the seeded evidence through the ORM", async () => {
    const { data } = await okGraphQL(database, nationalQuery, { viewer: national });
    const evidence = await database.db.evidence.findMany({
      where: { status: { in: ["DELIVERED", "VERIFIED"] } },
      include: {
        objectives: true,
        forceObjectives: { include: { forceObjective: { include: { objectives: true } } } },
        ownerCollaboration: { include: { members: true } },
      },
    });
    const expected = new Map<string, Set<string>>();
    for (const e of evidence) {
      const forces = e.ownerForceId
        ? [e.ownerForceId]
        : (e.ownerCollaboration?.members.map((m) => m.forceId) ?? []);
      const objectives = [
        ...e.objectives.map((o) => o.objectiveId),
        ...e.forceObjectives.flatMap((f) => f.forceObjective.objectives.map((o) => o.objectiveId)),
      ];
      for (const o of objectives)
        for (const f of forces) expected.set(o, (expected.get(o) ?? new Set()).add(f));
    }
    const all = data.planProgress.flatMap((a: { objectives: Row[] }) => a.objectives) as Row[];
    for (const o of all)
      expect(o.forcesWithDelivered.map((f) => f.id).sort(), o.objective.id).toEqual(
        [...(expected.get(o.objective.id) ?? [])].sort(),
      );
  });

  it("answers as the statuses stood at a past moment (from the audit trail)", async () => {
    const before = await okGraphQL(database, nationalQuery, {
      viewer: national,
      variables: { at: "2025-12-31T00:00:00Z" },
    });
    // Neither fixture existed yet.
    expect(find(before.data, objective).evidence.total).toBe(0);
    const between = await okGraphQL(database, nationalQuery, {
      viewer: national,
      variables: { at: "2026-01-15T00:00:00Z" },
    });
    const mid = find(between.data, objective);
    expect(mid.evidence).toEqual({ planned: 1, delivered: 0, verified: 1, total: 2 });
    expect(mid.forcesWithDelivered.map((f) => f.id)).toEqual([
      "bedfordshire",
      "cambridgeshire",
      "hertfordshire",
    ]);
  });
});

describe("a force's plan progress", () => {
  const query = `query ($at: DateTime) { forces(first: 50) { nodes { id planProgress(dataAsAt: $at) {
    objectives { objective { id } evidence { planned delivered total } }
    measures { measure { id } latestValue latestObservedOn progress expectedProgress status } } } } }`;

  it("gives evidence per objective and measure status for every force in constant statements", async () => {
    const { data, count } = await okGraphQL(database, query, { viewer: national });
    const kent = data.forces.nodes.find((f: { id: string }) => f.id === "kent").planProgress;
    expect(
      kent.objectives.find((o: { objective: { id: string } }) => o.objective.id === objective).evidence,
    ).toEqual({
      planned: 0,
      delivered: 1,
      total: 1,
    });
    const measure = kent.measures.find(
      (m: { measure: { id: string } }) => m.measure.id === "i12-pp-kent-measure",
    );
    expect(measure).toMatchObject({ latestValue: 6, latestObservedOn: "2026-01-01", progress: 0.6 });
    // On 2026-01-01 the line from 2025-01-01 to 2027-01-01 stood at 365/730 = 0.5: 0.6 is on track.
    expect(measure.expectedProgress).toBeCloseTo(0.5, 12);
    expect(measure.status).toBe("ON_TRACK");
    // forces, evidence by objective (1), measures (1), objectives and measures by id (batched).
    expect(count).toBeLessThanOrEqual(6);
  });

  it("uses only observations recorded by then", async () => {
    const { data } = await okGraphQL(database, query, {
      viewer: national,
      variables: { at: "2026-01-15T00:00:00Z" },
    });
    const kent = data.forces.nodes.find((f: { id: string }) => f.id === "kent").planProgress;
    const measure = kent.measures.find(
      (m: { measure: { id: string } }) => m.measure.id === "i12-pp-kent-measure",
    );
    // The 2026-01-01 value was recorded on 1 February: on 15 January the latest known was 1 (2025-07-01).
    expect(measure).toMatchObject({
      latestValue: 1,
      latestObservedOn: "2025-07-01",
      progress: 0.1,
      status: "AT_RISK",
    });
  });
});

describe("plan progress and drafts", () => {
  it("counts a draft for national viewers only: the public never learns it exists", async () => {
    const draftObjective = "prap-2022-represented-mentoring";
    await database.db.evidence.create({
      data: {
        id: "lead-pp-kent-draft",
        kind: "PROCESS_CHANGE",
        title: "Draft not yet published",
        summary: "Fixture",
        status: "PLANNED",
        isPublic: false,
        ownerForceId: "kent",
        provenance: "FORCE_SUBMITTED",
        objectives: { create: { objectiveId: draftObjective } },
      },
    });
    try {
      const publicViewer: Viewer = { subject: "anonymous", role: "public", forceIds: [] };
      const seenByNational = find(
        (await okGraphQL(database, nationalQuery, { viewer: national })).data,
        draftObjective,
      );
      const seenByPublic = find(
        (await okGraphQL(database, nationalQuery, { viewer: publicViewer })).data,
        draftObjective,
      );
      expect(seenByNational.evidence.planned).toBe(1);
      expect(seenByPublic.evidence.planned).toBe(0);
      expect(seenByPublic.evidence.total).toBe((seenByNational.evidence.total ?? 0) - 1);
    } finally {
      await database.db.evidenceObjective.deleteMany({ where: { evidenceId: "lead-pp-kent-draft" } });
      await database.db.evidence.delete({ where: { id: "lead-pp-kent-draft" } });
    }
  });
});
