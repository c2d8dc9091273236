import type { Database, Db } from "../../src/db/database.ts";
import { monolithSchema, subgraphSchema } from "../../src/schema/build.ts";
import { okGraphQL, runGraphQL } from "../support/graphql.ts";
import { createForces, uniq } from "../support/hub.ts";

/**
 * A small, fully known world for the plan subgraph's tests: two plan versions with lineage, a
 * collaboration of the first two forces, and per force three evidence items, one force objective with
 * measures and observations, and one board with membership, meetings, actions and scrutiny.
 * Every id carries a fresh suffix, so fixtures never collide.
 */
export async function createPlanWorld(db: Db, forceCount: number) {
  const p = `t-${uniq()}`;
  const forceIds = await createForces(db, forceCount, `${p}-force`);
  const collaborationId = `${p}-bch`;
  await db.collaboration.create({
    data: {
      id: collaborationId,
      name: `Tri-force ${p}`,
      shortName: "BCH",
      kind: "TRI_FORCE",
      members: { create: forceIds.slice(0, 2).map((forceId) => ({ forceId })) },
    },
  });
  const source = await db.sourceDocument.create({
    data: {
      id: `${p}-release`,
      kind: "PRESS_RELEASE",
      title: "Force supports the draft plan",
      publisher: "Test Constabulary",
      url: "https://example.police.uk/news/race-action-plan",
      publishedOn: new Date("2022-06-01"),
    },
  });

  const draft = `${p}-draft`;
  const commitment = `${p}-commitment`;
  await db.planVersion.create({
    data: { id: draft, title: "Draft plan", stage: "DRAFT", publishedOn: new Date("2022-05-24") },
  });
  await db.planVersion.create({
    data: {
      id: commitment,
      title: "Commitment",
      stage: "COMMITMENT",
      supersedesId: draft,
      url: "https://example.org/c",
    },
  });
  const area = (version: string, code: "REPRESENTED" | "RESPECTED" | "INVOLVED") => ({
    id: `${version}-${code.toLowerCase()}`,
    planVersionId: version,
    code,
    title: code[0] + code.slice(1).toLowerCase(),
  });
  await db.planArea.createMany({
    data: [
      area(draft, "REPRESENTED"),
      area(draft, "RESPECTED"),
      area(draft, "INVOLVED"),
      area(commitment, "REPRESENTED"),
    ],
  });
  const objective = {
    recruitment: `${p}-recruitment`,
    stopSearch: `${p}-stop-search`,
    boards: `${p}-boards`,
    training: `${p}-training`,
    workforceStandard: `${p}-workforce-standard`,
  };
  await db.objective.createMany({
    data: [
      {
        id: objective.recruitment,
        planVersionId: draft,
        areaId: `${draft}-represented`,
        kind: "OBJECTIVE",
        code: "R1",
        title: "Recruitment",
        sortOrder: 1,
      },
      {
        id: objective.stopSearch,
        planVersionId: draft,
        areaId: `${draft}-respected`,
        kind: "COMMITMENT",
        code: "S1",
        title: "Explain or reform stop and search disparities",
        sortOrder: 2,
      },
      {
        id: objective.boards,
        planVersionId: draft,
        areaId: `${draft}-involved`,
        kind: "OBJECTIVE",
        code: "I1",
        title: "Community scrutiny boards",
        description: "Race Inclusion Boards in every force",
        sortOrder: 3,
      },
      {
        id: objective.training,
        planVersionId: draft,
        areaId: null,
        kind: "COMMITMENT",
        code: "T1",
        title: "Mandatory training on Black history",
        sortOrder: 4,
      },
      {
        id: objective.workforceStandard,
        planVersionId: commitment,
        areaId: `${commitment}-represented`,
        kind: "STANDARD",
        code: "STD-1",
        title: "A representative workforce",
        sortOrder: 1,
      },
    ],
  });
  await db.objectiveLineage.create({
    data: { predecessorId: objective.recruitment, successorId: objective.workforceStandard, kind: "RENAMED" },
  });

  const evidence: Record<string, string[]> = {};
  const forceObjectives: string[] = [];
  const measures: Record<string, { withNumbers: string; noBaseline: string }> = {};
  const boards: string[] = [];
  for (const [i, forceId] of forceIds.entries()) {
    const ids = [`${forceId}-campaign`, `${forceId}-policy`, `${forceId}-training`];
    evidence[forceId] = ids;
    await db.evidence.createMany({
      data: [
        {
          id: ids[0]!,
          kind: "CAMPAIGN",
          title: `Positive Action campaign ${i}`,
          summary: "A campaign encouraging a more diverse workforce.",
          status: "IN_PROGRESS",
          startedOn: new Date(`2022-0${(i % 9) + 1}-01`),
          ownerForceId: forceId,
          provenance: "PUBLISHED_SOURCE",
          isPublic: true,
          sourceId: source.id,
          sourceUrl: "https://example.police.uk/news/positive-action",
        },
        {
          id: ids[1]!,
          kind: "POLICY",
          title: `Anti-racism policy ${i}`,
          summary: "Revised and published a 100% anti_racism policy.",
          status: "DELIVERED",
          startedOn: new Date("2021-01-01"),
          deliveredOn: new Date(`2023-0${(i % 9) + 1}-15`),
          ownerForceId: forceId,
          provenance: "PUBLISHED_SOURCE",
          isPublic: true,
          sourceId: source.id,
        },
        {
          id: ids[2]!,
          kind: "TRAINING",
          title: `Black history learning ${i}`,
          summary: "Local BLACK HISTORY in student officer training.",
          status: "VERIFIED",
          deliveredOn: new Date("2024-02-01"),
          verifiedOn: new Date("2024-06-30"),
          ownerForceId: forceId,
          provenance: "FORCE_SUBMITTED",
        },
      ],
    });
    await db.evidenceObjective.createMany({
      data: [
        { evidenceId: ids[0]!, objectiveId: objective.recruitment },
        { evidenceId: ids[1]!, objectiveId: objective.stopSearch },
        { evidenceId: ids[1]!, objectiveId: objective.boards },
        { evidenceId: ids[2]!, objectiveId: objective.training },
      ],
    });

    const forceObjectiveId = `${forceId}-eo4`;
    forceObjectives.push(forceObjectiveId);
    const withNumbers = `${forceObjectiveId}-recruits`;
    const noBaseline = `${forceObjectiveId}-survey`;
    measures[forceId] = { withNumbers, noBaseline };
    await db.forceObjective.create({
      data: {
        id: forceObjectiveId,
        ownerForceId: forceId,
        code: "EO4",
        title: "Building a diverse workforce",
        periodStart: new Date("2016-04-01"),
        sourceId: source.id,
        objectives: { create: [{ objectiveId: objective.recruitment }] },
        evidence: { create: [{ evidenceId: ids[0]! }] },
        measures: {
          create: [
            {
              id: withNumbers,
              description: "BME recruits through Police Now",
              unit: "people",
              baselineValue: "10",
              baselineDate: new Date("2016-07-01"),
              targetValue: "30.25",
              dueDate: new Date("2020-03-31"),
              observations: {
                create: [
                  { id: `${withNumbers}-1`, observedOn: new Date("2018-03-31"), value: "15.5" },
                  {
                    id: `${withNumbers}-2`,
                    observedOn: new Date("2019-03-31"),
                    value: "20.125",
                    note: "Year 3",
                  },
                ],
              },
            },
            {
              id: noBaseline,
              description: "Improved staff survey result",
              unit: "survey result (scale not stated)",
              baselineDescription: "staff survey July 2016",
              observations: {
                create: [{ id: `${noBaseline}-1`, observedOn: new Date("2019-01-01"), value: "3" }],
              },
            },
          ],
        },
      },
    });

    const boardId = `${forceId}-rib`;
    boards.push(boardId);
    await db.board.create({
      data: {
        id: boardId,
        type: i % 2 === 0 ? "RACE_INCLUSION_BOARD" : "INDEPENDENT_ADVISORY_GROUP",
        name: `Race Inclusion Board ${String(i).padStart(2, "0")}`,
        status: i === 1 ? "PROPOSED" : "ACTIVE",
        ownerForceId: forceId,
        independence: "NOT_KNOWN",
        meetingFrequency: "monthly",
        establishedOn: i === 0 ? new Date("2022-09-01") : null,
        provenance: "PUBLISHED_SOURCE",
        sourceId: source.id,
        membership: {
          create: [
            { id: `${boardId}-volunteers`, category: "community volunteers", memberCount: null },
            { id: `${boardId}-officers`, category: "senior officers", memberCount: 3 },
          ],
        },
        scrutiny: {
          create: [
            {
              id: `${boardId}-bwv`,
              kind: "BWV_REVIEW_STOP_SEARCH",
              occurredOn: new Date("2023-05-02"),
              description: "Reviewed randomly selected body-worn video of stop and search",
              location: "North LPU",
              itemsReviewed: 12,
            },
          ],
        },
        meetings: {
          create: [
            {
              id: `${boardId}-m1`,
              heldOn: new Date("2023-01-10"),
              topics: ["stop and search", "recruitment"],
              actions: {
                create: [
                  { id: `${boardId}-m1-a1`, description: "Share stop and search data", status: "DONE" },
                  {
                    id: `${boardId}-m1-a2`,
                    description: "Invite members on ride-alongs",
                    status: "OPEN",
                    dueOn: new Date("2023-03-01"),
                  },
                ],
              },
            },
            {
              id: `${boardId}-m2`,
              heldOn: new Date("2023-02-14"),
              topics: ["young people"],
              actions: {
                create: [{ id: `${boardId}-m2-a1`, description: "Meet the youth board", status: "OPEN" }],
              },
            },
          ],
        },
      },
    });
  }

  // Owned by the collaboration, and a national board with no owner.
  const collaborationEvidence = `${p}-bch-positive-action-strategy`;
  await db.evidence.create({
    data: {
      id: collaborationEvidence,
      kind: "CAMPAIGN",
      title: "BCH Positive Action Strategy",
      summary: "Tri-force positive action strategy.",
      status: "PLANNED",
      ownerCollaborationId: collaborationId,
      provenance: "PUBLISHED_SOURCE",
      isPublic: true,
      objectives: { create: [{ objectiveId: objective.recruitment }] },
    },
  });
  const collaborationBoard = `${p}-bch-dei-board`;
  await db.board.create({
    data: {
      id: collaborationBoard,
      type: "EXTERNAL_DEI_BOARD",
      name: "BCH External DEI Board",
      status: "ACTIVE",
      ownerCollaborationId: collaborationId,
      independence: "INDEPENDENT_CHAIR",
      chair: "An independent chair",
      provenance: "PUBLISHED_SOURCE",
    },
  });
  const nationalBoard = `${p}-ncrg`;
  await db.board.create({
    data: {
      id: nationalBoard,
      type: "NATIONAL_COMMUNITY_REFERENCE_GROUP",
      name: "National Community Reference Group",
      status: "ACTIVE",
      independence: "COMMUNITY_LED",
      provenance: "PUBLISHED_SOURCE",
    },
  });

  return {
    prefix: p,
    forceIds,
    collaborationId,
    sourceId: source.id,
    plan: { draft, commitment },
    objective,
    evidence,
    collaborationEvidence,
    forceObjectives,
    measures,
    boards,
    collaborationBoard,
    nationalBoard,
  };
}

export type PlanWorld = Awaited<ReturnType<typeof createPlanWorld>>;

/** Runs an operation in-process against the monolith (or a subgraph) and counts its SQL statements. */
export function run(
  database: Database,
  source: string,
  variables?: Record<string, unknown>,
  schema = monolithSchema(),
) {
  return runGraphQL(database, source, { variables, schema });
}

/** Like `run`, but fails on GraphQL errors. */
export function ok(database: Database, source: string, variables?: Record<string, unknown>) {
  return okGraphQL(database, source, { variables });
}

export const planSubgraph = () => subgraphSchema("plan");
