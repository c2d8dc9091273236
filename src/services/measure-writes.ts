import { randomUUID } from "node:crypto";
import type { Db } from "../db/database.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { ownerOf } from "../policy/permissions.ts";
import { createSubmittedSource, type SourceInput } from "./evidence-writes.ts";
import { type Actor, idempotentCreate } from "./writes.ts";

// Progress on a force objective: one observed value of one of its measures, with where it came from.

export function recordObservation(
  db: Db,
  actor: Actor,
  input: {
    measureId: string;
    observedOn: Date;
    value: number;
    note?: string | null;
    source?: SourceInput | null;
    idempotencyKey?: string | null;
  },
) {
  return idempotentCreate(db, actor, {
    key: input.idempotencyKey,
    operation: "recordObservation",
    find: (tx, id) => tx.measureObservation.findUnique({ where: { id } }),
    create: async (tx) => {
      const measure = await tx.measure.findUnique({
        where: { id: input.measureId },
        select: { forceObjective: { select: { ownerForceId: true, ownerCollaborationId: true } } },
      });
      if (!measure) throw new NotFoundError("Measure", input.measureId);
      const owner = ownerOf(measure.forceObjective);
      const sourceId = input.source ? await createSubmittedSource(tx, actor, owner, input.source) : null;
      const observation = await tx.measureObservation
        .create({
          data: {
            id: randomUUID(),
            measureId: input.measureId,
            observedOn: input.observedOn,
            value: new Prisma.Decimal(input.value),
            note: input.note ?? null,
            sourceId,
          },
        })
        .catch((error: unknown) => {
          if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
            throw new ConflictError("The measure already has an observation on that day.");
          throw error;
        });
      return {
        result: observation,
        change: {
          action: "CREATE",
          entityType: "MeasureObservation",
          entityId: observation.id,
          owner,
          before: null,
          after: observation,
        },
      };
    },
  });
}
