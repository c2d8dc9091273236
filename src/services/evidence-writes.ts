import { randomUUID } from "node:crypto";
import type { Db } from "../db/database.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import type { Evidence } from "../generated/prisma/client.ts";
import type { EvidenceKind, EvidenceStatus } from "../generated/prisma/enums.ts";
import { type Owner, ownerOf } from "../policy/permissions.ts";
import { canMove, dateColumnFor, dateIssues } from "./evidence-lifecycle.ts";
import {
  type Actor,
  assertVersion,
  audited,
  type Change,
  idempotentCreate,
  isStaleWrite,
  type Tx,
} from "./writes.ts";

// Writes of evidence. Permission is decided before these run (scope-auth on the mutation); these
// check what only the data can tell: existence, versions, the lifecycle, and links to the owner's own
// force objectives. Each call is one transaction with its audit rows.

export interface OwnerInput {
  forceId?: string | null;
  collaborationId?: string | null;
  national?: boolean | null;
}

/** The owner an input names (validation has made sure it names exactly one). */
export function ownerFromInput(input: OwnerInput): Owner {
  if (input.forceId) return { kind: "force", forceId: input.forceId };
  if (input.collaborationId) return { kind: "collaboration", collaborationId: input.collaborationId };
  return { kind: "national" };
}

function evidenceOwner(
  row: Pick<Evidence, "ownerForceId" | "ownerCollaborationId" | "ownerNational">,
): Owner {
  return row.ownerNational ? { kind: "national" } : ownerOf(row);
}

export interface CreateEvidenceInput {
  owner: OwnerInput;
  kind: EvidenceKind;
  title: string;
  summary: string;
  status?: EvidenceStatus | null;
  startedOn?: Date | null;
  deliveredOn?: Date | null;
  sourceUrl?: string | null;
  isPublic?: boolean | null;
  objectiveIds?: readonly string[] | null;
  forceObjectiveIds?: readonly string[] | null;
  idempotencyKey?: string | null;
}

export interface UpdateEvidenceInput {
  id: string;
  version: number;
  kind?: EvidenceKind | null;
  title?: string | null;
  summary?: string | null;
  startedOn?: Date | null;
  deliveredOn?: Date | null;
  verifiedOn?: Date | null;
  sourceUrl?: string | null;
  isPublic?: boolean | null;
}

export interface LinksInput {
  id: string;
  version: number;
  objectiveIds?: readonly string[] | null;
  forceObjectiveIds?: readonly string[] | null;
}

export interface SourceInput {
  title: string;
  url: string;
  publishedOn?: Date | null;
}

/** A source a writer attaches (evidence, an observation), published by the record's owner. */
export async function createSubmittedSource(
  tx: Tx,
  actor: Actor,
  owner: Owner,
  source: SourceInput,
): Promise<string> {
  const id = randomUUID();
  const publisher =
    owner.kind === "force"
      ? owner.forceId
      : owner.kind === "collaboration"
        ? owner.collaborationId
        : "national programme";
  await tx.sourceDocument.create({
    data: {
      id,
      kind: "FORCE_SUBMISSION",
      title: source.title,
      url: source.url,
      publishedOn: source.publishedOn ?? null,
      publisher,
      notes: `Attached by ${actor.subject} (${actor.role}).`,
    },
  });
  return id;
}

const withLinks = {
  objectives: { select: { objectiveId: true }, orderBy: { objectiveId: "asc" } },
  forceObjectives: { select: { forceObjectiveId: true }, orderBy: { forceObjectiveId: "asc" } },
} as const;

/** The evidence row with its link ids: what the audit trail records as before/after. */
async function snapshot(tx: Tx, id: string) {
  const row = await tx.evidence.findUnique({ where: { id }, include: withLinks });
  if (!row) return null;
  const { objectives, forceObjectives, ...evidence } = row;
  return {
    evidence,
    audit: {
      ...evidence,
      objectiveIds: objectives.map((l) => l.objectiveId),
      forceObjectiveIds: forceObjectives.map((l) => l.forceObjectiveId),
    },
  };
}

async function mustExist(tx: Tx, id: string) {
  const found = await snapshot(tx, id);
  if (!found) throw new NotFoundError("Evidence", id);
  return found;
}

