import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import { countQueries, testDatabase } from "../support/database.ts";
import { runGraphQL } from "../support/graphql.ts";
import { createWriteWorld, mutate, rowCounts, type WriteWorld } from "./fixtures.ts";
import * as op from "./operations.ts";

let database: Database;
let w: WriteWorld;
beforeAll(async () => {
  database = await testDatabase("empty");
  w = await createWriteWorld(database.db);
});
afterAll(() => database.close());

const base = () => ({
  owner: { forceId: w.herts },
  kind: "TRAINING",
  title: "Race input",
  summary: "For students",
});

async function created(extra: Record<string, unknown> = {}) {
  const result = await mutate(database, w.viewers.herts, op.createEvidence, {
    input: { ...base(), ...extra },
  });
  expect(result.__typename).toBe("MutationCreateEvidenceSuccess");
  return result.evidence as { id: string; version: number };
}

async function refusedWithoutWriting(source: string, input: Record<string, unknown>) {
  const before = await rowCounts(database.db);
  const result = await mutate(database, w.viewers.herts, source, { input });
  expect(await rowCounts(database.db)).toEqual(before);
  return result;
}

describe("refusals are typed results and write nothing", () => {
  it("a bad URL is a ValidationError at its field path", async () => {
    for (const url of ["not a url", "ftp://files.example.org/x", "javascript:alert(1)"]) {
      const result = await refusedWithoutWriting(op.createEvidence, { ...base(), sourceUrl: url });
      expect(result).toMatchObject({
        __typename: "ValidationError",
        issues: [{ path: ["input", "sourceUrl"], message: "must be an http(s) URL" }],
      });
    }
    const { id } = await created();
    const onSource = await refusedWithoutWriting(op.attachEvidenceSource, {
      id,
      version: 1,
      source: { title: "A report", url: "mailto:x@example.org" },
    });
    expect(onSource.issues).toEqual([
      { path: ["input", "source", "url"], message: "must be an http(s) URL" },
    ]);
  });

  it("an invalid transition is a ValidationError on status; the row keeps its status and version", async () => {
    const { id } = await created({ status: "DELIVERED", deliveredOn: "2024-05-01" });
    for (const status of ["PLANNED", "IN_PROGRESS"]) {
      const result = await refusedWithoutWriting(op.changeEvidenceStatus, { id, version: 1, status });
      expect(result).toMatchObject({
        __typename: "ValidationError",
        issues: [{ path: ["input", "status"], message: `evidence cannot move from DELIVERED to ${status}` }],
      });
    }
    const withdrawn = await mutate(database, w.viewers.herts, op.changeEvidenceStatus, {
      input: { id, version: 1, status: "WITHDRAWN" },
    });
    expect(withdrawn.evidence).toMatchObject({ status: "WITHDRAWN", version: 2 });
    const again = await refusedWithoutWriting(op.changeEvidenceStatus, {
      id,
      version: 2,
      status: "DELIVERED",
    });
    expect(again.issues[0].message).toBe("evidence cannot move from WITHDRAWN to DELIVERED");
  });

  it("dates must agree with the status", async () => {
    const noDate = await refusedWithoutWriting(op.createEvidence, { ...base(), status: "DELIVERED" });
    expect(noDate.issues).toEqual([
      { path: ["input", "deliveredOn"], message: "is required when DELIVERED" },
    ]);
    const planned = await refusedWithoutWriting(op.createEvidence, { ...base(), deliveredOn: "2024-01-01" });
    expect(planned.issues).toEqual([
      { path: ["input", "deliveredOn"], message: "must be empty while PLANNED" },
    ]);
    const backwards = await refusedWithoutWriting(op.createEvidence, {
      ...base(),
      status: "DELIVERED",
      startedOn: "2024-03-01",
      deliveredOn: "2024-02-01",
    });
    expect(backwards.issues).toEqual([{ path: ["input", "deliveredOn"], message: "is before startedOn" }]);
    const { id } = await created({ status: "IN_PROGRESS", startedOn: "2024-03-01" });
    const early = await refusedWithoutWriting(op.changeEvidenceStatus, {
      id,
      version: 1,
      status: "DELIVERED",
      on: "2024-02-01",
    });
    expect(early.issues).toEqual([{ path: ["input", "deliveredOn"], message: "is before startedOn" }]);
  });

  it("a stale version is a ConflictError with the current version; nothing is overwritten", async () => {
    const { id } = await created();
    const first = await mutate(database, w.viewers.herts, op.updateEvidence, {
      input: { id, version: 1, title: "First edit" },
    });
    expect(first.evidence).toMatchObject({ title: "First edit", version: 2 });
    const stale = await refusedWithoutWriting(op.updateEvidence, { id, version: 1, title: "Lost edit" });
    expect(stale).toMatchObject({ __typename: "ConflictError", currentVersion: 2 });
    const row = await database.db.evidence.findUniqueOrThrow({ where: { id } });
    expect([row.title, row.version]).toEqual(["First edit", 2]);
  });

  it("unknown evidence and unknown objectives are NotFoundError", async () => {
    const missing = await refusedWithoutWriting(op.updateEvidence, {
      id: `${w.p}-nope`,
      version: 1,
      title: "x",
    });
    expect(missing).toMatchObject({
      __typename: "NotFoundError",
      entityType: "Evidence",
      entityId: `${w.p}-nope`,
    });
    const objective = await refusedWithoutWriting(op.createEvidence, {
      ...base(),
      objectiveIds: [`${w.p}-no-objective`],
    });
    expect(objective).toMatchObject({ __typename: "NotFoundError", entityType: "Objective" });
  });

  it("a force objective of another owner cannot be linked", async () => {
    const result = await refusedWithoutWriting(op.createEvidence, {
      ...base(),
      forceObjectiveIds: [w.cheshireObjective],
    });
    expect(result.issues[0].path).toEqual(["input", "forceObjectiveIds"]);
  });
});

