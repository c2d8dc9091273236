import type { Db } from "../../db/database.ts";
import { boardMemberships, boards, meetings, scrutinyActivities } from "./boards.ts";
import { collaborationFunctions, collaborationMembers, collaborations } from "./collaborations.ts";
import { evidence, evidenceForceObjectives, evidenceObjectives } from "./evidence.ts";
import { forceObjectiveLinks, forceObjectives, measures } from "./force-objectives.ts";
import { objectiveLineage, objectives, planAreas, planVersions } from "./plan.ts";
import { sourceDocuments } from "./sources.ts";
import { type ContentReport, type ModelSpec, spec, writeContent } from "./writer.ts";

export type { ContentCounts, ContentReport } from "./writer.ts";

/** AuditEvent.actor of every change the content seed makes. */
export const CONTENT_SEED_ACTOR = "seed:content";

/**
 * The curated content, parents before children. Force rows are not content: they come from the forces
 * importer, which seedDatabase runs first.
 */
export const contentSpecs: readonly ModelSpec[] = [
  spec({
    model: "SourceDocument",
    delegate: "sourceDocument",
    key: ["id"],
    dates: ["publishedOn"],
    rows: sourceDocuments,
  }),
  spec({
    model: "PlanVersion",
    delegate: "planVersion",
    key: ["id"],
    dates: ["publishedOn"],
    refs: { supersedesId: "PlanVersion" },
    rows: planVersions,
  }),
  spec({
    model: "PlanArea",
    delegate: "planArea",
    key: ["id"],
    refs: { planVersionId: "PlanVersion" },
    rows: planAreas,
  }),
  spec({
    model: "Objective",
    delegate: "objective",
    key: ["id"],
    refs: { planVersionId: "PlanVersion", areaId: "PlanArea" },
    rows: objectives,
  }),
  spec({
    model: "ObjectiveLineage",
    delegate: "objectiveLineage",
    key: ["predecessorId", "successorId"],
    refs: { predecessorId: "Objective", successorId: "Objective" },
    rows: objectiveLineage,
  }),
  spec({
    model: "Collaboration",
    delegate: "collaboration",
    key: ["id"],
    dates: ["startDate", "endDate"],
    refs: { sourceId: "SourceDocument" },
    rows: collaborations,
  }),
  spec({
    model: "CollaborationMember",
    delegate: "collaborationMember",
    key: ["collaborationId", "forceId"],
    dates: ["joinedOn", "leftOn"],
    forces: ["forceId"],
    refs: { collaborationId: "Collaboration" },
    rows: collaborationMembers,
  }),
  spec({
    model: "CollaborationFunction",
    delegate: "collaborationFunction",
    key: ["id"],
    dates: ["startDate", "endDate"],
    refs: { collaborationId: "Collaboration", sourceId: "SourceDocument" },
    rows: collaborationFunctions,
  }),
  spec({
    model: "ForceObjective",
    delegate: "forceObjective",
    key: ["id"],
    dates: ["periodStart", "periodEnd"],
    forces: ["ownerForceId"],
    refs: { ownerCollaborationId: "Collaboration", sourceId: "SourceDocument" },
    rows: forceObjectives,
  }),
  spec({
    model: "ForceObjectiveLink",
    delegate: "forceObjectiveLink",
    key: ["forceObjectiveId", "objectiveId"],
    refs: { forceObjectiveId: "ForceObjective", objectiveId: "Objective" },
    rows: forceObjectiveLinks,
  }),
  spec({
    model: "Measure",
    delegate: "measure",
    key: ["id"],
    dates: ["baselineDate", "dueDate"],
    decimals: ["baselineValue", "targetValue"],
    refs: { forceObjectiveId: "ForceObjective" },
    rows: measures,
  }),
  spec({
    model: "Evidence",
    delegate: "evidence",
    key: ["id"],
    dates: ["startedOn", "deliveredOn", "verifiedOn"],
    forces: ["ownerForceId"],
    refs: { ownerCollaborationId: "Collaboration", sourceId: "SourceDocument" },
    rows: evidence,
  }),
  spec({
    model: "EvidenceObjective",
    delegate: "evidenceObjective",
    key: ["evidenceId", "objectiveId"],
    refs: { evidenceId: "Evidence", objectiveId: "Objective" },
    rows: evidenceObjectives,
  }),
  spec({
    model: "EvidenceForceObjective",
    delegate: "evidenceForceObjective",
    key: ["evidenceId", "forceObjectiveId"],
    refs: { evidenceId: "Evidence", forceObjectiveId: "ForceObjective" },
    rows: evidenceForceObjectives,
  }),
  spec({
    model: "Board",
    delegate: "board",
    key: ["id"],
    dates: ["establishedOn"],
    forces: ["ownerForceId"],
    refs: { ownerCollaborationId: "Collaboration", sourceId: "SourceDocument" },
    rows: boards,
  }),
  spec({
    model: "BoardMembership",
    delegate: "boardMembership",
    key: ["id"],
    refs: { boardId: "Board" },
    rows: boardMemberships,
  }),
  spec({
    model: "Meeting",
    delegate: "meeting",
    key: ["id"],
    dates: ["heldOn"],
    refs: { boardId: "Board" },
    rows: meetings,
  }),
  spec({
    model: "ScrutinyActivity",
    delegate: "scrutinyActivity",
    key: ["id"],
    dates: ["occurredOn"],
    refs: { boardId: "Board" },
    rows: scrutinyActivities,
  }),
];

/**
 * Seeds the curated content: the seed publications as SourceDocuments, the plan's versions, areas and
 * objectives, collaborations, Hertfordshire's Equality Objective 4, and the evidence and boards the
 * publications describe. Idempotent: a second run changes nothing. Run after the forces importer.
 */
export async function seedReferenceContent(
  db: Db,
  options: { onProgress?: (message: string) => void } = {},
): Promise<ContentReport> {
  const report = await writeContent(db, contentSpecs, {
    actor: CONTENT_SEED_ACTOR,
    onProgress: options.onProgress,
  });
  const changed = Object.values(report).reduce((sum, c) => sum + c.inserted + c.updated, 0);
  options.onProgress?.(`Curated content: ${changed === 0 ? "up to date" : `${changed} rows written`}`);
  return report;
}