/** Objective ids must exist; force objectives must exist and belong to the evidence's owner. */
async function checkLinks(
  tx: Tx,
  owner: Owner,
  objectiveIds: readonly string[],
  forceObjectiveIds: readonly string[],
  path: (string | number)[],
) {
  if (objectiveIds.length) {
    const found = await tx.objective.findMany({
      where: { id: { in: [...objectiveIds] } },
      select: { id: true },
    });
    const missing = objectiveIds.find((id) => !found.some((o) => o.id === id));
    if (missing) throw new NotFoundError("Objective", missing);
  }
  if (forceObjectiveIds.length) {
    const found = await tx.forceObjective.findMany({
      where: { id: { in: [...forceObjectiveIds] } },
      select: { id: true, ownerForceId: true, ownerCollaborationId: true },
    });
    const missing = forceObjectiveIds.find((id) => !found.some((o) => o.id === id));
    if (missing) throw new NotFoundError("ForceObjective", missing);
    const foreign = found.find((o) => JSON.stringify(ownerOf(o)) !== JSON.stringify(owner));
    if (foreign)
      throw new ValidationError([
        {
          path: [...path, "forceObjectiveIds"],
          message: `force objective "${foreign.id}" belongs to another owner; link the owner's own objectives only`,
        },
      ]);
  }
}

async function checkOwnerExists(tx: Tx, owner: Owner) {
  if (
    owner.kind === "force" &&
    !(await tx.force.findUnique({ where: { id: owner.forceId }, select: { id: true } }))
  )
    throw new NotFoundError("Force", owner.forceId);
  if (
    owner.kind === "collaboration" &&
    !(await tx.collaboration.findUnique({ where: { id: owner.collaborationId }, select: { id: true } }))
  )
    throw new NotFoundError("Collaboration", owner.collaborationId);
}

function refuseBadDates(dates: Parameters<typeof dateIssues>[0], path: (string | number)[]) {
  const issues = dateIssues(dates, new Date(), path);
  if (issues.length) throw new ValidationError(issues);
}

export function createEvidence(db: Db, actor: Actor, input: CreateEvidenceInput): Promise<Evidence> {
  const owner = ownerFromInput(input.owner);
  return idempotentCreate(db, actor, {
    key: input.idempotencyKey,
    operation: "createEvidence",
    find: (tx, id) => tx.evidence.findUnique({ where: { id } }),
    create: async (tx) => {
      await checkOwnerExists(tx, owner);
      const objectiveIds = input.objectiveIds ?? [];
      const forceObjectiveIds = input.forceObjectiveIds ?? [];
      await checkLinks(tx, owner, objectiveIds, forceObjectiveIds, ["input"]);
      const status = input.status ?? "PLANNED";
      const dates = {
        status,
        startedOn: input.startedOn ?? null,
        deliveredOn: input.deliveredOn ?? null,
        verifiedOn: null,
      };
      refuseBadDates(dates, ["input"]);
      const id = randomUUID();
      await tx.evidence.create({
        data: {
          id,
          kind: input.kind,
          title: input.title,
          summary: input.summary,
          ...dates,
          sourceUrl: input.sourceUrl ?? null,
          isPublic: input.isPublic ?? false,
          ownerForceId: owner.kind === "force" ? owner.forceId : null,
          ownerCollaborationId: owner.kind === "collaboration" ? owner.collaborationId : null,
          ownerNational: owner.kind === "national",
          provenance: "FORCE_SUBMITTED",
          objectives: { create: objectiveIds.map((objectiveId) => ({ objectiveId })) },
          forceObjectives: { create: forceObjectiveIds.map((forceObjectiveId) => ({ forceObjectiveId })) },
        },
      });
      const after = await mustExist(tx, id);
      return {
        result: after.evidence,
        change: {
          action: "CREATE",
          entityType: "Evidence",
          entityId: id,
          owner,
          before: null,
          after: after.audit,
        },
      };
    },
  });
}

/**
 * The shape of every evidence update: read it, check the version, apply `change` guarded by that
 * version (a concurrent writer makes it a ConflictError), bump the version, audit before and after.
 */
