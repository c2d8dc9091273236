import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import { monolithSchema, subgraphSchema } from "../../src/schema/build.ts";
import { testDatabase } from "../support/database.ts";
import { runGraphQL } from "../support/graphql.ts";
import { createWriteWorld, mutate, rowCounts, type WriteWorld } from "./fixtures.ts";
import * as op from "./operations.ts";

// The permission matrix: role × mutation × own/other force (and collaboration, national) × draft/published,
// in the monolith and directly against the plan subgraph that owns evidence.

let database: Database;
let w: WriteWorld;
beforeAll(async () => {
  database = await testDatabase("empty");
  w = await createWriteWorld(database.db);
});
afterAll(() => database.close());

type Role = keyof WriteWorld["viewers"];
const roles: Role[] = ["herts", "cheshire", "national", "admin", "public"];

const schemas = [
  ["monolith", () => monolithSchema()],
  ["plan subgraph", () => subgraphSchema("plan")],
] as const;

function owner(kind: "herts" | "bch" | "cheshire" | "national") {
  if (kind === "bch") return { collaborationId: w.bch };
  if (kind === "national") return { national: true };
  return { forceId: kind === "herts" ? w.herts : w.cheshire };
}

/** Seeds one evidence row directly (not through the API), draft or published. */
async function seedEvidence(ownerKind: "herts" | "bch" | "national", published: boolean) {
  const id = `${w.p}-${ownerKind}-${published ? "pub" : "draft"}-${Math.random().toString(36).slice(2, 8)}`;
  const o = owner(ownerKind);
  await database.db.evidence.create({
    data: {
      id,
      kind: "TRAINING",
      title: `Seeded ${id}`,
      summary: "Seeded for the matrix",
      status: published ? "DELIVERED" : "PLANNED",
      deliveredOn: published ? new Date("2024-01-10") : null,
      ownerForceId: "forceId" in o ? o.forceId : null,
      ownerCollaborationId: "collaborationId" in o ? o.collaborationId : null,
      ownerNational: "national" in o,
      provenance: "FORCE_SUBMITTED",
    },
  });
  return id;
}

describe.each(schemas)("permission matrix (%s)", (_name, schema) => {
  const createAllowed: Record<"herts" | "bch" | "cheshire" | "national", Role[]> = {
    herts: ["herts", "admin"],
    bch: ["herts", "admin"],
    cheshire: ["cheshire", "admin"],
    national: ["national", "admin"],
  };

  for (const [ownerKind, allowed] of Object.entries(createAllowed) as [
    keyof typeof createAllowed,
    Role[],
  ][]) {
    for (const role of roles) {
      const ok = allowed.includes(role);
      it(`createEvidence for ${ownerKind} as ${role}: ${ok ? "created" : "ForbiddenError, nothing written"}`, async () => {
        const before = await rowCounts(database.db);
        const input = { owner: owner(ownerKind), kind: "POLICY", title: `By ${role}`, summary: "Matrix" };
        const result = await mutate(database, w.viewers[role], op.createEvidence, { input }, schema());
        const after = await rowCounts(database.db);
        if (ok) {
          expect(result.__typename).toBe("MutationCreateEvidenceSuccess");
          expect(result.evidence).toMatchObject({
            title: `By ${role}`,
            status: "PLANNED",
            version: 1,
            published: false,
          });
          expect(after).toEqual({ ...before, evidence: before.evidence + 1, audit: before.audit + 1 });
        } else {
          expect(result.__typename).toBe("ForbiddenError");
          expect(result.message).toContain(`A ${w.viewers[role].role} caller may not`);
          expect(after).toEqual(before);
        }
      });
    }
  }

  // Updates of existing records: the owner decides, whether the record is a draft or published.
  const updateAllowed: Record<"herts" | "bch" | "national", Role[]> = {
    herts: ["herts", "admin"],
    bch: ["herts", "admin"],
    national: ["national", "admin"],
  };
  const mutations = [
    ["updateEvidence", op.updateEvidence, (id: string) => ({ id, version: 1, title: "Renamed" })],
    [
      "changeEvidenceStatus",
      op.changeEvidenceStatus,
      (id: string) => ({ id, version: 1, status: "WITHDRAWN" }),
    ],
    ["linkEvidence", op.linkEvidence, (id: string) => ({ id, version: 1, objectiveIds: [w.objective] })],
    [
      "attachEvidenceSource",
      op.attachEvidenceSource,
      (id: string) => ({ id, version: 1, source: { title: "Report", url: "https://example.org/r" } }),
    ],
  ] as const;
  for (const [name, source, input] of mutations) {
    for (const [ownerKind, allowed] of Object.entries(updateAllowed) as [
      keyof typeof updateAllowed,
      Role[],
    ][]) {
      for (const published of [false, true]) {
        for (const role of roles) {
          const ok = allowed.includes(role);
          it(`${name} on ${published ? "published" : "draft"} ${ownerKind} evidence as ${role}: ${ok ? "written" : "refused"}`, async () => {
            const id = await seedEvidence(ownerKind, published);
            const before = await rowCounts(database.db);
            const result = await mutate(database, w.viewers[role], source, { input: input(id) }, schema());
            const after = await rowCounts(database.db);
            if (ok) {
              expect(result.__typename).toMatch(/Success$/);
              expect(result.evidence).toMatchObject({ id, version: 2 });
              expect(after.audit).toBe(before.audit + 1);
            } else {
              expect(result.__typename).toBe("ForbiddenError");
              expect(after).toEqual(before);
              const row = await database.db.evidence.findUniqueOrThrow({ where: { id } });
              expect(row.version).toBe(1);
            }
          });
        }
      }
    }
  }

  it("only national (and admin) may verify; the owner force may not verify its own delivery", async () => {
    const id = await seedEvidence("herts", true);
    const input = { id, version: 1, status: "VERIFIED", on: "2024-03-01" };
    const refused = await mutate(database, w.viewers.herts, op.changeEvidenceStatus, { input }, schema());
    expect(refused.__typename).toBe("ForbiddenError");
    const verified = await mutate(database, w.viewers.national, op.changeEvidenceStatus, { input }, schema());
    expect(verified.evidence).toMatchObject({ status: "VERIFIED", verifiedOn: "2024-03-01", version: 2 });
  });
});

