import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { monolithSchema, subgraphSchema } from "../../src/schema/build.ts";
import { testDatabase } from "../support/database.ts";
import { runGraphQL } from "../support/graphql.ts";
import { createWriteWorld, mutate, rowCounts, type WriteWorld } from "./fixtures.ts";

// Boards, meetings, actions, scrutiny, measure observations and plan content: who may write them,
// typed refusals that write nothing, and the audit row of each accepted write.

let database: Database;
let w: WriteWorld;
let hertsBoard: string;
let hertsMeeting: string;
beforeAll(async () => {
  database = await testDatabase("empty");
  w = await createWriteWorld(database.db);
  hertsBoard = `${w.p}-herts-rib`;
  await database.db.board.create({
    data: {
      id: hertsBoard,
      type: "RACE_INCLUSION_BOARD",
      name: "Race and Inclusion Board",
      status: "ACTIVE",
      ownerForceId: w.herts,
      independence: "INDEPENDENT_CHAIR",
      provenance: "FORCE_SUBMITTED",
    },
  });
  hertsMeeting = `${w.p}-herts-meeting`;
  await database.db.meeting.create({
    data: { id: hertsMeeting, boardId: hertsBoard, heldOn: new Date("2024-01-15") },
  });
});
afterAll(() => database.close());

const result = (type: string, field: string, fields: string) => `
  __typename
  ... on MutationError { message }
  ... on ValidationError { issues { path message } }
  ... on ConflictError { currentVersion }
  ... on NotFoundError { entityType entityId }
  ... on ${type} { ${field} { ${fields} } }`;

const ops = {
  createBoard: `mutation ($input: CreateBoardInput!) { createBoard(input: $input) { ${result("MutationCreateBoardSuccess", "board", "id name version ownerForce { id } national")} } }`,
  updateBoard: `mutation ($input: UpdateBoardInput!) { updateBoard(input: $input) { ${result("MutationUpdateBoardSuccess", "board", "id name chair version")} } }`,
  recordMeeting: `mutation ($input: RecordMeetingInput!) { recordMeeting(input: $input) { ${result("MutationRecordMeetingSuccess", "meeting", "id heldOn topics attendance board { id }")} } }`,
  addMeetingAction: `mutation ($input: AddMeetingActionInput!) { addMeetingAction(input: $input) { ${result("MutationAddMeetingActionSuccess", "action", "id description owner dueOn status")} } }`,
  recordScrutiny: `mutation ($input: RecordScrutinyInput!) { recordScrutiny(input: $input) { ${result("MutationRecordScrutinySuccess", "scrutiny", "id kind itemsReviewed findings")} } }`,
  recordObservation: `mutation ($input: RecordObservationInput!) { recordObservation(input: $input) { ${result("MutationRecordObservationSuccess", "observation", "observedOn value note")} } }`,
  createPlanVersion: `mutation ($input: CreatePlanVersionInput!) { createPlanVersion(input: $input) { ${result("MutationCreatePlanVersionSuccess", "planVersion", "id title stage")} } }`,
};

type Role = keyof WriteWorld["viewers"];
const roles: Role[] = ["herts", "beds", "cheshire", "national", "admin", "public"];
let n = 0;
const next = () => ++n;
/** A distinct day per call (meetings and observations are one a day). */
const nextDay = () => new Date(Date.UTC(2010, 0, 1) + next() * 86_400_000).toISOString().slice(0, 10);

