import type { Db } from "../db/database.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { AreaCode, ObjectiveKind, PlanStage } from "../generated/prisma/enums.ts";
import { type Actor, audited, type Change, type Tx } from "./writes.ts";

// Plan content (versions, areas, national objectives): the admin's. Ids are the natural slugs the
// plan already uses (e.g. prap-2024-refresh), chosen by the admin; a taken id is a conflict.

const national = { kind: "national" } as const;

function created<T extends { id: string }>(entityType: string, row: T): { result: T; changes: Change[] } {
  return {
    result: row,
    changes: [{ action: "CREATE", entityType, entityId: row.id, owner: national, before: null, after: row }],
  };
}

async function taken<T>(write: Promise<T>, what: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ConflictError(`${what} already exists.`);
    throw error;
  }
}

async function mustHaveVersion(tx: Tx, id: string) {
  if (!(await tx.planVersion.findUnique({ where: { id }, select: { id: true } })))
    throw new NotFoundError("PlanVersion", id);
}

export function createPlanVersion(
  db: Db,
  actor: Actor,
  input: {
    id: string;
    title: string;
    stage: PlanStage;
    publishedOn?: Date | null;
    url?: string | null;
    summary?: string | null;
    supersedesId?: string | null;
  },
) {
  return audited(db, actor, async (tx) => {
    if (input.supersedesId) await mustHaveVersion(tx, input.supersedesId);
    const row = await taken(
      tx.planVersion.create({ data: input }),
      `Plan version "${input.id}" (or a successor of "${input.supersedesId}")`,
    );
    return created("PlanVersion", row);
  });
}

export function createPlanArea(
  db: Db,
  actor: Actor,
  input: { id: string; planVersionId: string; code: AreaCode; title: string; description?: string | null },
) {
  return audited(db, actor, async (tx) => {
    await mustHaveVersion(tx, input.planVersionId);
    const row = await taken(
      tx.planArea.create({ data: input }),
      `Area "${input.id}" or ${input.code} of this version`,
    );
    return created("PlanArea", row);
  });
}

export function createObjective(
  db: Db,
  actor: Actor,
  input: {
    id: string;
    planVersionId: string;
    areaId?: string | null;
    kind: ObjectiveKind;
    code: string;
    title: string;
    description?: string | null;
    sortOrder?: number | null;
  },
) {
  return audited(db, actor, async (tx) => {
    await mustHaveVersion(tx, input.planVersionId);
    if (
      input.areaId &&
      !(await tx.planArea.findUnique({ where: { id: input.areaId }, select: { id: true } }))
    )
      throw new NotFoundError("PlanArea", input.areaId);
    const row = await taken(
      tx.objective.create({ data: { ...input, sortOrder: input.sortOrder ?? 0 } }),
      `Objective "${input.id}" or code ${input.code} of this version`,
    );
    return created("Objective", row);
  });
}