describe("concurrency and idempotency", () => {
  it("two writers from the same version: exactly one wins, the other gets a conflict", async () => {
    const { id } = await created();
    const auditBefore = await database.db.auditEvent.count({ where: { entityId: id } });
    const results = await Promise.all(
      ["Writer A", "Writer B"].map((title) =>
        mutate(database, w.viewers.herts, op.updateEvidence, { input: { id, version: 1, title } }),
      ),
    );
    const kinds = results.map((r) => r.__typename).sort();
    expect(kinds).toEqual(["ConflictError", "MutationUpdateEvidenceSuccess"]);
    const winner = results.find((r) => r.evidence)!.evidence;
    const row = await database.db.evidence.findUniqueOrThrow({ where: { id } });
    expect([row.title, row.version]).toEqual([winner.title, 2]);
    expect(await database.db.auditEvent.count({ where: { entityId: id } })).toBe(auditBefore + 1);
  });

  it("a retried create with the same idempotency key returns the first row and writes nothing more", async () => {
    const key = `${w.p}-retry-key-1`;
    const first = await created({ idempotencyKey: key });
    const before = await rowCounts(database.db);
    const retry = await created({ idempotencyKey: key });
    expect(retry.id).toBe(first.id);
    expect(await rowCounts(database.db)).toEqual(before);
    // Another subject's identical key is its own.
    const other = await mutate(
      database,
      { ...w.viewers.herts, subject: `${w.p}-other-app` },
      op.createEvidence,
      {
        input: { ...base(), idempotencyKey: key },
      },
    );
    expect(other.evidence.id).not.toBe(first.id);
  });

  it("the same key sent twice at once creates one row", async () => {
    const key = `${w.p}-race-key-1`;
    const before = await rowCounts(database.db);
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        mutate(database, w.viewers.herts, op.createEvidence, { input: { ...base(), idempotencyKey: key } }),
      ),
    );
    const ids = new Set(results.map((r) => r.evidence?.id));
    expect(ids.size).toBe(1);
    const after = await rowCounts(database.db);
    expect([after.evidence - before.evidence, after.audit - before.audit, after.keys - before.keys]).toEqual([
      1, 1, 1,
    ]);
  });
});