const cases: [keyof typeof ops, Role[], () => Record<string, unknown>][] = [
  [
    "createBoard",
    ["herts", "admin"],
    () => ({ owner: { forceId: w.herts }, type: "YOUTH_BOARD", name: `Youth ${next()}` }),
  ],
  [
    "createBoard",
    ["herts", "beds", "admin"],
    () => ({ owner: { collaborationId: w.bch }, type: "OTHER", name: `BCH ${next()}` }),
  ],
  [
    "createBoard",
    ["national", "admin"],
    () => ({ owner: { national: true }, type: "OTHER", name: `National ${next()}` }),
  ],
  [
    "recordMeeting",
    ["herts", "admin"],
    () => ({ boardId: hertsBoard, heldOn: nextDay(), topics: ["Stop and search"], attendance: 12 }),
  ],
  [
    "addMeetingAction",
    ["herts", "admin"],
    () => ({ meetingId: hertsMeeting, description: `Action ${next()}`, owner: "ACC", dueOn: "2024-03-01" }),
  ],
  [
    "recordScrutiny",
    ["herts", "admin"],
    () => ({
      boardId: hertsBoard,
      kind: "BWV_REVIEW_STOP_SEARCH",
      description: "Body-worn video of stop and search",
      itemsReviewed: 10,
      findings: "Two lacked grounds",
    }),
  ],
  [
    "recordObservation",
    ["herts", "admin"],
    () => ({
      measureId: w.measure,
      observedOn: nextDay(),
      value: 4.5 + n,
      source: { title: "Workforce report", url: "https://example.org/w" },
    }),
  ],
  ["createPlanVersion", ["admin"], () => ({ id: `${w.p}-v${next()}`, title: "Refresh", stage: "REFRESH" })],
];

describe.each([
  ["monolith", () => monolithSchema()],
  ["plan subgraph", () => subgraphSchema("plan")],
] as const)("who may write boards, observations and the plan (%s)", (_name, schema) => {
  for (const [name, allowed, input] of cases)
    for (const role of roles) {
      const ok = allowed.includes(role);
      it(`${name} (${allowed.join("/")}) as ${role}: ${ok ? "written and audited" : "ForbiddenError, nothing written"}`, async () => {
        const before = await rowCounts(database.db);
        const res = await mutate(database, w.viewers[role], ops[name], { input: input() }, schema());
        const after = await rowCounts(database.db);
        if (!ok) {
          expect(res.__typename).toBe("ForbiddenError");
          expect(after).toEqual(before);
          return;
        }
        expect(res.__typename).toMatch(/Success$/);
        expect(after.audit).toBe(before.audit + 1);
        const [event] = await database.db.auditEvent.findMany({ orderBy: { id: "desc" }, take: 1 });
        expect(event).toMatchObject({
          actor: w.viewers[role].subject,
          actorRole: w.viewers[role].role,
          action: "CREATE",
        });
        expect((event!.changes as { before: unknown }).before).toBeNull();
      });
    }
});