describe("draft visibility (reads)", () => {
  const visible: Record<"herts" | "bch" | "national", Role[]> = {
    herts: ["herts", "national", "admin"],
    bch: ["herts", "national", "admin"],
    national: ["national", "admin"],
  };
  for (const [ownerKind, allowed] of Object.entries(visible) as [keyof typeof visible, Role[]][]) {
    it(`a ${ownerKind} draft is visible to ${allowed.join(", ")} only; published evidence to everyone`, async () => {
      const draft = await seedEvidence(ownerKind, false);
      const published = await seedEvidence(ownerKind, true);
      for (const role of [...roles, "beds" as const]) {
        const viewer = w.viewers[role];
        const { data } = await runGraphQL(database, op.evidenceItem, { viewer, variables: { id: draft } });
        const sees = allowed.includes(role as Role) || (role === "beds" && ownerKind === "bch");
        expect(data.evidenceItem, `${role} sees ${ownerKind} draft`).toEqual(
          sees ? { id: draft, status: "PLANNED", published: false } : null,
        );
        const pub = await runGraphQL(database, op.evidenceItem, { viewer, variables: { id: published } });
        expect(pub.data.evidenceItem).toEqual({ id: published, status: "DELIVERED", published: true });
        const search = await runGraphQL(
          database,
          `query ($s: String) { evidence(filter: { search: $s }, first: 100) { totalCount nodes { id } } }`,
          { viewer, variables: { s: draft } },
        );
        expect(search.data.evidence.totalCount).toBe(sees ? 1 : 0);
      }
    });
  }

  it("a draft marked public is published; evidence found through the plan subgraph's _entities obeys the rule", async () => {
    const draft = await seedEvidence("herts", false);
    const entities = /* GraphQL */ `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Evidence { id } } }`;
    const variables = { r: [{ __typename: "Evidence", id: draft }] };
    const asPublic = await runGraphQL(database, entities, { schema: subgraphSchema("plan"), variables });
    expect(asPublic.data._entities).toEqual([null]);
    const asHerts = await runGraphQL(database, entities, {
      schema: subgraphSchema("plan"),
      variables,
      viewer: w.viewers.herts,
    });
    expect(asHerts.data._entities).toEqual([{ id: draft }]);
    const marked = await mutate(database, w.viewers.herts, op.updateEvidence, {
      input: { id: draft, version: 1, isPublic: true },
    });
    expect(marked.evidence).toMatchObject({ isPublic: true, published: true, status: "PLANNED" });
    const now = await runGraphQL(database, op.evidenceItem, { variables: { id: draft } });
    expect(now.data.evidenceItem).toEqual({ id: draft, status: "PLANNED", published: true });
  });
});

describe("myDrafts and auditTrail are for signed-in writers", () => {
  it("a public caller is refused both with FORBIDDEN", async () => {
    for (const source of [op.myDrafts, op.auditTrail]) {
      const { errors } = await runGraphQL(database, source, { viewer: w.viewers.public });
      expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("myDrafts lists the force's and its collaborations' drafts for a force, every draft for national", async () => {
    const hertsDraft = await seedEvidence("herts", false);
    const bchDraft = await seedEvidence("bch", false);
    const nationalDraft = await seedEvidence("national", false);
    await seedEvidence("herts", true);
    const draft = { isPublic: false, status: { notIn: ["DELIVERED" as const, "VERIFIED" as const] } };
    const drafts = async (viewer: Viewer) => {
      const { data } = await runGraphQL(database, op.myDrafts, { viewer });
      return {
        total: data.myDrafts.totalCount,
        ids: (data.myDrafts.nodes as { id: string }[]).map((n) => n.id),
      };
    };
    // Newest first: the three just written lead the list.
    const herts = await drafts(w.viewers.herts);
    expect(new Set(herts.ids.slice(0, 2))).toEqual(new Set([bchDraft, hertsDraft]));
    expect(herts.ids).not.toContain(nationalDraft);
    expect(herts.total).toBe(
      await database.db.evidence.count({
        where: { ...draft, OR: [{ ownerForceId: w.herts }, { ownerCollaborationId: w.bch }] },
      }),
    );
    const national = await drafts(w.viewers.national);
    expect(new Set(national.ids.slice(0, 3))).toEqual(new Set([nationalDraft, bchDraft, hertsDraft]));
    expect(national.total).toBe(await database.db.evidence.count({ where: draft }));
    const cheshire = await drafts(w.viewers.cheshire);
    expect(cheshire.total).toBe(
      await database.db.evidence.count({ where: { ...draft, ownerForceId: w.cheshire } }),
    );
    expect(cheshire.ids).not.toContain(hertsDraft);
  });
});