describe("the audit trail", () => {
  it("records who, when, what, before and after for every accepted write, in order", async () => {
    const start = new Date();
    const { id } = await created({ idempotencyKey: `${w.p}-audit-key-1`, objectiveIds: [w.objective] });
    await mutate(database, w.viewers.herts, op.updateEvidence, {
      input: { id, version: 1, summary: "Revised" },
    });
    await mutate(database, w.viewers.herts, op.changeEvidenceStatus, {
      input: { id, version: 2, status: "IN_PROGRESS", on: "2024-04-02" },
    });
    await mutate(database, w.viewers.herts, op.linkEvidence, {
      input: { id, version: 3, forceObjectiveIds: [w.hertsObjective] },
    });
    await mutate(database, w.viewers.herts, op.attachEvidenceSource, {
      input: {
        id,
        version: 4,
        source: { title: "Force news", url: "https://example.org/news", publishedOn: "2024-04-03" },
      },
    });
    const { data, count } = await runGraphQL(database, op.auditTrail, {
      viewer: w.viewers.national,
      variables: { filter: { entityType: "Evidence", entityId: id } },
    });
    expect(count).toBe(2);
    const events = [...data.auditTrail.nodes].reverse();
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      "CREATE",
      "UPDATE",
      "UPDATE",
      "UPDATE",
      "UPDATE",
    ]);
    for (const e of events) {
      expect(e).toMatchObject({
        actor: w.viewers.herts.subject,
        actorRole: "force",
        ownerForceId: w.herts,
        entityId: id,
      });
      expect(new Date(e.at).getTime()).toBeGreaterThanOrEqual(start.getTime() - 1000);
    }
    expect(events[0].before).toBeNull();
    expect(events[0].after).toMatchObject({
      status: "PLANNED",
      summary: "For students",
      version: 1,
      objectiveIds: [w.objective],
    });
    expect([events[1].before.summary, events[1].after.summary]).toEqual(["For students", "Revised"]);
    expect(events[2].before).toMatchObject({ status: "PLANNED", startedOn: null, version: 2 });
    expect(events[2].after).toMatchObject({
      status: "IN_PROGRESS",
      startedOn: "2024-04-02T00:00:00.000Z",
      version: 3,
    });
    expect([events[3].before.forceObjectiveIds, events[3].after.forceObjectiveIds]).toEqual([
      [],
      [w.hertsObjective],
    ]);
    expect(events[4].before.sourceId).toBeNull();
    const source = await database.db.sourceDocument.findUniqueOrThrow({
      where: { id: events[4].after.sourceId },
    });
    expect([source.title, source.url, source.kind]).toEqual([
      "Force news",
      "https://example.org/news",
      "FORCE_SUBMISSION",
    ]);
  });

  it("a force sees its own and its collaborations' trail; national sees all; one statement count whatever the size", async () => {
    const hertsItem = await created();
    const bch = await mutate(database, w.viewers.herts, op.createEvidence, {
      input: { ...base(), owner: { collaborationId: w.bch } },
    });
    const cheshire = await mutate(database, w.viewers.cheshire, op.createEvidence, {
      input: { ...base(), owner: { forceId: w.cheshire } },
    });
    const trail = async (viewer: Viewer, first = 100) => {
      const { data, count } = await runGraphQL(database, op.auditTrail, { viewer, variables: { first } });
      return {
        ids: (data.auditTrail.nodes as { entityId: string }[]).map((n) => n.entityId),
        total: data.auditTrail.totalCount,
        count,
      };
    };
    const herts = await trail(w.viewers.herts);
    expect(herts.ids).toEqual(expect.arrayContaining([hertsItem.id, bch.evidence.id]));
    expect(herts.ids).not.toContain(cheshire.evidence.id);
    const beds = await trail(w.viewers.beds);
    expect(beds.ids).toContain(bch.evidence.id);
    expect(beds.ids).not.toContain(hertsItem.id);
    const national = await trail(w.viewers.national);
    expect(national.total).toBe(await database.db.auditEvent.count());
    // The force's trail costs the membership lookup, the page and the count; national skips the lookup.
    expect(herts.count).toBe(3);
    expect((await trail(w.viewers.herts, 1)).count).toBe(3);
    expect(national.count).toBe(2);
  });

  it("myDrafts costs the same statements for 1 and for 50 drafts", async () => {
    const { count: small } = await countQueries(database, () =>
      runGraphQL(database, op.myDrafts, { viewer: w.viewers.beds }),
    );
    for (let i = 0; i < 50; i++)
      await database.db.evidence.create({
        data: {
          id: `${w.p}-beds-draft-${i}`,
          kind: "OTHER",
          title: `Beds draft ${i}`,
          summary: "s",
          status: "PLANNED",
          ownerForceId: w.beds,
          provenance: "FORCE_SUBMITTED",
        },
      });
    const { result } = await countQueries(database, () =>
      runGraphQL(database, op.myDrafts, { viewer: w.viewers.beds }),
    );
    expect(result.data.myDrafts.totalCount).toBeGreaterThanOrEqual(50);
    expect(result.count).toBe(small);
  });
});