describe("refusals of board and observation writes", () => {
  const refused = async (name: keyof typeof ops, input: Record<string, unknown>, role: Role = "herts") => {
    const before = await rowCounts(database.db);
    const res = await mutate(database, w.viewers[role], ops[name], { input });
    expect(await rowCounts(database.db)).toEqual(before);
    return res;
  };

  it("a second meeting on the same day, a second observation on the same day and a taken plan id are conflicts", async () => {
    expect(await refused("recordMeeting", { boardId: hertsBoard, heldOn: "2024-01-15" })).toMatchObject({
      __typename: "ConflictError",
      message: "The board already has a meeting on that day.",
    });
    await mutate(database, w.viewers.herts, ops.recordObservation, {
      input: { measureId: w.measure, observedOn: "2021-03-31", value: 6.1 },
    });
    expect(
      await refused("recordObservation", { measureId: w.measure, observedOn: "2021-03-31", value: 7 }),
    ).toMatchObject({
      __typename: "ConflictError",
    });
    await mutate(database, w.viewers.admin, ops.createPlanVersion, {
      input: { id: `${w.p}-taken`, title: "T", stage: "DRAFT" },
    });
    expect(
      await refused("createPlanVersion", { id: `${w.p}-taken`, title: "T", stage: "DRAFT" }, "admin"),
    ).toMatchObject({
      __typename: "ConflictError",
    });
  });

  it("negative counts, bad URLs and bad slugs are ValidationErrors with their paths", async () => {
    const negative = await refused("recordMeeting", {
      boardId: hertsBoard,
      heldOn: "2024-02-01",
      attendance: -1,
    });
    expect(negative.issues).toEqual([{ path: ["input", "attendance"], message: "must not be negative" }]);
    const url = await refused("recordObservation", {
      measureId: w.measure,
      observedOn: "2021-04-01",
      value: 1,
      source: { title: "x", url: "nope" },
    });
    expect(url.issues).toEqual([{ path: ["input", "source", "url"], message: "must be an http(s) URL" }]);
    const slug = await refused(
      "createPlanVersion",
      { id: "Not A Slug", title: "T", stage: "DRAFT" },
      "admin",
    );
    expect(slug.issues[0].path).toEqual(["input", "id"]);
  });

  it("updateBoard from a stale version is a conflict; unknown boards are NotFound", async () => {
    const ok = await mutate(database, w.viewers.herts, ops.updateBoard, {
      input: { id: hertsBoard, version: 1, chair: "A new chair" },
    });
    expect(ok.board).toMatchObject({ chair: "A new chair", version: 2 });
    expect(await refused("updateBoard", { id: hertsBoard, version: 1, chair: "Lost" })).toMatchObject({
      __typename: "ConflictError",
      currentVersion: 2,
    });
    expect(
      await refused("recordMeeting", { boardId: `${w.p}-no-board`, heldOn: "2024-02-01" }),
    ).toMatchObject({
      __typename: "NotFoundError",
      entityType: "Board",
    });
    const [event] = await database.db.auditEvent.findMany({
      where: { entityId: hertsBoard },
      orderBy: { id: "desc" },
      take: 1,
    });
    const changes = event!.changes as {
      before: { chair: string | null; version: number };
      after: { chair: string; version: number };
    };
    expect([
      changes.before.chair,
      changes.before.version,
      changes.after.chair,
      changes.after.version,
    ]).toEqual([null, 1, "A new chair", 2]);
  });

  it("a recorded observation moves the measure's latest value", async () => {
    await mutate(database, w.viewers.herts, ops.recordObservation, {
      input: { measureId: w.measure, observedOn: "2026-03-31", value: 9.25 },
    });
    const { data } = await runGraphQL(
      database,
      `query ($id: ID!) { force(id: $id) { forceObjectives { nodes { id measures { observations { observedOn value } } } } } }`,
      {
        variables: { id: w.herts },
      },
    );
    const objective = data.force.forceObjectives.nodes.find((o: { id: string }) => o.id === w.hertsObjective);
    const observations = objective.measures[0].observations as { observedOn: string; value: number }[];
    expect(observations.find((o) => o.observedOn === "2026-03-31")?.value).toBe(9.25);
  });
});

describe("a force's upcoming meetings", () => {
  it("lists its own and its collaborations' future meetings, soonest first, in the same statements for 1 or 3 forces", async () => {
    const bchBoard = await mutate(database, w.viewers.herts, ops.createBoard, {
      input: { owner: { collaborationId: w.bch }, type: "OTHER", name: "BCH scrutiny panel" },
    });
    const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    await mutate(database, w.viewers.herts, ops.recordMeeting, {
      input: { boardId: hertsBoard, heldOn: future(20) },
    });
    await mutate(database, w.viewers.herts, ops.recordMeeting, {
      input: { boardId: bchBoard.board.id, heldOn: future(10), topics: ["Use of force"] },
    });
    const query = `query ($ids: [ID!]) { forces(first: 100, filter: { ids: $ids }) { nodes { id upcomingMeetings { heldOn topics board { name } } } } }`;
    const one = await runGraphQL(database, query, { variables: { ids: [w.herts] } });
    const three = await runGraphQL(database, query, { variables: { ids: [w.herts, w.beds, w.cheshire] } });
    expect(one.errors).toBeUndefined();
    const byForce = Object.fromEntries(
      three.data.forces.nodes.map((f: { id: string; upcomingMeetings: unknown[] }) => [
        f.id,
        f.upcomingMeetings,
      ]),
    );
    expect(byForce[w.herts]).toEqual([
      { heldOn: future(10), topics: ["Use of force"], board: { name: "BCH scrutiny panel" } },
      { heldOn: future(20), topics: [], board: { name: "Race and Inclusion Board" } },
    ]);
    expect(byForce[w.beds]).toEqual([
      { heldOn: future(10), topics: ["Use of force"], board: { name: "BCH scrutiny panel" } },
    ]);
    expect(byForce[w.cheshire]).toEqual([]);
    expect(three.count).toBe(one.count);
  });
});