function updateEvidenceWith(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  change: (tx: Tx, before: Evidence) => Promise<Partial<Evidence> & object>,
  links?: (tx: Tx, before: Evidence) => Promise<void>,
): Promise<Evidence> {
  return audited(db, actor, async (tx) => {
    const before = await mustExist(tx, id);
    assertVersion("Evidence", before.evidence.version, version);
    const data = await change(tx, before.evidence);
    try {
      await tx.evidence.update({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    } catch (error) {
      if (isStaleWrite(error)) assertVersion("Evidence", version + 1, version);
      throw error;
    }
    await links?.(tx, before.evidence);
    const after = await mustExist(tx, id);
    const audit: Change = {
      action: "UPDATE",
      entityType: "Evidence",
      entityId: id,
      owner: evidenceOwner(before.evidence),
      before: before.audit,
      after: after.audit,
    };
    return { result: after.evidence, changes: [audit] };
  });
}

export function updateEvidence(db: Db, actor: Actor, input: UpdateEvidenceInput): Promise<Evidence> {
  return updateEvidenceWith(db, actor, input.id, input.version, async (_tx, before) => {
    const data = {
      kind: input.kind ?? undefined,
      title: input.title ?? undefined,
      summary: input.summary ?? undefined,
      isPublic: input.isPublic ?? undefined,
      // Explicit null clears a date or the link; absent leaves it.
      startedOn: input.startedOn,
      deliveredOn: input.deliveredOn,
      verifiedOn: input.verifiedOn,
      sourceUrl: input.sourceUrl,
    };
    refuseBadDates(
      {
        status: before.status,
        startedOn: data.startedOn === undefined ? before.startedOn : data.startedOn,
        deliveredOn: data.deliveredOn === undefined ? before.deliveredOn : data.deliveredOn,
        verifiedOn: data.verifiedOn === undefined ? before.verifiedOn : data.verifiedOn,
      },
      ["input"],
    );
    return data;
  });
}

export function changeEvidenceStatus(
  db: Db,
  actor: Actor,
  input: { id: string; version: number; status: EvidenceStatus; on?: Date | null },
): Promise<Evidence> {
  return updateEvidenceWith(db, actor, input.id, input.version, async (_tx, before) => {
    if (!canMove(before.status, input.status))
      throw new ValidationError([
        {
          path: ["input", "status"],
          message: `evidence cannot move from ${before.status} to ${input.status}`,
        },
      ]);
    const column = dateColumnFor(input.status);
    const on = input.on ?? new Date();
    const dated = column && (column !== "startedOn" || before.startedOn === null) ? { [column]: on } : {};
    const next = { ...before, status: input.status, ...dated };
    refuseBadDates(next, ["input"]);
    return { status: input.status, ...dated };
  });
}

export function linkEvidence(db: Db, actor: Actor, input: LinksInput, link: boolean): Promise<Evidence> {
  const objectiveIds = input.objectiveIds ?? [];
  const forceObjectiveIds = input.forceObjectiveIds ?? [];
  return updateEvidenceWith(
    db,
    actor,
    input.id,
    input.version,
    async () => ({}),
    async (tx, before) => {
      const evidenceId = before.id;
      if (link) {
        await checkLinks(tx, evidenceOwner(before), objectiveIds, forceObjectiveIds, ["input"]);
        await tx.evidenceObjective.createMany({
          data: objectiveIds.map((objectiveId) => ({ evidenceId, objectiveId })),
          skipDuplicates: true,
        });
        await tx.evidenceForceObjective.createMany({
          data: forceObjectiveIds.map((forceObjectiveId) => ({ evidenceId, forceObjectiveId })),
          skipDuplicates: true,
        });
      } else {
        await tx.evidenceObjective.deleteMany({
          where: { evidenceId, objectiveId: { in: [...objectiveIds] } },
        });
        await tx.evidenceForceObjective.deleteMany({
          where: { evidenceId, forceObjectiveId: { in: [...forceObjectiveIds] } },
        });
      }
    },
  );
}

/** Records the publication the evidence comes from (a new source document) and links it. */
export function attachEvidenceSource(
  db: Db,
  actor: Actor,
  input: { id: string; version: number; source: SourceInput },
): Promise<Evidence> {
  return updateEvidenceWith(db, actor, input.id, input.version, async (tx, before) => {
    const sourceId = await createSubmittedSource(tx, actor, evidenceOwner(before), input.source);
    return { sourceId };
  });
}
